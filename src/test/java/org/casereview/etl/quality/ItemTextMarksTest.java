package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class ItemTextMarksTest {

    private static ReportEvidence withItems(ItemRow... items) {
        return new ReportEvidence(3, List.of(new Section(SectionType.RECOMMENDATIONS, 1, "Recommendations", "text", 1, 1,
                List.<Item>of())), List.of(items));
    }

    @Test
    void twoLabelsOfTheItemsOwnKindAfterSentencesAreEntriesRunTogether() {
        assertThat(ItemTextMarks.labelsInsideItem(withItems(new ItemRow(SectionType.RECOMMENDATIONS, 1,
                "The board should audit plans. Recommendation 2: Schools should record absences. R3 The police should "
                        + "share reports.", 3)))).contains("recommendations item 1 holds 2 labels of further items");
    }

    @Test
    void oneLabelALabelInsideASentenceOrOfAnotherKindIsNoSign() {
        assertThat(ItemTextMarks.labelsInsideItem(withItems(
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "As recommendation 2 asks, the board should audit plans "
                        + "and rec 3 follows from it.", 3),
                new ItemRow(SectionType.RECOMMENDATIONS, 2, "The board should audit plans. Learning point 2 Parents "
                        + "know. Learning point 3 Schools see.", 3),
                new ItemRow(SectionType.LEARNING, 1, "Plans drift. Recommendation 4 Nobody checks.", 3)))).isEmpty();
    }

    @Test
    void aListNumberKeptByTwoItemsOfOneKindIsASign() {
        assertThat(ItemTextMarks.listNumbersKeptTwice(withItems(
                new ItemRow(SectionType.LEARNING, 1, "1(a) The local authority should visit every child.", 2),
                new ItemRow(SectionType.LEARNING, 2, "1(b) The local authority should tell the GP.", 2))))
                .contains("learning items keep list marker number 1 twice");
    }

    @Test
    void listNumbersKeptOnceEachOrByItemsOfDifferentKindsAreNoSign() {
        assertThat(ItemTextMarks.listNumbersKeptTwice(withItems(
                new ItemRow(SectionType.LEARNING, 1, "1. Fathers must be seen.", 2),
                new ItemRow(SectionType.LEARNING, 2, "2. Referrals need answers.", 2),
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "1. The board should audit plans.", 3),
                new ItemRow(SectionType.RECOMMENDATIONS, 2, "1998 was the year the protocol was written.", 3))))
                .isEmpty();
    }

    @Test
    void anItemEndingInASoftHyphenLostTheLineThatEndsItsWord() {
        assertThat(ItemTextMarks.wordCutAtLineEnd(withItems(
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Health visitors should see every baby at home.", 3),
                new ItemRow(SectionType.RECOMMENDATIONS, 2, "Housing officers should tell the school when a fam\u00ad", 3))))
                .contains("recommendations item 2 ends in a word cut at a line end");
    }

    @Test
    void softHyphensInsideAnItemOrHyphensAtItsEndAreNoSign() {
        assertThat(ItemTextMarks.wordCutAtLineEnd(withItems(
                new ItemRow(SectionType.LEARNING, 1, "Plans need a re\u00adview date.", 2),
                new ItemRow(SectionType.LEARNING, 2, "Agencies should agree a multi-", 2),
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Schools should record absences \u2013", 3)))).isEmpty();
    }
    /**
     * Items cut where a line of another column or a table cell began: each ends on a word no sentence ends on
     * (brightwater's introduction lines read as recommendation items with the column finder off).
     */
    @Test
    void itemsEndingOnAWordNoSentenceEndsOnWereCutMidSentence() {
        assertThat(ItemTextMarks.cutMidSentence(withItems(
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Amara was a girl of fourteen who was found to", 2),
                new ItemRow(SectionType.RECOMMENDATIONS, 2, "have been groomed online by an adult man in", 2),
                new ItemRow(SectionType.RECOMMENDATIONS, 3, "The partnership should produce online safety advice.", 2))))
                .contains("2 items end mid-sentence (recommendations item 1: '...who was found to')");
    }

    /** One cut item is chance (a page break read badly inside one item); items without a stop end on content words. */
    @Test
    void oneCutItemOrItemsEndingOnContentWordsAreNoSign() {
        assertThat(ItemTextMarks.cutMidSentence(withItems(
                new ItemRow(SectionType.LEARNING, 1, "Information sharing between health and school staff", 2),
                new ItemRow(SectionType.LEARNING, 2, "Practitioners should think about the child in the house", 2),
                new ItemRow(SectionType.LEARNING, 3, "Professional curiosity about who else lives there;", 2),
                new ItemRow(SectionType.RECOMMENDATIONS, 1, "Schools should offer training to staff about their", 3),
                new ItemRow(SectionType.RECOMMENDATIONS, 2, "The board should ask agencies to report on:", 3))))
                .isEmpty();
    }
}
