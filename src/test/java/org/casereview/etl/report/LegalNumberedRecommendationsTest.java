package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.pdf.LegalNumberedReportPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, pending-batch41 kind 3 (invented material, {@link LegalNumberedReportPdf}): a legal paragraph number before
 * an item label ('3.2.3 Recommendation 1: The partnership should ...') inside a finding opens a recommendation item;
 * the number and the label are no item text, and the section stays the findings.
 */
class LegalNumberedRecommendationsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void aLabelAfterALegalParagraphNumberOpensARecommendation() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(LegalNumberedReportPdf.write(dir.resolve("legal.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION), tuple("2. Background", SectionType.BACKGROUND),
                tuple("3. Findings", SectionType.FINDINGS), tuple("4. Conclusion", SectionType.CONCLUSION));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(
                        tuple("The partnership should ask health visiting services to send a family's full record "
                                + "within ten days of a move.", 2),
                        tuple("Children's social care should record every adult living in a child's home and meet each "
                                + "of them in an assessment.", 2));
    }
}
