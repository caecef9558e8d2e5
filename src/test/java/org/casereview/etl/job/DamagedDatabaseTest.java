package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.ExitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged database file is a failure (exit 1) that names the file and says what to do, never an empty status. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    private Path input;
    private Path output;
    private Path database;

    @BeforeEach
    void completedRun() throws IOException {
        input = GeneratedInputs.withReports(dir.resolve("input"), 1, 3);
        output = dir.resolve("out");
        assertThat(CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2021-11")).isZero();
        database = output.resolve("casereviews.mv.db");
    }

    /** The two header blocks and a little of the first chunk are left (H2 compacts on close, so a cut
     * further on may only drop dead chunks: such a file is not damaged and status rightly reads it). */
    @Test
    void truncatedFile() throws IOException {
        assertThat(Files.size(database)).isGreaterThan(3 * 4096);
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.setLength(3 * 4096);
        }
        assertEveryCommandFailsNamingTheFile();
    }

    @Test
    void garbledFile() throws IOException {
        byte[] bytes = Files.readAllBytes(database);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Files.write(database, bytes);
        assertEveryCommandFailsNamingTheFile();
    }

    private void assertEveryCommandFailsNamingTheFile() {
        for (String command : new String[] {"status", "restart", "run"}) {
            String[] err = new String[1];
            int code = capturingErr(err, () -> CaseReviewEtl.execute(command, "--input", input.toString(),
                    "--output", output.toString(), "--month", "2021-11"));
            assertThat(code).as(command + ": " + err[0]).isEqualTo(ExitCodes.FAILED);
            assertThat(err[0]).as(command).contains(database.toString())
                    .contains("Restore it from a backup, or start again with a new --output folder")
                    .doesNotContain("No runs recorded").doesNotContain("EOFException");
        }
    }

    private static int capturingErr(String[] text, IntSupplier action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return action.getAsInt();
        } finally {
            System.setErr(original);
            text[0] = bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
