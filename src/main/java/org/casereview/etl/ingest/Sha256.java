package org.casereview.etl.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, of files (streamed, never loaded whole), bytes or text. */
public final class Sha256 {
    private static final int BUFFER_SIZE = 64 * 1024;

    private Sha256() {
    }

    /** A fresh SHA-256 digest; every JVM must provide the algorithm. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    public static String ofFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ofStream(in);
        }
    }

    /** Reads the stream to its end; the caller closes it. */
    public static String ofStream(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return hex(digest);
    }

    public static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    public static String ofText(String text) {
        return ofBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Completes the digest and returns its hex form. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** For callers in lambdas that cannot throw checked exceptions. */
    public static String ofFileUnchecked(Path file) {
        try {
            return ofFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
