package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.pdf.SummaryThenOverviewPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, pending-batch41 kind 5 (invented material, {@link SummaryThenOverviewPdf}): an executive summary and the
 * overview report in one file, each after a title page printing the same title. The second title page gives no
 * section; the summary's sections stay, but its short lists restate the overview's and give no items.
 */
class SummaryThenOverviewTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void theOverviewsItemsCountAndTheSecondTitlePageIsNoSection() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(SummaryThenOverviewPdf.write(dir.resolve("two.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading, Section::pageStart).containsExactly(
                tuple("Introduction", 2), tuple("Learning", 2), tuple("Recommendations", 2), tuple("Introduction", 4),
                tuple("Background", 4), tuple("Findings", 4), tuple("Learning", 4), tuple("Recommendations", 4),
                tuple("Conclusion", 4));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners should ask children who they talk to online and what those "
                        + "people ask of them.", 4),
                tuple(SectionType.LEARNING, "A worry about an adult in a child's life should be shared with the police "
                        + "on the same day.", 4),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should update its online safety guidance for "
                        + "schools by the autumn term.", 4),
                tuple(SectionType.RECOMMENDATIONS, "Police and children's social care should agree a route for sharing "
                        + "concerns the same day.", 4));
    }
}
