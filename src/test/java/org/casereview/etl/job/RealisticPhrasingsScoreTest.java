package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out set of issue 10 ({@code normalise/realistic-phrasings}): invented entries in the phrasing of real
 * published summaries of many years, run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasingsScoreTest {
    @TempDir
    Path output;

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() throws Exception {
        Path dir = Path.of(getClass().getResource("/normalise/realistic-phrasings").toURI());
        int exit = CaseReviewEtl.execute("run", "--input", dir.resolve("input").toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();

        DigestScore.Result score = DigestScore.score(output, dir.resolve("truth"));

        String report = score.summary() + "\n" + String.join("\n", score.misses());
        assertThat(score.entries()).as(report).isEqualTo(60);
        assertThat(score.found()).as(report).isEqualTo(score.entries());
        assertThat(score.fieldAccuracy()).as(report).isGreaterThanOrEqualTo(0.97);
        assertThat(score.itemRecall()).as(report).isGreaterThanOrEqualTo(0.93);
    }
}
