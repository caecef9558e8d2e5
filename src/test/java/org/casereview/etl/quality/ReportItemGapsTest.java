package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class ReportItemGapsTest {

    private static Section section(SectionType type, int ordinal, String heading, String text) {
        return new Section(type, ordinal, heading, text, ordinal, ordinal, List.<Item>of());
    }

    @Test
    void anEmptyFindingsSectionInAReportWithoutLearningItems() {
        List<Section> sections = List.of(
                section(SectionType.BACKGROUND, 1, "Background", "Child K stopped going to school.\n• Waiting is a risk."),
                section(SectionType.FINDINGS, 2, "Findings and learning", ""),
                section(SectionType.CONCLUSION, 3, "Conclusion", "The partnership accepted the action plan."));
        assertThat(ReportItemGaps.emptyLearningSection(new ReportEvidence(3, sections, List.of())))
                .contains("findings section \"Findings and learning\" is empty and no learning item was read");
        assertThat(ReportItemGaps.emptyLearningSection(new ReportEvidence(3, sections,
                List.of(new ItemRow(SectionType.LEARNING, 1, "Waiting is a risk.", 1))))).isEmpty();
    }

    @Test
    void anEmptyFindingsChapterOverFindingsSectionsWithTextIsNoGap() {
        List<Section> chapter = List.of(
                section(SectionType.BACKGROUND, 1, "Summary of the case", "The baby was nine weeks old."),
                section(SectionType.FINDINGS, 2, "Findings and recommendations", ""),
                section(SectionType.FINDINGS, 3, "Finding 1: The father was not seen",
                        "Records named the father but said nothing about him.\nRecommendation 1a: Record every adult."),
                section(SectionType.FINDINGS, 4, "Finding 2: A bruise was not referred",
                        "The protocol says any bruise on a baby must lead to a referral."),
                section(SectionType.CONCLUSION, 5, "Conclusion", "The partnership accepts the findings."));
        assertThat(ReportItemGaps.emptyLearningSection(new ReportEvidence(3, chapter, List.of()))).isEmpty();

        // the findings section after it is empty too: nothing was read under either heading
        List<Section> nothingUnder = List.of(
                section(SectionType.FINDINGS, 1, "Findings and recommendations", ""),
                section(SectionType.FINDINGS, 2, "Finding 1: The father was not seen", " "),
                section(SectionType.CONCLUSION, 3, "Conclusion", "The partnership accepts the findings."));
        assertThat(ReportItemGaps.emptyLearningSection(new ReportEvidence(3, nothingUnder, List.of())))
                .contains("findings section \"Findings and recommendations\" is empty and no learning item was read");
    }

    @Test
    void sectionsHeadedAsNumberedPointsThatGaveNoItem() {
        List<Section> slides = List.of(
                section(SectionType.BACKGROUND, 1, "What happened", "Child T was admitted to hospital."),
                section(SectionType.LEARNING, 2, "Learning point 1 of 2", "Missed appointments should prompt a visit."),
                section(SectionType.LEARNING, 3, "Learning point 2 of 2", "Beliefs about diet should be explored."),
                section(SectionType.RECOMMENDATIONS, 4, "What needs to change", "• Health visiting should visit."));
        assertThat(ReportItemGaps.numberedPointsWithoutItems(new ReportEvidence(4, slides, List.of())))
                .contains("2 learning sections are headed as numbered points and no learning item was read");
        assertThat(ReportItemGaps.numberedPointsWithoutItems(new ReportEvidence(4, slides,
                List.of(new ItemRow(SectionType.LEARNING, 1, "Missed appointments should prompt a visit.", 2))))).isEmpty();

        // one such heading, or section numbers before the words, are no numbered points
        List<Section> chapters = List.of(
                section(SectionType.LEARNING, 1, "5. Learning", "The review found that records were not shared."),
                section(SectionType.LEARNING, 2, "Learning point 1", "Records should be shared."),
                section(SectionType.LEARNING, 3, "6.2 Lessons for practice", "Managers should check records."));
        assertThat(ReportItemGaps.numberedPointsWithoutItems(new ReportEvidence(3, chapters, List.of()))).isEmpty();
    }

    @Test
    void markedEntriesThatGaveNoItemOfTheirKind() {
        Section good = section(SectionType.GOOD_PRACTICE, 1, "5. Good practice",
                "+ The police followed the protocol kindly.\n+ The health visitor called the next day.");
        ReportEvidence none = new ReportEvidence(2, List.of(good), List.of());
        assertThat(ReportItemGaps.entriesWithoutItems(none))
                .contains("good_practice section \"5. Good practice\" shows 2 entries and gave no items");
        ReportEvidence read = new ReportEvidence(2, List.of(good),
                List.of(new ItemRow(SectionType.GOOD_PRACTICE, 1, "The police followed the protocol kindly.", 2)));
        assertThat(ReportItemGaps.entriesWithoutItems(read)).isEmpty();
    }

    @Test
    void aFlattenedTableOfNumberedRowsThatGaveNoItems() {
        Section table = section(SectionType.RECOMMENDATIONS, 1, "6 Recommendations",
                "No. Recommendation Lead agency 1 The drug service should check storage Drug service 2 The partnership"
                        + " should agree a protocol Partnership 3 Health visitors should ask to see medicines Health");
        assertThat(ReportItemGaps.entriesWithoutItems(new ReportEvidence(4, List.of(table), List.of())))
                .contains("recommendations section \"6 Recommendations\" shows 3 entries and gave no items");

        Section prose = section(SectionType.RECOMMENDATIONS, 1, "Recommendations",
                "In 2 Cases the review found delays. The partnership should act on the findings of 1 March.");
        assertThat(ReportItemGaps.entriesWithoutItems(new ReportEvidence(4, List.of(prose), List.of()))).isEmpty();
    }

    /**
     * A three-page report whose paragraphs and list entries were not read (held where the page text is not): its
     * headings stand over empty sections, the learning section over its entries' numbers, the recommendations
     * section over a table's header and row numbers. Doubtful whatever the page count.
     */
    @Test
    void sectionsOverListMarkersOnlyInAShortReportWithoutItems() {
        List<Section> hollow = List.of(
                section(SectionType.SUMMARY, 1, "Summary", ""),
                section(SectionType.LEARNING, 3, "Learning", "1.\n2.\n3."),
                section(SectionType.RECOMMENDATIONS, 4, "Recommendations", "No. Recommendation Lead agency 1\n2\n3\n4"),
                section(SectionType.CONCLUSION, 5, "Conclusion", ""));
        ReportEvidence unread = new ReportEvidence(3, hollow, List.of());
        assertThat(ReportItemGaps.emptyLearningSection(unread))
                .contains("learning section \"Learning\" holds list markers only and no learning item was read");
        assertThat(ReportItemGaps.hollowRecommendationsSection(unread)).contains("recommendations section"
                + " \"Recommendations\" holds list markers only and no recommendation item was read");
        assertThat(ReportChecks.judge(unread, null).doubtful()).isTrue();

        // the same report read: numbers with their words, items of both kinds
        List<Section> read = List.of(
                section(SectionType.SUMMARY, 1, "Summary", "Baby W was injured at five weeks old."),
                section(SectionType.LEARNING, 2, "Learning", "1. Fathers should be seen.\n2. Bruising needs a referral."),
                section(SectionType.RECOMMENDATIONS, 3, "Recommendations",
                        "No. Recommendation Lead agency 1 Health visitors should see fathers Health"),
                section(SectionType.CONCLUSION, 4, "Conclusion", "The partnership accepts the findings."));
        ReportEvidence good = new ReportEvidence(2, read, List.of(
                new ItemRow(SectionType.LEARNING, 1, "Fathers should be seen.", 1),
                new ItemRow(SectionType.LEARNING, 2, "Bruising needs a referral.", 1),
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Health visitors should see fathers", 2)));
        assertThat(ReportItemGaps.emptyLearningSection(good)).isEmpty();
        assertThat(ReportItemGaps.hollowRecommendationsSection(good)).isEmpty();
        assertThat(ReportChecks.judge(good, null).doubtful()).isFalse();
    }

    @Test
    void aShortRecommendationsSectionSayingThereAreNoneIsNotHollow() {
        Section none = section(SectionType.RECOMMENDATIONS, 1, "Recommendations", "There are no recommendations.");
        assertThat(ReportItemGaps.hollow(none)).isFalse();
        assertThat(ReportItemGaps.hollowRecommendationsSection(new ReportEvidence(2, List.of(none), List.of()))).isEmpty();
        assertThat(ReportItemGaps.hollow(section(SectionType.LEARNING, 2, "Learning", "[1.]\n1.[2.]\n\u2022"))).isTrue();
    }
}
