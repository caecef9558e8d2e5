package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job, in its own JVM with a 256 MB heap, over session 37's held-out hostile inputs
 * ({@link UnseenHostileInputs}, docs/HOSTILE-INPUTS.md) beside two good reports and a good digest: the run completes,
 * each hostile file is loaded or rejected with its reason (none by running out of memory or past its time), the good
 * files give their rows, no external entity is read and no control character of a file name reaches a CSV or the log
 * raw. The eight slow kinds of the set ({@link UnseenHostileInputs#writeSlow}: they load or are refused as they should,
 * in minutes at load 40) are left to the measurement.
 */
class UnseenHostileInputTest {

    private static final String LOADED = "loaded";
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("actualtext-10mb.pdf", "too_large"),
            Map.entry("billion-laughs-digest.docx", "corrupt"),
            Map.entry("cmap-thousand-chars.pdf", LOADED),
            Map.entry("cmap-250-chars-a-code.pdf", "too_large"),
            Map.entry(UnseenHostileInputs.CONTROL_NAME, "other"),
            Map.entry("external-entity-digest.docx", "corrupt"),
            Map.entry("flate-bomb-2gb.pdf", "too_large"),
            Map.entry("form-draws-itself.pdf", LOADED),
            Map.entry("forms-nested-1000-deep.pdf", LOADED),
            Map.entry("image-100000-square.pdf", LOADED),
            Map.entry("javascript-open-action.pdf", LOADED),
            Map.entry("million-struct-elements.pdf", "too_large"),
            Map.entry("outline-next-cycle.pdf", LOADED),
            Map.entry("page-tree-cycle.pdf", LOADED),
            Map.entry("self-reference.pdf", "corrupt"),
            Map.entry("struct-tree-cycle.pdf", LOADED),
            Map.entry("three-hundred-mb-no-newline.txt", "too_large"),
            Map.entry("utf16-unpaired-surrogates-2021-11.txt", LOADED),
            Map.entry("xref-out-of-file.pdf", LOADED),
            Map.entry(UnseenHostileInputs.CLIMB_NAME, "other"));
    private static final List<String> GOOD = List.of("Ashdown_CSPR_Child_Q.pdf", "Brambleford_SCR_Baby_T.pdf",
            "seed-2021-11.txt");

    @TempDir
    static Path work;
    static Path out;
    static int exit;
    static String log;

    @BeforeAll
    static void runTheJobInA256MegabyteHeap() throws IOException, InterruptedException {
        Path input = Files.createDirectories(work.resolve("input"));
        for (String good : GOOD) {
            Files.copy(Path.of("input", good), input.resolve(good));
        }
        UnseenHostileInputs.writeQuick(input, Path.of("input", "Ashdown_CSPR_Child_Q.pdf"), work.resolve("secret.txt"));
        out = work.resolve("output");
        Path logFile = work.resolve("run.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), CaseReviewEtl.class.getName(),
                "run", "--input", input.toString(), "--output", out.toString(), "--month", "2021-11", "--skip-limit", "100"));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        if (!run.waitFor(15, TimeUnit.MINUTES)) {
            run.destroyForcibly().waitFor();
        }
        exit = run.exitValue();
        log = Files.readString(logFile, StandardCharsets.UTF_8);
    }

    @Test
    void theRunCompletesWithoutRunningOutOfMemory() {
        assertThat(exit).as(log).isZero();
        assertThat(log).doesNotContain("OutOfMemoryError");
    }

    @Test
    void eachHostileFileIsLoadedOrRejectedWithItsReasonAndItsPlace() throws IOException {
        Map<String, Map<String, String>> documents = CsvFiles.read(out.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(d -> d.get("source_file"), d -> d));
        Map<String, Map<String, String>> rejects = CsvFiles.read(out.resolve("rejects.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r, (a, b) -> a));
        EXPECTED.forEach((file, outcome) -> {
            String shown = escaped(file);
            assertThat(documents).as(shown).containsKey(shown);
            if (outcome.equals(LOADED)) {
                assertThat(documents.get(shown).get("status")).as(shown).isEqualTo(LOADED);
            } else {
                assertThat(documents.get(shown).get("reason_code")).as(shown).isEqualTo(outcome);
                assertThat(rejects.get(shown).get("location")).as(shown).isEqualTo("file");
                assertThat(rejects.get(shown).get("reason_code")).as(shown).isEqualTo(outcome);
            }
        });
        assertThat(rejects.values()).allSatisfy(r -> assertThat(r.get("message")).isNotBlank()
                .doesNotContain("more memory than the run has").doesNotContainPattern("\\p{Cntrl}"));
        assertThat(rejects.values()).extracting(r -> r.get("reason_code")).doesNotContain("timeout", "internal_error");
    }

    @Test
    void theLimitsOfSession37NameWhatWentPastThem() throws IOException {
        Map<String, String> messages = CsvFiles.read(out.resolve("rejects.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r.get("message"), (a, b) -> a));
        assertThat(messages.get("flate-bomb-2gb.pdf"))
                .isEqualTo("page 1's content inflates to more than the 200 MB a file may expand to");
        assertThat(messages.get("actualtext-10mb.pdf"))
                .isEqualTo("an /ActualText of 10485756 characters is more than the 50000 characters a page may have");
        assertThat(messages.get("cmap-250-chars-a-code.pdf"))
                .isEqualTo("a page holds more than the 50000 characters a page may have");
        assertThat(messages.get("million-struct-elements.pdf")).startsWith("object 7 of the structure tree takes ")
                .endsWith(" KB of the file, more than the 4096 KB a structure element may");
    }

    @Test
    void theGoodFilesAreLoadedWithTheirRows() throws IOException {
        Map<String, String> status = CsvFiles.read(out.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(d -> d.get("source_file"), d -> d.get("status")));
        assertThat(GOOD).allSatisfy(good -> assertThat(status.get(good)).as(good).isEqualTo(LOADED));
        List<Map<String, String>> reviews = CsvFiles.read(out.resolve("reviews.csv"));
        Set<String> good = reviews.stream().filter(r -> GOOD.contains(r.get("source_file")))
                .map(r -> r.get("review_id")).collect(Collectors.toSet());
        // as a run over the three good files alone (session 37's measurement): 9 entries and 2 reports of their own
        assertThat(good).hasSize(11).contains("2021-11-child-q", "2021-11-baby-t");
        assertThat(CsvFiles.read(out.resolve("sections.csv"))).filteredOn(s -> good.contains(s.get("review_id"))).hasSize(43);
        assertThat(CsvFiles.read(out.resolve("items.csv"))).filteredOn(i -> good.contains(i.get("review_id"))).hasSize(94);
    }

    @Test
    void noExternalEntityIsReadAndNoRawControlCharacterReachesAnOutputOrTheLog() throws IOException {
        assertThat(log).doesNotContain(UnseenHostileInputs.SECRET_MARKER).doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(log.lines()).noneMatch(line -> line.startsWith("FAKE LOG LINE"));
        try (Stream<Path> files = Files.list(out)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String text = Files.readString(csv, StandardCharsets.UTF_8);
                assertThat(text).as(csv.toString()).doesNotContain(UnseenHostileInputs.SECRET_MARKER)
                        .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000")
                        .doesNotContain("\u0085").doesNotContain("\u2028");
            }
        }
    }

    /**
     * A file name as the CSV files show it ("cut\\nFAKE ...", "Good..\\..\\Report ...\\u0085.pdf"), read back by
     * {@link CsvFiles}, which takes a backslash for an escape and drops it.
     */
    private static String escaped(String name) {
        String shown = name.equals(UnseenHostileInputs.CONTROL_NAME) ? "cut\\nFAKE LOG LINE\\r\\u001B[31mred\\u0007\\tname.pdf"
                : name.equals(UnseenHostileInputs.CLIMB_NAME) ? "Good..\\..\\Report\\u2028Child\\u0085.pdf" : name;
        return shown.replace("\\", "");
    }
}
