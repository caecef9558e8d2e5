package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.guard.LimitExceededException;
import org.casereview.etl.guard.StepClock;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.casereview.etl.job.RawPdf;
import org.casereview.etl.job.UnseenHostileInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of more content operators than a page may have (docs/HOSTILE-INPUTS.md, session 38: 10,000,000 operators
 * loaded after minutes of passes; 100 pages sharing one 50 MB stream were read until the wall clock stopped them) stops
 * being read as soon as it goes past them. Session 39: that page is left out, named in a problem of the report, and the
 * other pages are read (before, the whole report was refused for one page); a report of more such pages than
 * {@link StepClock#MAX_SKIPPED_PAGES}, or of no other page, is refused {@code too_large}, by the report reader and by
 * the sniff, which hands it on to its guard.
 */
class PageOperatorLimitTest {

    private static final DocumentGuard GUARD = new DocumentGuard(DocumentLimits.DEFAULTS);
    /** 'q Q': two operators each. */
    private static final int PAST_THE_LIMIT = StepClock.MAX_PAGE_OPERATORS / 2 + 1_000;

    @TempDir
    static Path dir;
    static Path onlyPage;
    static Path within;
    static Path busyPageTwo;
    static Path fourBusyPages;

    @BeforeAll
    static void writeTheReports() throws IOException {
        onlyPage = dir.resolve("over.pdf");
        UnseenHostileInputs.manyOperators(onlyPage, PAST_THE_LIMIT);
        within = dir.resolve("within.pdf");
        UnseenHostileInputs.manyOperators(within, 1_000);
        String busy = RawPdf.text("A busy page") + "q Q\n".repeat(PAST_THE_LIMIT);
        busyPageTwo = pages(dir.resolve("busy-page-2.pdf"), List.of(
                RawPdf.text("Child safeguarding practice review: Child W (invented)", "1. Introduction",
                        "This review considers the care of Child W, an invented child of 3 years.", "2. Learning",
                        "Practitioners did not share what they knew about the father's drinking."),
                busy,
                RawPdf.text("3. Recommendations", "The partnership should audit how referrals are recorded.")));
        fourBusyPages = pages(dir.resolve("four-busy-pages.pdf"), List.of(RawPdf.text("1. Introduction", "Child W."),
                busy, busy, busy, busy));
    }

    @Test
    void theReportIsReadWithoutItsBusyPageWhichAProblemNames() throws Exception {
        ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();
        DocumentOutcome<ExtractedReport> outcome = GUARD.run("busy", () -> extractor.extractWithItems(busyPageTwo));
        assertThat(outcome).isInstanceOf(DocumentOutcome.Done.class);
        ExtractedReport report = ((DocumentOutcome.Done<ExtractedReport>) outcome).value();
        // page 3 was read: it has text, so no problem names it (an unread page of text is "no text layer")
        assertThat(report.document().problems()).containsExactly(new ParseProblem("page 2", RejectReason.TOO_LARGE,
                "page 2 draws more than the 2000000 content operators a page may have; its text is not read"));
        assertThat(report.document().metadata().title()).contains("Child W");
        assertThat(report.document().metadata().pages()).isEqualTo(3);
    }

    @Test
    void moreBusyPagesThanMayBeLeftOutRefuseTheReportNamingThem() {
        ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();
        DocumentOutcome<ExtractedReport> outcome = GUARD.run("four", () -> extractor.extractWithItems(fourBusyPages));
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.message()).isEqualTo("pages 2, 3, 4 and 5 each draw more than the 2000000 content"
                    + " operators a page may have (more than 3 such pages)");
        });
    }

    @Test
    void aReportWhoseOnlyPageIsBusyIsRefusedNamingThePage() {
        ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();
        DocumentOutcome<ExtractedReport> outcome = GUARD.run("over", () -> extractor.extractWithItems(onlyPage));
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(rejected.message()).isEqualTo("no page could be read: page 1 draws more than the 2000000 content"
                    + " operators a page may have; its text is not read");
        });
        assertThat(GUARD.run("within", () -> extractor.extractWithItems(within))).isInstanceOf(DocumentOutcome.Done.class);
    }

    @Test
    void theSniffLeavesABusyPageOutAndLetsTooManyThroughToItsGuard() {
        PdfDigestSniffer sniffer = new PdfDigestSniffer(new DigestParser());
        assertThat(sniffer.decide(busyPageTwo)).contains(false);
        assertThatThrownBy(() -> sniffer.decide(fourBusyPages)).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE));
        assertThat(sniffer.decide(within)).contains(false);
    }

    /** Catalog 1, page tree 2, font 4, each page 10 + 2n with its content 11 + 2n. */
    private static Path pages(Path file, List<String> contents) throws IOException {
        List<String> kids = new ArrayList<>();
        for (int n = 0; n < contents.size(); n++) {
            kids.add((10 + 2 * n) + " 0 R");
        }
        try (RawPdf pdf = new RawPdf(file)) {
            pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            pdf.object(2, "<< /Type /Pages /Kids [" + String.join(" ", kids) + "] /Count " + contents.size() + " >>");
            pdf.object(4, RawPdf.FONT);
            for (int n = 0; n < contents.size(); n++) {
                pdf.object(10 + 2 * n, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + RawPdf.PAGE_RESOURCES
                        + " /Contents " + (11 + 2 * n) + " 0 R >>");
                pdf.flateStream(11 + 2 * n, "", contents.get(n).getBytes(StandardCharsets.US_ASCII));
            }
            pdf.finish("/Root 1 0 R", 0);
        }
        return file;
    }
}
