package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class ReportShapeChecksTest {

    private static Section section(SectionType type, int ordinal, String heading, String text) {
        return new Section(type, ordinal, heading, text, ordinal, ordinal, List.<Item>of());
    }

    private static ReportEvidence withItems(ItemRow... items) {
        return new ReportEvidence(3, List.of(section(SectionType.RECOMMENDATIONS, 1, "Recommendations", "text")),
                List.of(items));
    }

    @Test
    void headingNumbersMissingBecauseTheirHeadingsSitInsideText() {
        ReportEvidence columnsInterleaved = new ReportEvidence(3, List.of(
                section(SectionType.INTRODUCTION, 1, "1 Introduction", "The review was commissioned in May."),
                section(SectionType.GOOD_PRACTICE, 2, "5 Areas of strength",
                        "• The teacher recorded her observations.\n2 Review process\nA review team of four read records.\n"
                                + "2. A wellbeing assessment should follow the child."),
                section(SectionType.CONCLUSION, 3, "7 Conclusion", "Child C is doing well.")), List.of());
        assertThat(ReportShapeChecks.numberedHeadingsInText(columnsInterleaved))
                .contains("numbered headings [1, 5, 7] with missing numbers inside section text: \"2 Review process\"");

        ReportEvidence numberedItemsOnly = new ReportEvidence(3, List.of(
                section(SectionType.INTRODUCTION, 1, "1 Introduction", "Text."),
                section(SectionType.LEARNING, 2, "3 Learning", "2. A wellbeing assessment should follow the child."),
                section(SectionType.CONCLUSION, 3, "4 Conclusion", "Text.")), List.of());
        assertThat(ReportShapeChecks.numberedHeadingsInText(numberedItemsOnly)).isEmpty();
    }

    @Test
    void leadInSentenceGivenAsAnItem() {
        assertThat(ReportShapeChecks.leadInItems(withItems(
                new ItemRow(SectionType.LEARNING, 1, "Learning. The review identified the following learning.", 2),
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "The partnership should publish guidance.", 2))))
                .contains("learning item 1 is a lead-in: \"Learning. The review identified the following learning.\"");
        assertThat(ReportShapeChecks.leadInItems(withItems(
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Agencies should follow the guidance that follows.", 2))))
                .isEmpty();
    }

    @Test
    void actionPlanCellsRunIntoAnItem() {
        assertThat(ReportShapeChecks.tableCellsInItems(withItems(new ItemRow(SectionType.RECOMMENDATIONS, 3,
                "Early years settings should use a body map and a Issue a template Early years Apr 2026 Amber running record.",
                1)))).contains("recommendations item 3 holds table cells (date and status)");
        assertThat(ReportShapeChecks.tableCellsInItems(withItems(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "By April 2026 the partnership should audit referrals.", 1)))).isEmpty();
    }

    @Test
    void twoAgenciesAskedInOneRecommendation() {
        assertThat(ReportShapeChecks.requestsJoined(withItems(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "The Board should agree a protocol for missed appointments. Dental services should tell the school nurse.",
                2)))).contains("recommendation 1 asks 2 different agencies");
        Optional<String> oneAgency = ReportShapeChecks.requestsJoined(withItems(new ItemRow(SectionType.RECOMMENDATIONS,
                1, "The Board should agree a protocol. The Board should also audit it. It should report in a year.", 2)));
        assertThat(oneAgency).isEmpty();
    }

    @Test
    void judgeSaysDoubtfulThroughReportChecks() {
        Verdict verdict = ReportChecks.judge(withItems(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "Recommendations. The review identified the following recommendations.", 2)), null);
        assertThat(verdict.notes()).contains(
                "recommendations item 1 is a lead-in: \"Recommendations. The review identified the following recommendations.\"");
    }
}
