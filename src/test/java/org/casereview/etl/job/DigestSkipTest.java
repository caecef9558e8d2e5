package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests that cannot be loaded are skipped by parseDigestsStep's skip policy while the run's
 * reject budget lasts; past it the step fails, and a restart with a higher limit finishes.
 */
class DigestSkipTest {

    @TempDir
    Path dir;

    private Path sampleWithTwoUnparseableDigests() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("seed-2021-11.txt"));
        Files.writeString(input.resolve("a-notes.txt"), "Shopping list\n\nmilk, eggs and bread\n");
        Files.writeString(input.resolve("b-notes.txt"), "Meeting moved to Thursday.\n");
        return input;
    }

    @Test
    void pastTheSkipLimitTheStepFailsAndARestartWithAHigherLimitRecordsBothRejects() throws IOException {
        Path input = sampleWithTwoUnparseableDigests();
        Path output = dir.resolve("out");
        String err = capturingErr(() -> assertThat(CaseReviewEtl.execute("run", "--input", input.toString(),
                "--output", output.toString(), "--month", "2021-11", "--skip-limit", "1")).isEqualTo(ExitCodes.FAILED));
        assertThat(err).contains("parseDigestsStep stopped: 2 documents rejected, more than the skip limit of 1");

        assertThat(CaseReviewEtl.execute("restart", "--output", output.toString(), "--skip-limit", "5"))
                .isEqualTo(ExitCodes.COMPLETED);
        List<Map<String, String>> documents = CsvFiles.read(output.resolve("documents.csv"));
        assertThat(row(documents, "source_file", "a-notes.txt")).containsEntry("status", "rejected")
                .containsEntry("reason_code", "unparseable_entry");
        assertThat(row(documents, "source_file", "b-notes.txt")).containsEntry("status", "rejected");
        assertThat(row(documents, "source_file", "seed-2021-11.txt")).containsEntry("status", "loaded");
        assertThat(CsvFiles.read(output.resolve("rejects.csv"))).extracting(r -> r.get("source_file"))
                .containsExactly("a-notes.txt", "b-notes.txt");
        assertThat(CsvFiles.read(output.resolve("reviews.csv"))).hasSize(9);
        String summary = Files.readString(output.resolve("run-summary.json"));
        assertThat(summary).contains("\"reviews\": 9");
    }

    @Test
    void withinTheLimitTheRunCompletesAndCountsTheSkippedDigests() throws IOException {
        Path input = sampleWithTwoUnparseableDigests();
        Path output = dir.resolve("out");
        assertThat(CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2021-11")).isEqualTo(ExitCodes.COMPLETED);
        String status = capturingOut(() -> CaseReviewEtl.execute("status", "--output", output.toString()));
        assertThat(status).containsPattern("parseDigestsStep[^\\n]*read 3, written 1, skipped 2");
        assertThat(CsvFiles.read(output.resolve("rejects.csv"))).hasSize(2);
    }

    private static String capturingErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String capturingOut(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
