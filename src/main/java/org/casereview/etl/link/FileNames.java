package org.casereview.etl.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casereview.etl.ingest.ReportCache;
import org.casereview.etl.ingest.WrappedLinks;

/** File names in links and in the input folder, and the keys under which they are compared. */
final class FileNames {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");
    private static final Pattern PDF_EXTENSION = Pattern.compile("\\.pdf$");

    private FileNames() {
    }

    /**
     * The file name a link (or the target of a redirect wrapping it) points to: last path segment, percent-decoded;
     * empty for "#" or a bare host.
     */
    static Optional<String> fromLink(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        String linkTarget = WrappedLinks.unwrap(published);
        Optional<String> named = pdfNameInQuery(linkTarget.trim());
        if (named.isPresent()) {
            return named;
        }
        String path = pathOf(linkTarget.trim());
        String segment = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String name = ReportCache.percentDecode(segment).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Library download links often carry the file name as a parameter ("...?filename=ChildV.pdf"). */
    static Optional<String> pdfNameInQuery(String link) {
        int question = link.indexOf('?');
        if (question < 0) {
            return Optional.empty();
        }
        String query = link.substring(question + 1).replaceFirst("#.*$", "");
        for (String pair : query.split("&")) {
            String value = ReportCache.percentDecode(pair.substring(pair.indexOf('=') + 1)).strip();
            String name = value.substring(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
            if (name.toLowerCase(Locale.ROOT).endsWith(".pdf") && name.length() > 4) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String pathOf(String link) {
        try {
            URI uri = new URI(link.replace(" ", "%20").replace("\\", "/"));
            boolean drivePath = uri.getScheme() != null && uri.getScheme().length() == 1;
            if (!drivePath) {
                return uri.getRawPath() == null ? "" : uri.getRawPath();
            }
        } catch (URISyntaxException e) {
            // not a URI: a plain file name or path
        }
        return link.replace('\\', '/').replaceFirst("[?#].*$", "");
    }

    /** Case-insensitive key, with or without the .pdf extension. */
    static String exactKey(String fileName) {
        return Normalizer.normalize(fileName.strip(), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .transform(key -> PDF_EXTENSION.matcher(key).replaceFirst(""));
    }

    /** Looser key that also treats spaces, underscores and hyphens alike ("Child_T" = "child t"). */
    static String separatorKey(String fileName) {
        return separatorOf(exactKey(fileName));
    }

    private static String separatorOf(String exactKey) {
        return SEPARATORS.matcher(exactKey).replaceAll(" ").strip();
    }

    /** The files whose name the given name denotes: by exact key first, else by separator key. */
    static List<String> matching(String name, List<String> files) {
        return Index.of(files).matching(name);
    }

    /**
     * A list of files keyed once, for many names: a month's digest links every entry to one of its reports, so keying
     * every file for every entry grew with the square of the month (480 x 480 keys at 480 reports).
     */
    static final class Index {
        private final Map<String, List<String>> byExactKey = new HashMap<>();
        private final Map<String, List<String>> bySeparatorKey = new HashMap<>();

        private Index(List<String> files) {
            for (String file : files) {
                String exact = exactKey(file);
                byExactKey.computeIfAbsent(exact, k -> new ArrayList<>()).add(file);
                bySeparatorKey.computeIfAbsent(separatorOf(exact), k -> new ArrayList<>()).add(file);
            }
        }

        static Index of(List<String> files) {
            return new Index(files);
        }

        /** The files the given name denotes, in their list order: by exact key first, else by separator key. */
        List<String> matching(String name) {
            String exact = exactKey(name);
            List<String> found = byExactKey.get(exact);
            if (found == null) {
                found = bySeparatorKey.get(separatorOf(exact));
            }
            return found == null ? List.of() : List.copyOf(found);
        }
    }
}
