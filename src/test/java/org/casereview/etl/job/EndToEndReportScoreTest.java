package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.SharedCorpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance as it is run: the whole job on a folder of held-out invented report PDFs
 * (src/test/resources/reports-e2e/batch*, made by make/e2e.py), then the shared scorer on its
 * CSV outputs. Needs python3 and the shared scorer ({@link SharedCorpus}).
 */
class EndToEndReportScoreTest {

    private static final Path BATCHES = Paths.get("src/test/resources/reports-e2e");
    private static final Path SCORER = SharedCorpus.resolve("tools/score.py");
    private static final Pattern METADATA = Pattern.compile("metadata fields ([\\d.]+)%");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path output;

    static Stream<String> batches() throws IOException {
        try (Stream<Path> dirs = Files.list(BATCHES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("batch")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("batches")
    void theJobMeetsTheAcceptanceBarOnHeldOutReports(String batch) throws Exception {
        SharedCorpus.require(Files.isRegularFile(SCORER), SCORER + " is missing");
        SharedCorpus.require(python3Runs(), "python3 on the PATH");
        Path input = BATCHES.resolve(batch);

        int exit = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(), "--month", "2026-11");
        assertThat(exit).isZero();

        List<String> command = List.of("python3", SCORER.toString(), "reports", output.toString(), input.toString(),
                "--verbose", "--min-sections", "0.95", "--min-items", "0.97", "--min-precision", "0.95",
                "--min-pages", "0.95", "--min-found", "1.0");
        Process scorer = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scorer.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(scorer.exitValue()).as("score.py on %s:%n%s", batch, report).isZero();
        Matcher metadata = METADATA.matcher(report);
        assertThat(metadata.find()).as(report).isTrue();
        assertThat(Double.parseDouble(metadata.group(1))).as("metadata fields on %s:%n%s", batch, report)
                .isEqualTo(100.0);
        assertExpectedOutcomes(input, output);
    }

    /**
     * A damaged report's outcome as its batch's README says (batch56): a truth with {@code expect_quality} must end
     * with that quality; a report with no truth but a {@code <file>.expect.json} (unreadable: no text layer, outlines,
     * text that decodes to no words) must end in one of its {@code expect} outcomes ({@code rejected:<reason_code>}
     * or {@code loaded:doubtful}), never {@code ok}.
     */
    static void assertExpectedOutcomes(Path input, Path output) throws IOException {
        Map<String, Map<String, String>> documents = new HashMap<>();
        for (Map<String, String> row : CsvFiles.read(output.resolve("documents.csv"))) {
            documents.put(row.get("source_file"), row);
        }
        try (Stream<Path> files = Files.list(input)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".truth.json") || name.endsWith(".expect.json")) {
                    assertOutcome(name, JSON.readTree(file.toFile()), documents);
                }
            }
        }
    }

    private static void assertOutcome(String name, JsonNode expected, Map<String, Map<String, String>> documents) {
        Map<String, String> row = documents.get(expected.path("file").asString());
        if (name.endsWith(".truth.json")) {
            if (expected.has("expect_quality")) {
                assertThat(row).as("documents.csv row of %s", name).isNotNull();
                assertThat(row.get("quality")).as("quality of %s (%s)", name, row)
                        .isEqualTo(expected.get("expect_quality").asString());
            }
            return;
        }
        assertThat(row).as("documents.csv row of %s", name).isNotNull();
        String outcome = "rejected".equals(row.get("status")) ? "rejected:" + row.get("reason_code")
                : "loaded:" + row.get("quality");
        List<String> allowed = new ArrayList<>();
        expected.path("expect").forEach(n -> allowed.add(n.asString()));
        assertThat(outcome).as("outcome of %s (%s)", name, row).isIn(allowed);
    }

    static boolean python3Runs() {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of("python3", "--version"))).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
