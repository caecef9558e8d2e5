package org.casereview.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recognises a PDF by its header bytes, as PDF readers do: {@code %PDF-} within the first 1024 bytes. */
public final class PdfSignature {
    /** How many leading bytes a reader tolerates before the header (ISO 32000 implementations). */
    public static final int SEARCH_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfSignature() {
    }

    public static boolean isPdf(byte[] prefix, int length) {
        int end = Math.min(length, SEARCH_WINDOW) - HEADER.length;
        for (int start = 0; start <= end; start++) {
            if (matchesAt(prefix, start)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(SEARCH_WINDOW);
            return isPdf(prefix, prefix.length);
        }
    }

    private static boolean matchesAt(byte[] bytes, int start) {
        for (int i = 0; i < HEADER.length; i++) {
            if (bytes[start + i] != HEADER[i]) {
                return false;
            }
        }
        return true;
    }
}
