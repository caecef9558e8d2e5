package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.guard.LimitExceededException;
import org.casereview.etl.guard.StepClock;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.job.UnseenHostileInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of more content operators than a page may have (docs/HOSTILE-INPUTS.md, session 38: 10,000,000 operators
 * loaded after minutes of passes, each inside the time a document may take; 100 pages sharing one 50 MB stream were
 * read by the sniff and again by the report step until the wall clock stopped each) is refused as soon as it goes past
 * them, naming the page, by the report reader and by the sniff, which no longer hands it on to be read again.
 */
class PageOperatorLimitTest {

    private static final DocumentGuard GUARD = new DocumentGuard(DocumentLimits.DEFAULTS);
    private static final String REASON = "page 1 draws more than the 2000000 content operators a page may have";

    @TempDir
    static Path dir;
    static Path over;
    static Path within;

    @BeforeAll
    static void writeOnePageOverTheLimitAndOneWithinIt() throws IOException {
        over = dir.resolve("over.pdf");
        UnseenHostileInputs.manyOperators(over, StepClock.MAX_PAGE_OPERATORS / 2 + 1_000); // 'q Q': two operators each
        within = dir.resolve("within.pdf");
        UnseenHostileInputs.manyOperators(within, 1_000);
    }

    @Test
    void theReportReaderRefusesThePageNamingIt() {
        ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();
        DocumentOutcome<ExtractedReport> outcome = GUARD.run("over", () -> extractor.extractWithItems(over));
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.message()).isEqualTo(REASON);
        });
        assertThat(GUARD.run("within", () -> extractor.extractWithItems(within))).isInstanceOf(DocumentOutcome.Done.class);
    }

    @Test
    void theSniffLetsTheLimitThroughToItsGuardInsteadOfCallingTheFileUntold() {
        PdfDigestSniffer sniffer = new PdfDigestSniffer(new DigestParser());
        assertThatThrownBy(() -> sniffer.decide(over)).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo(REASON);
        });
        assertThat(sniffer.decide(within)).contains(false);
    }
}
