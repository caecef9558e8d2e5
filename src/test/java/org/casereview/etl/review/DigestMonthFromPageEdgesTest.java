package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.TaggedDigestPdf;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF digest whose month is printed only on its page edges, which its text leaves out: a tagged digest's running
 * head, a browser's print header (the print date, a last resort). Invented digests, written here.
 */
class DigestMonthFromPageEdgesTest {

    private static final YearMonth RUN_MONTH = YearMonth.of(2026, 11);
    private static final String HEAD = "Eastmoor safeguarding partnership | Case review digest | March 2025";

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void aTaggedDigestsRunningHeadGivesTheMonth() throws IOException {
        Path file = digest("Case reviews added this month", (pdf, page) -> pdf.paragraphAt(HEAD, 72, 30), "head.pdf");
        assertThat(rows(file)).extracting(ReviewRow::digestMonth, ReviewRow::reviewId)
                .containsExactly(tuple("2025-03", "2025-03-child-tw"), tuple("2025-03", "2025-03-baby-uw"));
    }

    @Test
    void aBrowsersPrintDateGivesTheMonthWhenNothingElseDoes() throws IOException {
        Path file = digest("Case reviews added this month", DigestMonthFromPageEdgesTest::printHeader, "print.pdf");
        assertThat(rows(file)).extracting(ReviewRow::digestMonth).containsExactly("2026-12", "2026-12");
    }

    @Test
    void aRunningHeadWinsOverAPrintDateAndTheDigestsOwnMonthOverBoth() throws IOException {
        Edges both = (pdf, page) -> printHeader(pdf, page).paragraphAt(HEAD, 72, 30);
        assertThat(rows(digest("Case reviews added this month", both, "both.pdf")))
                .extracting(ReviewRow::digestMonth).containsExactly("2025-03", "2025-03");
        assertThat(rows(digest("Reviews published in January 2026", both, "own.pdf")))
                .extracting(ReviewRow::digestMonth).containsExactly("2026-01", "2026-01");
    }

    @Test
    void withNoDateAnywhereTheRunsMonthStays() throws IOException {
        Path file = digest("Case reviews added this month", (pdf, page) -> pdf, "none.pdf");
        assertThat(rows(file)).extracting(ReviewRow::digestMonth).containsExactly("2026-11", "2026-11");
    }

    /** What a page prints on its edges. */
    private interface Edges {
        TaggedDigestPdf on(TaggedDigestPdf pdf, int page) throws IOException;
    }

    /** A US browser's header and footer: print date and page title, file address and page count. */
    private static TaggedDigestPdf printHeader(TaggedDigestPdf pdf, int page) throws IOException {
        return pdf.artifactAt("12/5/26, 5:35 AM", 20, 16).artifactAt("Case reviews | Eastmoor", 250, 16)
                .artifactAt("file:///D:/digests/case-reviews.html", 20, 830).artifactAt(page + "/2", 560, 830);
    }

    /** Two entries, one on each of two pages, under the given title. */
    private Path digest(String title, Edges edges, String name) throws IOException {
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            edges.on(pdf.newPage(), 1).heading(1, title)
                    .heading(2, "Child TW: Child safeguarding practice review")
                    .paragraph("Neglect of a 4-year-old boy in 2024.")
                    .paragraph("Learning includes:")
                    .list("the nursery's concerns were not shared");
            edges.on(pdf.newPage(), 2).heading(2, "Baby UW: Serious case review")
                    .paragraph("Injuries to a 3-month-old girl in 2023.")
                    .paragraph("Learning includes:")
                    .list("the baby's father was not seen");
            return pdf.save(dir.resolve(name));
        }
    }

    private List<ReviewRow> rows(Path file) throws IOException {
        DocumentRow row = new DocumentRow(file.getFileName().toString(), "digest", "application/pdf", null, "x",
                Files.size(file), null, DocumentStatus.PENDING, null);
        DigestLoad load = loader.load(file, row, RUN_MONTH);
        return load.reviews().stream().map(LoadedReview::row).toList();
    }
}
