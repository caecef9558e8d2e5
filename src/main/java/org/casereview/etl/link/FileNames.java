package org.casereview.etl.link;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.casereview.etl.ingest.ReportCache;
import org.casereview.etl.ingest.WrappedLinks;

/** File names in links and in the input folder, and the keys under which they are compared. */
final class FileNames {
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
                .replaceFirst("\\.pdf$", "");
    }

    /** Looser key that also treats spaces, underscores and hyphens alike ("Child_T" = "child t"). */
    static String separatorKey(String fileName) {
        return exactKey(fileName).replaceAll("[\\s_\\-]+", " ").strip();
    }

    /** The files whose name the given name denotes: by exact key first, else by separator key. */
    static List<String> matching(String name, List<String> files) {
        for (Function<String, String> key : List.<Function<String, String>>of(FileNames::exactKey, FileNames::separatorKey)) {
            String wanted = key.apply(name);
            List<String> found = files.stream().filter(f -> key.apply(f).equals(wanted)).toList();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
