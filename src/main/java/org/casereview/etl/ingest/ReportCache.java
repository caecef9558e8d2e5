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

    /** A file in the cache with its recorded checksum. */
    public record Entry(Path file, String sha256, long bytes) {
    }

    /**
     * The cached file for the URI when it is present, within the size limit, really a PDF and equal
     * to the checksum recorded beside it at download time (a damaged file is fetched again).
     */
    public Optional<Entry> validEntry(URI uri, long maxBytes) throws IOException {
        Path file = locationFor(uri);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        if (size == 0 || size > maxBytes || !PdfSignature.isPdf(file)) {
            return Optional.empty();
        }
        String sha = Sha256.ofFile(file);
        Optional<String> recorded = recordedSha256(file);
        return recorded.isEmpty() || recorded.get().equals(sha) ? Optional.of(new Entry(file, sha, size)) : Optional.empty();
    }

    /** The checksum file beside a cached PDF, in the format of sha256sum. */
    public static Path checksumFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    private static Optional<String> recordedSha256(Path file) throws IOException {
        Path sums = checksumFile(file);
        if (!Files.isRegularFile(sums)) {
            return Optional.empty();
        }
        String text = Files.readString(sums, StandardCharsets.UTF_8).strip();
        int space = text.indexOf(' ');
        return Optional.of(space > 0 ? text.substring(0, space) : text);
    }

    /** A temporary file beside the final location, so that the final move stays on one file system. */
    Path newTempFile(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.createTempFile(target.getParent(), ".download-", ".part");
    }

    /** Moves a complete download into place and records its checksum; readers never see a half-written file. */
    void commit(Path temp, Path target, String sha256) throws IOException {
        Path sums = checksumFile(target);
        Path tempSums = Files.createTempFile(target.getParent(), ".sha256-", ".part");
        try {
            Files.writeString(tempSums, sha256 + "  " + target.getFileName() + "\n", StandardCharsets.UTF_8);
            move(temp, target);
            move(tempSums, sums);
        } finally {
            Files.deleteIfExists(tempSums);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
    public static String percentDecode(String segment) {
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
