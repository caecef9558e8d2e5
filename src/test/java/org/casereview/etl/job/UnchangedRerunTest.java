package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rerun with nothing changed keeps the month's rows and files; a changed input makes it redo the work. */
class UnchangedRerunTest {

    @TempDir
    Path dir;

    private int run(Path input, Path output, String... more) {
        String[] base = {"run", "--input", input.toString(), "--output", output.toString(), "--month", "2021-11"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CaseReviewEtl.execute(args);
    }

    @Test
    void rerunWithNothingChangedKeepsTheOutputsAndAChangedFileRedoesTheWork() throws IOException {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), 2, 2);
        Path output = dir.resolve("out");
        assertThat(run(input, output)).isZero();
        String first = Files.readString(output.resolve("run-summary.json"));
        assertThat(first).contains("\"extractReportsStep\"").contains("\"exit_message\": null");
        Map<String, byte[]> before = outputs(output);
        Map<String, FileTime> written = times(output);
        assertThat(before).containsKeys("reviews.csv", "items.csv", "documents.csv", "report.html");

        assertThat(run(input, output)).isZero();
        String kept = Files.readString(output.resolve("run-summary.json"));
        assertThat(kept).contains("nothing changed since run 2021-11/1; outputs kept")
                .contains("\"discoverInputsStep\"").doesNotContain("parseDigestsStep")
                .doesNotContain("extractReportsStep").doesNotContain("exportOutputsStep")
                .contains("\"reviews\": " + count(first, "reviews")).contains("\"items\": " + count(first, "items"));
        assertThat(outputs(output)).containsOnlyKeys(before.keySet().toArray(String[]::new))
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
        assertThat(times(output)).isEqualTo(written);

        GeneratedInputs.writeReport(input.resolve("Testshire_CSPR_Child_Z02.pdf"), "Child Z2 (revised)", 3);
        assertThat(run(input, output)).isZero();
        String redone = Files.readString(output.resolve("run-summary.json"));
        assertThat(redone).contains("\"extractReportsStep\"").contains("\"exportOutputsStep\"")
                .doesNotContain("nothing changed");
        assertThat(row(CsvFiles.read(output.resolve("documents.csv")), "source_file", "Testshire_CSPR_Child_Z02.pdf"))
                .containsEntry("status", "loaded").containsEntry("pages", "3");
        assertThat(row(CsvFiles.read(output.resolve("documents.csv")), "source_file", "Testshire_CSPR_Child_Z01.pdf"))
                .containsEntry("status", "unchanged");

        assertThat(run(input, output)).isZero();
        assertThat(Files.readString(output.resolve("run-summary.json")))
                .contains("nothing changed since run 2021-11/3; outputs kept");
        assertThat(run(input, output, "--force")).isZero();
        assertThat(Files.readString(output.resolve("run-summary.json")))
                .contains("\"extractReportsStep\"").doesNotContain("nothing changed");
        // no error in H2's own trace: Spring Batch's tables come from a migration once (no script failing at every
        // start), and five opens and closes of the file in one JVM (assertions on) close it cleanly
        assertThat(traceOf(output)).as("casereviews.trace.db").isEmpty();
    }

    @Test
    void aDeletedOutputFileMakesTheRerunWriteItAgain() throws IOException {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), 1, 2);
        Path output = dir.resolve("out");
        assertThat(run(input, output)).isZero();
        byte[] items = Files.readAllBytes(output.resolve("items.csv"));
        Files.delete(output.resolve("items.csv"));

        assertThat(run(input, output)).isZero();
        assertThat(Files.readString(output.resolve("run-summary.json"))).doesNotContain("nothing changed")
                .contains("\"exportOutputsStep\"");
        assertThat(Files.readAllBytes(output.resolve("items.csv"))).isEqualTo(items);
    }

    private static String count(String summaryJson, String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\": (\\d+)").matcher(summaryJson);
        assertThat(m.find()).as(field).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as(field).isPositive();
        return m.group(1);
    }

    private static Map<String, byte[]> outputs(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".html")).toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String name : outputs(folder).keySet()) {
            times.put(name, Files.getLastModifiedTime(folder.resolve(name)));
        }
        return times;
    }

    private static String traceOf(Path output) throws IOException {
        Path trace = output.resolve("casereviews.trace.db");
        return Files.exists(trace) ? Files.readString(trace) : "";
    }
}
