package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.report.ReportExtractor;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;

/**
 * The deadline is checked inside the work itself (page and glyph loops, line loops of the
 * analysers, the digest grammar): a document past its time stops and is rejected as a time-out,
 * with nothing left running.
 */
class DeadlineStopsTheWorkTest {

    private static final DocumentGuard NO_TIME = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofNanos(1)));

    @Test
    void aReportPastItsTimeIsATimeout() {
        Path pdf = Path.of("input", "Ashdown_CSPR_Child_Q.pdf");
        DocumentOutcome<?> outcome = NO_TIME.run("report", () -> ReportExtractor.withDefaultSynonyms().extractWithItems(pdf));
        assertThat(outcome).isInstanceOf(DocumentOutcome.Rejected.class);
        assertThat(((DocumentOutcome.Rejected<?>) outcome).reason()).isEqualTo(RejectReason.TIMEOUT);
    }

    @Test
    void aDigestPastItsTimeIsATimeout() throws Exception {
        Path txt = Path.of("input", "seed-2021-11.txt");
        DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
                ReviewNormaliser.withDefaultVocabulary());
        DocumentRow row = new DocumentRow("seed-2021-11.txt", "digest", "text/plain", null, "x", Files.size(txt), null,
                DocumentStatus.PENDING, null);
        DocumentOutcome<?> outcome = NO_TIME.run("digest", () -> loader.load(txt, row, YearMonth.of(2026, 11)));
        assertThat(outcome).isInstanceOf(DocumentOutcome.Rejected.class);
        assertThat(((DocumentOutcome.Rejected<?>) outcome).reason()).isEqualTo(RejectReason.TIMEOUT);
    }

    @Test
    void withTimeEnoughTheSameReportIsRead() {
        Path pdf = Path.of("input", "Ashdown_CSPR_Child_Q.pdf");
        DocumentOutcome<?> outcome = new DocumentGuard(DocumentLimits.DEFAULTS)
                .run("report", () -> ReportExtractor.withDefaultSynonyms().extractWithItems(pdf));
        assertThat(outcome).isInstanceOf(DocumentOutcome.Done.class);
    }
}
