package org.casereview.etl.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.casereview.etl.ingest.Sha256;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * What the items' themes kept with the content cache were matched with: the bundled vocabulary files, the operator's
 * file ({@code --vocabulary}) and the build (a rebuilt jar may match differently), as one SHA-256. Themes stored under
 * another key are matched again; under this one they are taken as they are.
 */
public final class ThemesKey {

    private ThemesKey() {
    }

    /** @param operatorFile the operator's vocabulary file, or blank for the bundled vocabulary alone */
    public static String of(String operatorFile) {
        try {
            MessageDigest digest = Sha256.newDigest();
            add(digest, "build=" + UnchangedRun.build());
            for (String name : Vocabulary.FILES) {
                add(digest, "vocabulary/" + name + ".yml");
                try (InputStream in = Vocabulary.class.getResourceAsStream("/vocabulary/" + name + ".yml")) {
                    digest.update(in == null ? new byte[0] : in.readAllBytes());
                }
            }
            boolean operator = operatorFile != null && !operatorFile.isBlank();
            add(digest, "operator=" + operator);
            if (operator && Files.isRegularFile(Path.of(operatorFile.strip()))) {
                digest.update(Files.readAllBytes(Path.of(operatorFile.strip())));
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the vocabulary for the themes' key", e);
        }
    }

    private static void add(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
