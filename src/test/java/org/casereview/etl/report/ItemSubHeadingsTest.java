package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ItemSubHeadingsTest {

    private static final SectionTyper TYPER = new SectionTyper(Vocabulary.defaults());
    private static final ItemLabels LABELS = new ItemLabels(Vocabulary.defaults());

    private static List<TextLine> lines(String... texts) {
        List<TextLine> lines = new java.util.ArrayList<>();
        for (String text : texts) {
            lines.add(new TextLine(2, text, List.of(new TextFragment(text, 60, 60 + text.length() * 5f,
                    100 + 14 * lines.size(), 11, false))));
        }
        return lines;
    }

    @Nested
    class WithoutChapterNumbers {

        @Test
        void aGoodPracticeCallOutUnderLearningOpensItsOwnSection() {
            List<Heading> out = ItemSubHeadings.promote(List.of(), List.of(
                    new Heading(0, 1, 1, "What have we learned?", 2),
                    new Heading(9, 1, 2, "Good practice we saw", 2),
                    new Heading(14, 1, 1, "What needs to change?", 2)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 1, 1);
        }

        @Test
        void eachNumberedFindingUnderAFindingsChapterThatCarriesItsOwnItemsIsAFindingsSection() {
            List<TextLine> lines = lines("Findings", "The review made three findings.", "",
                    "Finding 1: The child's voice was not heard", "Nobody asked Child H what he wanted.",
                    "Recommendation 1: The partnership should hear children at every review.", "", "",
                    "Finding 2 – School moves hid a pattern of absence", "Each school saw a few weeks only.", "",
                    "Recommendation 2: Schools should pass on attendance records.",
                    "The role of the school", "The school knew him best.", "",
                    "Learning for all agencies", "Children who move school often may be hidden.");
            List<Heading> out = ItemSubHeadings.promote(lines, List.of(
                    new Heading(0, 1, 1, "Findings", 2),
                    new Heading(3, 1, 2, "Finding 1: The child's voice was not heard", 2),
                    new Heading(8, 1, 2, "Finding 2 – School moves hid a pattern of absence", 2),
                    new Heading(12, 1, 2, "The role of the school", 2),
                    new Heading(15, 1, 1, "Learning for all agencies", 3)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 1, 1, 2, 1);
            assertThat(TYPER.type(out.get(1).text())).isEqualTo(org.casereview.etl.document.SectionType.FINDINGS);
        }

        @Test
        void numberedFindingsOfAnalysisAloneStaySubHeadingsOfTheirChapter() {
            List<TextLine> lines = lines("Findings",
                    "Finding 1: Step-down decisions followed tasks done, not change for the child",
                    "Plans were closed when their actions were done.",
                    "Finding 2: New adults in the household were recorded but not assessed",
                    "The partner who moved in was named in the records and never seen.",
                    "Finding 3: Advice about a bruise did not follow the procedures",
                    "The front door advised the nursery to watch and wait.",
                    "Learning for the partnership",
                    "1. Decisions to step a case down should rest on evidence of change.");
            List<Heading> out = ItemSubHeadings.promote(lines, List.of(
                    new Heading(0, 1, 1, "Findings", 2),
                    new Heading(1, 1, 2, lines.get(1).text(), 2),
                    new Heading(3, 1, 2, lines.get(3).text(), 2),
                    new Heading(5, 1, 2, lines.get(5).text(), 2),
                    new Heading(7, 1, 1, "Learning for the partnership", 3)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 2, 2, 2, 1);
        }

        @Test
        void aNumberedThemeUnderAFindingsChapterGroupsItsTextAndStaysASubHeading() {
            List<Heading> out = ItemSubHeadings.promote(List.of(), List.of(
                    new Heading(0, 1, 1, "Findings and recommendations", 2),
                    new Heading(3, 1, 2, "Theme 1: Children educated at home", 2),
                    new Heading(8, 1, 2, "Key issue 2: Was not brought", 3),
                    new Heading(15, 1, 1, "Key learning", 3)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 2, 2, 1);
        }

        @Test
        void aNumberedSubHeadingUnderLearningIsNoFindingsSection() {
            List<Heading> out = ItemSubHeadings.promote(List.of(), List.of(
                    new Heading(0, 1, 1, "Background", 2),
                    new Heading(3, 1, 2, "Finding 1: an early help offer", 2)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 2);
        }

        @Test
        void aTopicSubHeadingUnderLearningStaysASubHeading() {
            List<Heading> out = ItemSubHeadings.promote(List.of(), List.of(
                    new Heading(0, 1, 1, "What have we learned?", 2),
                    new Heading(5, 1, 2, "Knowing about fathers", 2)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 2);
        }
    }

    @Nested
    class WithChapterNumbers {

        @Test
        void theNumberingDecidesAndAGoodPracticeSubHeadingStays() {
            List<Heading> out = ItemSubHeadings.promote(List.of(), List.of(
                    new Heading(0, 1, 1, "1. Background", 2),
                    new Heading(5, 1, 1, "2. Practice and organisational learning", 2),
                    new Heading(9, 1, 2, "Good practice", 3),
                    new Heading(14, 1, 1, "3. Improving systems and practice", 3)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 1, 2, 1);
        }

        @Test
        void numberedFindingsClosingWithALearningBoxAreSectionsUnderANumberedFindingsChapter() {
            List<TextLine> lines = lines("6. Findings", "The review has two findings.",
                    "Finding 1: the pattern of neglect was not seen", "Each agency held a part of the picture.",
                    "Learning", "Only a shared chronology shows the pattern of neglect.",
                    "Finding 2: early help ended when the family declined it", "The case was closed.",
                    "Learning", "A family that declines early help still needs a plan.",
                    "7. Good practice", "The school nurse visited the home.");
            List<Heading> out = ItemSubHeadings.promote(lines, List.of(
                    new Heading(0, 1, 1, "6. Findings", 8),
                    new Heading(2, 1, 2, "Finding 1: the pattern of neglect was not seen", 8),
                    new Heading(6, 1, 2, "Finding 2: early help ended when the family declined it", 9),
                    new Heading(10, 1, 1, "7. Good practice", 11)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 1, 1, 1);
        }

        @Test
        void aBoxsLearningLabelReadAsAHeadingIsTheFindingsItemStill() {
            List<TextLine> lines = lines("6. Findings", "The review has two findings.",
                    "Finding 1: the pattern of neglect was not seen", "Each agency held a part of the picture.",
                    "Learning", "Only a shared chronology shows the pattern of neglect.",
                    "Finding 2: early help ended when the family declined it", "The case was closed.",
                    "Learning", "A family that declines early help still needs a plan.",
                    "7. Good practice", "The school nurse visited the home.");
            List<Heading> out = ItemSubHeadings.promote(lines, List.of(
                    new Heading(0, 1, 1, "6. Findings", 8),
                    new Heading(2, 1, 2, "Finding 1: the pattern of neglect was not seen", 8),
                    new Heading(4, 1, 3, "Learning", 8),
                    new Heading(6, 1, 2, "Finding 2: early help ended when the family declined it", 9),
                    new Heading(8, 1, 3, "Learning", 9),
                    new Heading(10, 1, 1, "7. Good practice", 11)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 1, 3, 1, 3, 1);
        }

        @Test
        void numberedFindingsOfAnalysisAloneStaySubHeadingsUnderANumberedChapter() {
            List<TextLine> lines = lines("6. Findings", "The review has two findings.",
                    "Finding 1: the pattern of neglect was not seen", "Each agency held a part of the picture.",
                    "Finding 2: early help ended when the family declined it", "The case was closed.",
                    "7. Learning", "Only a shared chronology shows the pattern of neglect.");
            List<Heading> out = ItemSubHeadings.promote(lines, List.of(
                    new Heading(0, 1, 1, "6. Findings", 8),
                    new Heading(2, 1, 2, "Finding 1: the pattern of neglect was not seen", 8),
                    new Heading(4, 1, 2, "Finding 2: early help ended when the family declined it", 9),
                    new Heading(6, 1, 1, "7. Learning", 11)), TYPER, LABELS);

            assertThat(out).extracting(Heading::level).containsExactly(1, 2, 2, 1);
        }
    }
}
