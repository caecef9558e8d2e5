package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.SharedCorpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV files of the sample and of the shared corpus stay byte-identical to those main wrote
 * before the consolidation (src/test/resources/golden): a refactoring must not change outputs.
 * The shared corpus comes through {@link SharedCorpus} (skipped without it, failing where CI=true).
 */
class GoldenOutputsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> FILES = List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv",
            "rejects.csv");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"input, input", "digests, shared:corpus/digests", "reports, shared:corpus/reports"})
    void csvFilesAreByteIdenticalToTheGoldenOnes(String set, String source) throws IOException {
        Path input = source.startsWith("shared:") ? SharedCorpus.path(source.substring("shared:".length())) : Path.of(source);
        Path output = dir.resolve(set);
        int exit = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();
        for (String file : FILES) {
            assertThat(output.resolve(file)).as(set + "/" + file).hasSameBinaryContentAs(GOLDEN.resolve(set).resolve(file));
        }
        assertThat(output.resolve("casereviews.trace.db")).as("H2 wrote no exceptions into a trace file").doesNotExist();
    }
}
