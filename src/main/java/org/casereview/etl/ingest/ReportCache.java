package org.casereview.etl.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloaded report PDFs, keyed by URL: {@code <dir>/<first 16 hex of SHA-256(url)>/<file name of the link>}.
 * The folder per URL keeps the published file name (which the linker and reviews.csv use) while two
 * URLs ending in the same name never collide.
 */
public final class ReportCache {
    private static final int MAX_NAME_LENGTH = 150;
    private final Path dir;

    public ReportCache(Path dir) {
        this.dir = dir;
    }

    /** The cache of a run's output folder: {@code <output>/cache/reports}. */
    public static ReportCache inOutput(Path outputDir) {
        return new ReportCache(outputDir.resolve("cache").resolve("reports"));
    }

    public Path dir() {
        return dir;
    }

    public Path locationFor(URI uri) {
        String key = Sha256.ofText(cacheKey(uri)).substring(0, 16);
        return dir.resolve(key).resolve(fileNameOf(uri));
    }

    /** The cached file for the URI when it is present, within the size limit and really a PDF. */
    public Optional<Path> validEntry(URI uri, long maxBytes) throws IOException {
        Path file = locationFor(uri);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        return size > 0 && size <= maxBytes && PdfSignature.isPdf(file) ? Optional.of(file) : Optional.empty();
    }

    /** A temporary file beside the final location, so that the final move stays on one file system. */
    Path newTempFile(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempFile(target.getParent(), ".download-", ".part");
    }

    /** Moves a complete download into place; readers never see a half-written file. */
    void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The URL without its fragment, which never changes what the server sends. */
    static String cacheKey(URI uri) {
        String text = uri.normalize().toString();
        int hash = text.indexOf('#');
        return hash >= 0 ? text.substring(0, hash) : text;
    }

    private static Optional<String> pdfNameInQuery(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            String value = percentDecode(pair.substring(pair.indexOf('=') + 1)).strip();
            String name = value.substring(value.lastIndexOf('/') + 1);
            if (name.length() > 4 && name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Percent-decoding of a path segment: a '+' stays a '+'; a malformed escape leaves the text as it is. */
    static String percentDecode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }

    /**
     * The published file name: a {@code *.pdf} query parameter ("...?filename=ChildV.pdf") when there is
     * one, else the last path segment; percent-decoded, stripped of characters unsafe in file names,
     * ending in .pdf.
     */
    static String fileNameOf(URI uri) {
        String decoded = pdfNameInQuery(uri.getRawQuery()).orElseGet(() -> {
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            return percentDecode(path.substring(path.lastIndexOf('/') + 1));
        });
        String safe = decoded.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip().replaceFirst("^\\.+", "");
        if (safe.length() > MAX_NAME_LENGTH) {
            safe = safe.substring(safe.length() - MAX_NAME_LENGTH);
        }
        if (safe.isEmpty()) {
            safe = "report";
        }
        return safe.toLowerCase(Locale.ROOT).endsWith(".pdf") ? safe : safe + ".pdf";
    }
}
