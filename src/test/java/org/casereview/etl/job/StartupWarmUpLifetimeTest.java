package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the parsers built from the bundled vocabulary on the start-up's warm-up thread are the ones the job uses.
 * Their beans are built on first use, during the job (discovery's first PDF, the first report, the digest step, the
 * assembly): the warm-up must still be there then, or each is built a second time on the job's critical path (and the
 * start-up sniff's decisions, made with the warm-up's parser, are never taken).
 */
class StartupWarmUpLifetimeTest {

    @TempDir
    Path output;

    @Test
    void theJobsParsersAreTheWarmUpsOnes() {
        int before = StartupWarmUp.partsTaken();
        int exit = CaseReviewEtl.execute("run", "--input", "input", "--output", output.toString(), "--month", "2026-10");
        assertThat(exit).isZero();
        // the digest parser, the normaliser, the report extractor and the linker
        assertThat(StartupWarmUp.partsTaken() - before).isEqualTo(4);
        assertThat(StartupWarmUp.startupLinks()).isNull(); // gone with the command
    }
}
