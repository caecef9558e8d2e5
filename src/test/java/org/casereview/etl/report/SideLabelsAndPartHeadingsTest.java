package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.pdf.SideLabelReportPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, pending-batch41 kinds 1 and 4 (invented material, {@link SideLabelReportPdf}): a section name set in a
 * turned side label in the page margin is furniture, not a line of the body; the first heading of each of two parts
 * of one file, at the same place at the top of two pages of five, is a heading, not a running header.
 */
class SideLabelsAndPartHeadingsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void aTurnedSideLabelInTheMarginIsNoTextOfTheSection() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(SideLabelReportPdf.sideLabels(dir.resolve("labels.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading, Section::pageStart).containsExactly(
                tuple("Introduction", 2), tuple("Background", 2), tuple("Findings", 3), tuple("Learning", 4),
                tuple("Good practice", 4), tuple("Recommendations", 5));
        assertThat(report.document().sections()).allSatisfy(s -> assertThat(s.text())
                .doesNotContain("INTRODUCTION").doesNotContain("FINDINGS").doesNotContain("LEARNING")
                .doesNotContain("RECOMMENDATIONS"));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(
                        tuple("Schools should record who is at home for every pupil who walks home alone.", 5),
                        tuple("The early help team should write to a parent whose call goes unanswered.", 5),
                        tuple("The partnership should remind staff to follow up what children say about food.", 5));
    }

    @Test
    void eachPartsFirstHeadingAtTheSamePlaceOnTwoPagesOfFiveIsAHeading() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(SideLabelReportPdf.twoParts(dir.resolve("parts.pdf")));

        assertThat(report.document().sections()).filteredOn(s -> s.heading().equals("Introduction"))
                .extracting(Section::pageStart, s -> s.text().substring(0, 30)).containsExactly(
                        tuple(2, "This summary describes the rev"), tuple(4, "The partnership commissioned t"));
    }
}
