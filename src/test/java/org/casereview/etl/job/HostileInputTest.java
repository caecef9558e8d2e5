package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run over the shipped sample mixed with a file of each hostile kind (encrypted, image-only,
 * cut short, garbage, empty, 3,000 pages, a page of 24,000 overlapping lines, a small PDF drawing
 * five million characters, a .docx zip bomb and one of 12,000 parts, random bytes, a layout that
 * once crashed the block builder). The run completes, every hostile file is accounted for with its
 * reason, and the good files' rows are those of a run on them alone.
 */
class HostileInputTest {

    private static final String MONTH = "2026-11";

    @TempDir
    static Path work;
    static Map<String, String> expected;
    static int mixedExit;
    static int goodExit;
    static Path mixedOut;
    static Path goodOut;

    @BeforeAll
    static void runOnceMixedAndOnceOnTheGoodFilesAlone() throws IOException {
        Path mixed = Files.createDirectories(work.resolve("mixed"));
        try (Stream<Path> good = Files.list(Path.of("input"))) {
            for (Path file : good.toList()) {
                Files.copy(file, mixed.resolve(file.getFileName()));
            }
        }
        expected = HostileInputs.write(mixed, Path.of("input", "Ashdown_CSPR_Child_Q.pdf"));
        mixedOut = work.resolve("mixed-out");
        goodOut = work.resolve("good-out");
        mixedExit = CaseReviewEtl.execute("run", "--input", mixed.toString(), "--output", mixedOut.toString(),
                "--month", MONTH, "--skip-limit", "100", "--max-expanded-mb", String.valueOf(HostileInputs.EXPANDED_MB_LIMIT));
        goodExit = CaseReviewEtl.execute("run", "--input", "input", "--output", goodOut.toString(), "--month", MONTH);
    }

    @Test
    void theRunCompletes() {
        assertThat(mixedExit).isZero();
        assertThat(goodExit).isZero();
    }

    @Test
    void everyHostileFileIsRejectedWithItsReasonOrLoaded() throws IOException {
        List<Map<String, String>> rejects = CsvFiles.read(mixedOut.resolve("rejects.csv"));
        Map<String, String> status = CsvFiles.read(mixedOut.resolve("documents.csv")).stream()
                .collect(Collectors.toMap(d -> d.get("source_file"), d -> d.get("status") + " " + d.get("reason_code")));
        Map<String, String> fileRejects = rejects.stream().filter(r -> r.get("location").equals("file"))
                .collect(Collectors.toMap(r -> r.get("source_file"), r -> r.get("reason_code")));
        expected.forEach((file, reason) -> {
            if (reason.equals(HostileInputs.LOADED)) {
                assertThat(status.get(file)).as(file).isEqualTo("loaded ");
                assertThat(fileRejects).as(file).doesNotContainKey(file);
            } else {
                assertThat(fileRejects.get(file)).as(file).isEqualTo(reason);
                assertThat(status.get(file)).as(file).isEqualTo("rejected " + reason);
            }
        });
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("message")).doesNotContain("\n").isNotBlank());
    }

    @Test
    void theGoodFilesGiveTheRowsOfARunOnThemAlone() throws IOException {
        List<Map<String, String>> goodReviews = CsvFiles.read(goodOut.resolve("reviews.csv"));
        Set<String> ids = goodReviews.stream().map(r -> r.get("review_id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(13);
        for (String csv : List.of("reviews.csv", "sections.csv", "items.csv")) {
            List<Map<String, String>> mixedRows = CsvFiles.read(mixedOut.resolve(csv)).stream()
                    .filter(r -> ids.contains(r.get("review_id"))).toList();
            assertThat(mixedRows).as(csv).isEqualTo(CsvFiles.read(goodOut.resolve(csv)));
        }
        List<Map<String, String>> goodDocuments = CsvFiles.read(goodOut.resolve("documents.csv"));
        Set<String> goodFiles = goodDocuments.stream().map(d -> d.get("source_file")).collect(Collectors.toSet());
        assertThat(CsvFiles.read(mixedOut.resolve("documents.csv")).stream()
                .filter(d -> goodFiles.contains(d.get("source_file"))).toList()).isEqualTo(goodDocuments);
    }

    @Test
    void noCsvCellHoldsANulOrStartsAFormula() throws IOException {
        for (String csv : List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv", "rejects.csv")) {
            assertThat(Files.readString(mixedOut.resolve(csv), StandardCharsets.UTF_8)).as(csv).doesNotContain("\u0000");
            for (Map<String, String> row : CsvFiles.read(mixedOut.resolve(csv))) {
                row.forEach((column, cell) -> assertThat(cell).as(csv + " " + column).doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
            }
        }
    }
}
