package org.casereview.etl.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {
    @Test
    void knownDigestOfAbc() {
        assertThat(Sha256.ofText("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fileDigestEqualsBytesDigestBeyondOneBuffer(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("a.bin"), bytes);
        assertThat(Sha256.ofFile(file)).isEqualTo(Sha256.ofBytes(bytes));
    }
}
