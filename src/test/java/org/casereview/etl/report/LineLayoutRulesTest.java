package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Layout rules found on Chromium, LibreOffice and docx output (see reports-unseen), on hand-placed lines. */
class LineLayoutRulesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();
    private static final ItemLabels LABELS = new ItemLabels(VOCABULARY);
    private static final SectionTyper TYPER = new SectionTyper(VOCABULARY);
    private static final BodyStyle BODY = new BodyStyle(11);

    /** A line of one fragment, or of cells when {@code cells} are given as text, x pairs. */
    private static TextLine line(int page, float x, float y, float size, boolean bold, Object... cells) {
        List<TextFragment> fragments = new ArrayList<>();
        for (int i = 0; i < cells.length; i += 2) {
            String text = (String) cells[i];
            float cx = i == 0 ? x : ((Number) cells[i + 1]).floatValue();
            fragments.add(new TextFragment(text, cx, cx + text.length() * size * 0.5f, y, size, bold));
        }
        String text = String.join(" ", fragments.stream().map(TextFragment::text).toList());
        return new TextLine(page, text, fragments);
    }

    @Nested
    class Headings {

        private final HeadingDetector detector = new HeadingDetector(BODY, LABELS, TYPER);

        @Test
        void aHeadingDoesNotRunOnIntoTheItemLabelBelowIt() {
            List<TextLine> lines = List.of(
                    line(1, 57, 100, 11, true, "Introduction", 0),
                    line(1, 57, 120, 11, false, "The review was set up after the death of a baby in the area.", 0),
                    line(1, 57, 150, 11, true, "Recommendations", 0),
                    line(1, 57, 165, 11, true, "Recommendation 1", 0),
                    line(1, 57, 180, 11, false, "The partnership should publish a briefing on safer sleep.", 0));
            List<Heading> headings = detector.detect(lines, Set.of());
            assertThat(headings).extracting(Heading::text).containsExactly("Introduction", "Recommendations");
        }

        @Test
        void aLargerLineStartingInLowerCaseIsNoHeading() {
            List<TextLine> lines = List.of(
                    line(1, 57, 100, 14, true, "1. Introduction", 0),
                    line(1, 57, 120, 11, false, "The review was set up after the death of a baby in the area.", 0),
                    line(1, 57, 150, 14, true, "2. Recommendations", 0),
                    line(1, 60, 170, 13, false, "answer in the maternity notes.", 0),
                    line(1, 57, 200, 14, true, "3. Conclusion", 0));
            assertThat(detector.detect(lines, Set.of())).extracting(Heading::text)
                    .containsExactly("1. Introduction", "2. Recommendations", "3. Conclusion");
        }
    }

    @Nested
    class ListsAcrossColumns {

        @Test
        void anEntryThatWentOnInTheRightColumnDoesNotSwallowTheNextNumber() {
            List<TextLine> lines = List.of(
                    line(4, 74, 500, 11, false, "4. All agencies should check that the", 0),
                    line(4, 87, 514, 11, false, "father's details are recorded and that", 0),
                    line(4, 342, 72, 11, false, "he is invited to take part in", 0),
                    line(4, 342, 86, 11, false, "assessments.", 0),
                    line(4, 330, 100, 11, false, "5. The partnership should evaluate the", 0),
                    line(4, 342, 114, 11, false, "impact of this review within a year.", 0));
            List<Block> blocks = new BlockBuilder(BODY, 14, LABELS).build(lines, Map.of());
            List<ItemSplitter.Found> found = new ItemSplitter(TYPER, LABELS)
                    .split(SectionType.RECOMMENDATIONS, "5 Recommendations", blocks);
            assertThat(found).extracting(ItemSplitter.Found::text).containsExactly(
                    "All agencies should check that the father's details are recorded and that he is invited to take "
                            + "part in assessments.",
                    "The partnership should evaluate the impact of this review within a year.");
        }
    }

    @Nested
    class TablesOverAPageBreak {

        @Test
        void theRepeatedHeaderIsDroppedAndTheCutRowGoesOn() {
            List<TextLine> lines = List.of(
                    line(3, 72, 697, 11, false, "No.", 0, "Recommendation", 109, "Lead agency", 300, "Timescale", 420),
                    line(3, 72, 716, 11, false, "1", 0, "Early help services should close a", 109, "Children's", 300,
                            "6 months", 420),
                    line(4, 72, 85, 11, false, "No.", 0, "Recommendation", 109, "Lead agency", 300, "Timescale", 420),
                    line(4, 109, 103, 11, false, "case only after a discussion with the", 0, "social care", 300),
                    line(4, 109, 117, 11, false, "agency that made the referral.", 0),
                    line(4, 72, 135, 11, false, "2", 0, "The partnership should audit the", 109, "Health", 300,
                            "9 months", 420),
                    line(4, 109, 149, 11, false, "quality of child protection plans.", 0));
            List<Block> blocks = new BlockBuilder(BODY, 14, LABELS).build(lines, Map.of());
            assertThat(blocks).hasSize(1);
            assertThat(TableRows.itemTexts(blocks.get(0).lines())).containsExactly(
                    new TableRows.Item("Early help services should close a case only after a discussion with the "
                            + "agency that made the referral.", 3),
                    new TableRows.Item("The partnership should audit the quality of child protection plans.", 4));
        }

        @Test
        void withoutANumberColumnALineWithCellsOnTheNextPageStartsARow() {
            List<TextLine> lines = List.of(
                    line(13, 61, 715, 11, true, "Recommendation", 0, "Lead agency", 330, "Timescale", 450),
                    line(13, 61, 735, 11, false, "Managers should use supervision to test", 0, "Partnership", 330,
                            "6 months", 450),
                    line(13, 61, 749, 11, false, "whether the plan is working.", 0),
                    line(14, 61, 76, 11, false, "The designated leads network should", 0, "Education", 330,
                            "7 months", 450),
                    line(14, 61, 90, 11, false, "share this review with every school.", 0));
            List<Block> blocks = new BlockBuilder(BODY, 14, LABELS).build(lines, Map.of());
            assertThat(blocks).hasSize(1);
            assertThat(TableRows.itemTexts(blocks.get(0).lines())).extracting(TableRows.Item::text).containsExactly(
                    "Managers should use supervision to test whether the plan is working.",
                    "The designated leads network should share this review with every school.");
        }
    }

    @Nested
    class TablesGroupedByTheme {

        @Test
        void theRecommendationColumnIsTakenNotTheLearningThemeBesideIt() {
            List<TextLine> lines = List.of(
                    line(2, 62, 500, 11, true, "Learning theme", 0, "Recommendation", 212),
                    line(2, 62, 520, 11, false, "Working together", 0, "The partnership should agree one lead", 212),
                    line(2, 212, 534, 11, false, "for the plan.", 0),
                    line(2, 62, 556, 11, false, "Escalation", 0, "The partnership should publish an", 212),
                    line(2, 212, 570, 11, false, "escalation guide.", 0));

            assertThat(TableRows.itemTexts(lines)).extracting(TableRows.Item::text).containsExactly(
                    "The partnership should agree one lead for the plan.",
                    "The partnership should publish an escalation guide.");
        }
    }

    @Nested
    class BoldLeadInParagraphs {

        private Block paragraph(String lead, String rest) {
            TextFragment bold = new TextFragment(lead, 62, 62 + lead.length() * 5.5f, 300, 11, true);
            TextFragment plain = new TextFragment(rest, bold.endX() + 3, bold.endX() + 3 + rest.length() * 5.5f, 300, 11, false);
            return new Block(List.of(new TextLine(2, lead + " " + rest, List.of(bold, plain))), false, false);
        }

        @Test
        void aShortBoldSentenceOpeningAParagraphMakesItAnItem() {
            assertThat(ItemSplitter.leadsInBold(paragraph("Professional curiosity.",
                    "Practitioners accepted her explanations without checking them."))).isTrue();
        }

        @Test
        void aBoldPhraseWithoutAFullStopOrALongBoldRunIsNoLeadIn() {
            assertThat(ItemSplitter.leadsInBold(paragraph("Child P",
                    "was eight when he came into care."))).isFalse();
            assertThat(ItemSplitter.leadsInBold(paragraph("The review found that agencies did not share what they knew.",
                    "This was seen throughout."))).isFalse();
        }

        @Test
        void itemsInALearningSectionAreTheLeadInParagraphsOnly() {
            ItemSplitter splitter = new ItemSplitter(TYPER, LABELS);
            List<Block> blocks = List.of(
                    paragraph("Seeing the child.", "Meetings about the child were held without her."),
                    new Block(List.of(line(2, 62, 330, 11, false, "This paragraph only explains the context of the review.")),
                            false, false));

            assertThat(splitter.split(SectionType.LEARNING, "What have we learned?", blocks))
                    .extracting(ItemSplitter.Found::text)
                    .containsExactly("Seeing the child. Meetings about the child were held without her.");
        }
    }
}
