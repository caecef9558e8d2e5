package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Issue 9 rules: run-in section labels, tagged tables, repeated header rows, numbered paragraphs as items. */
class StructureEvidenceRulesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();
    private static final SectionTyper TYPER = new SectionTyper(VOCABULARY);
    private static final ItemLabels LABELS = new ItemLabels(VOCABULARY);

    private static TextFragment plain(String text, float x) {
        return new TextFragment(text, x, x + text.length() * 5, 100, 11, false);
    }

    private static TextLine line(int page, String text) {
        return new TextLine(page, text, List.of(plain(text, 72)));
    }

    private static TextLine runIn(int page, String label, String rest) {
        TextFragment bold = new TextFragment(label, 72, 72 + label.length() * 5, 100, 11, true);
        return new TextLine(page, label + " " + rest, List.of(bold, plain(rest, 80 + label.length() * 5)));
    }

    /** A table row: cells with wide gaps between them. */
    private static TextLine row(int page, String... cells) {
        List<TextFragment> fragments = new java.util.ArrayList<>();
        float x = 72;
        for (String cell : cells) {
            fragments.add(plain(cell, x));
            x += cell.length() * 5 + 60;
        }
        return new TextLine(page, String.join(" ", cells), fragments);
    }

    @Nested
    class RunInLabels {
        @Test
        void boldLeadInsThatAreSectionHeadingsOpenSectionsWhenNothingElseDid() {
            List<TextLine> lines = List.of(runIn(2, "Why this briefing?", "It shares what a review found."),
                    runIn(2, "What happened?", "Leo was often hungry at school."),
                    runIn(2, "Know who lives with the child.", "Nobody asked who the adults were."),
                    runIn(2, "What will change?", "The partnership agreed three actions."));

            List<Heading> headings = RunInHeadings.apply(lines, List.of(), Set.of(), TYPER, LABELS);

            assertThat(headings).extracting(Heading::lineIndex, Heading::lineCount, Heading::level, Heading::text)
                    .containsExactly(tuple(0, 0, 1, "Why this briefing?"), tuple(1, 0, 1, "What happened?"),
                            tuple(3, 0, 1, "What will change?"));
            assertThat(headings).extracting(h -> TYPER.type(h.text())).containsExactly(SectionType.INTRODUCTION,
                    SectionType.BACKGROUND, SectionType.RECOMMENDATIONS);
        }

        @Test
        void aBodyWithTypedHeadingsKeepsItsRunInLeadInsAsText() {
            List<TextLine> lines = List.of(line(2, "Introduction"), runIn(2, "Background.", "The family moved."),
                    line(2, "Learning"), runIn(2, "Context:", "Two schools in a year."));
            List<Heading> found = List.of(new Heading(0, 1, 1, "Introduction", 2), new Heading(2, 1, 1, "Learning", 2));

            assertThat(RunInHeadings.apply(lines, found, Set.of(), TYPER, LABELS)).isEqualTo(found);
        }

        @Test
        void colonLeadInsOpeningParagraphsAreSectionsBesideTwoHeadingsOnLinesOfTheirOwn() {
            List<TextLine> lines = List.of(runIn(2, "Introduction:", "This review was commissioned by the board."),
                    runIn(2, "Background:", "Child P lived with her grandmother."), line(2, "Lessons learned:"),
                    line(2, "(a) Unusual behaviour needs to be explored."), line(2, "Recommendations:"),
                    line(2, "(a) The board should train school staff."),
                    runIn(2, "Conclusion:", "The harm was not known to agencies."));
            List<Heading> found = List.of(new Heading(2, 1, 1, "Lessons learned:", 2),
                    new Heading(4, 1, 1, "Recommendations:", 2));

            assertThat(RunInHeadings.apply(lines, found, Set.of(), TYPER, LABELS))
                    .extracting(Heading::lineIndex, Heading::lineCount, Heading::text)
                    .containsExactly(tuple(0, 0, "Introduction"), tuple(1, 0, "Background"),
                            tuple(2, 1, "Lessons learned:"), tuple(4, 1, "Recommendations:"), tuple(6, 0, "Conclusion"));
        }

        @Test
        void aLargerBoldLeadInOrOneWithoutItsColonStaysTextBesideHeadings() {
            TextFragment big = new TextFragment("Background:", 72, 150, 100, 14, true);
            List<TextLine> lines = List.of(new TextLine(2, "Background: Child P lived with her grandmother.",
                            List.of(big, plain("Child P lived with her grandmother.", 160))),
                    runIn(2, "Conclusion", "the harm was not known to agencies."), line(2, "Learning"),
                    line(2, "Schools should ask."), line(2, "Recommendations"), line(2, "Train staff."));
            List<Heading> found = List.of(new Heading(2, 1, 1, "Learning", 2), new Heading(4, 1, 1, "Recommendations", 2));

            assertThat(RunInHeadings.apply(lines, found, Set.of(), TYPER, LABELS)).isEqualTo(found);
        }
    }

    @Nested
    class TaggedTableRows {
        private final List<LayoutBlock> table = List.of(new LayoutBlock(BlockKind.TABLE, 0, "", "", 2, 72, 300, 10,
                false, List.of(List.of("Theme", "What we learned"),
                        List.of("Communication", "Disabled children may not be able to tell anyone what is happening, so their "
                                + "behaviour must be understood."),
                        List.of("Support", "Short breaks can relieve pressure and give another adult sight of the child.")),
                1));

        @Test
        void eachDataRowGivesItsLongestCellAsOneItemInPlaceOfGarbledLines() {
            List<TextLine> lines = List.of(line(2, "Theme What we learned"),
                    line(2, "Disabled children may not be able to tell anyone what is happening, so their Communication"),
                    line(2, "behaviour must be understood."),
                    line(3, "Short breaks can relieve pressure and give another adult Support"), line(3, "sight of the child."));
            List<ItemSplitter.Found> garbled = List.of(new ItemSplitter.Found(SectionType.LEARNING,
                    "Disabled children may not be able to tell anyone what is happening, so their Communication "
                    + "behaviour must be understood.", 2));

            List<ItemSplitter.Found> items = TaggedTables.apply(SectionType.LEARNING, garbled, lines, table, TYPER);

            assertThat(items).extracting(ItemSplitter.Found::text, ItemSplitter.Found::page).containsExactly(
                    tuple("Disabled children may not be able to tell anyone what is happening, so their behaviour must "
                            + "be understood.", 2),
                    tuple("Short breaks can relieve pressure and give another adult sight of the child.", 3));
        }

        @Test
        void anItemThatOnlyStartsLikeARowIsNoRowOfTheTable() {
            List<TextLine> lines = List.of(line(2, "Disabled children may not be able to say so, and the school noticed."));
            List<ItemSplitter.Found> found = List.of(new ItemSplitter.Found(SectionType.GOOD_PRACTICE,
                    "Disabled children may not be able to say so, and the school noticed.", 2));

            assertThat(TaggedTables.apply(SectionType.GOOD_PRACTICE, found, lines, table, TYPER)).isEqualTo(found);
        }

        @Test
        void aTableElsewhereOrASectionWithoutItemsIsLeftAlone() {
            List<TextLine> other = List.of(line(2, "Some other text about the family and the school."));
            assertThat(TaggedTables.apply(SectionType.LEARNING, List.of(), other, table, TYPER)).isEmpty();
            List<TextLine> lines = List.of(line(2, "Disabled children may not be able to tell anyone what is happening, "
                    + "so their behaviour must be understood."));
            assertThat(TaggedTables.apply(SectionType.BACKGROUND, List.of(), lines, table, TYPER)).isEmpty();
        }
    }

    @Nested
    class RepeatedHeader {
        @Test
        void aHeaderRowRepeatedAtTheTopOfTheNextPageIsDropped() {
            List<TextLine> lines = List.of(row(1, "No.", "Recommendation"), row(1, "1", "Early help should see the child."),
                    line(1, "2 Schools should visit when a young"), row(2, "No.", "Recommendation"),
                    line(2, "child's attendance falls."));

            assertThat(RepeatedHeaderRows.drop(lines)).extracting(TextLine::text).containsExactly("No. Recommendation",
                    "1 Early help should see the child.", "2 Schools should visit when a young",
                    "child's attendance falls.");
        }

        @Test
        void aHeadingRepeatedOnALaterPageStays() {
            List<TextLine> lines = List.of(line(1, "Learning"), line(1, "Text."), line(2, "Learning"), line(2, "More."));
            assertThat(RepeatedHeaderRows.drop(lines)).hasSize(4);
        }
    }

    @Nested
    class ImageCover {
        @Test
        void theTitleComesFromTheRunningHeaderAndBodyDatesAreNoPublicationDate() {
            java.util.Calendar created = new java.util.GregorianCalendar(2026, java.util.Calendar.JANUARY, 12);
            org.apache.pdfbox.pdmodel.PDDocumentInformation info = new org.apache.pdfbox.pdmodel.PDDocumentInformation();
            info.setCreationDate(created);
            List<PageText> pages = List.of(new PageText(1, 595, 842, List.of()), new PageText(2, 595, 842, List.of(
                    line(2, "Larchfield SCP \u2013 Child Safeguarding Practice Review: Child V"), line(2, "Introduction"),
                    line(2, "The partnership commissioned this review in January 2025."))));

            org.casereview.etl.document.ReportMetadata m = new MetadataReader(VOCABULARY).read(pages, info, 2);

            assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Child V");
            assertThat(m.childName()).isEqualTo("Child V");
            assertThat(m.publicationYear()).isEqualTo(2026);
        }
    }

    @Nested
    class NumberedParagraphs {
        private List<ItemSplitter.Found> split(SectionType type, String heading, String... paragraphs) {
            List<Block> blocks = java.util.Arrays.stream(paragraphs)
                    .map(p -> new Block(List.of(line(2, p)), false, false)).toList();
            return new ItemSplitter(TYPER, LABELS).split(type, heading, blocks);
        }

        @Test
        void paragraphsNumberedNdotMInALearningSectionAreItsItems() {
            assertThat(split(SectionType.LEARNING, "4. Learning",
                    "4.1 Elective home education removes the most regular contact a child has.",
                    "4.2 Rural isolation made it hard for the family to attend appointments."))
                    .extracting(ItemSplitter.Found::text).containsExactly(
                            "Elective home education removes the most regular contact a child has.",
                            "Rural isolation made it hard for the family to attend appointments.");
        }

        @Test
        void bareNumbersRunningOnAreRecommendationsAndALowerCaseParagraphGoesOn() {
            assertThat(split(SectionType.RECOMMENDATIONS, "4 Recommendations", "No. Recommendation",
                    "1 Early help services should not close a referral without seeing the child.",
                    "2 Schools should make a home visit when a young", "child's attendance falls sharply.",
                    "2024 Services should note this year."))
                    .extracting(ItemSplitter.Found::text).containsExactly(
                            "Early help services should not close a referral without seeing the child.",
                            "Schools should make a home visit when a young child's attendance falls sharply.");
        }

        @Test
        void numberedProseAboutGoodPracticeGivesNoItems() {
            assertThat(split(SectionType.GOOD_PRACTICE, "7. Good practice",
                    "7.1 The review found a number of examples of good practice by the midwife.")).isEmpty();
        }
    }

    @Nested
    class FindingsWithTheirRecommendations {
        private List<ItemSplitter.Found> split(String heading, String... paragraphs) {
            List<Block> blocks = java.util.Arrays.stream(paragraphs)
                    .map(p -> new Block(List.of(line(2, p)), false, false)).toList();
            return new ItemSplitter(TYPER, LABELS).split(SectionType.FINDINGS, heading, blocks);
        }

        @Test
        void letteredEntriesAskingForSomethingUnderAFindingAreItsRecommendations() {
            assertThat(split("Theme 2: Exploitation was seen as behaviour",
                    "Agencies described the boy as choosing to associate with older boys.",
                    "(c) The partnership should use one exploitation screening tool in every agency.",
                    "(d) Records must describe what happens to a child, not what the child is said to choose."))
                    .extracting(ItemSplitter.Found::type, ItemSplitter.Found::text).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(SectionType.RECOMMENDATIONS,
                                    "The partnership should use one exploitation screening tool in every agency."),
                            org.assertj.core.groups.Tuple.tuple(SectionType.RECOMMENDATIONS,
                                    "Records must describe what happens to a child, not what the child is said to choose."));
        }

        @Test
        void bulletsAndEntriesThatAskForNothingUnderAFindingStayText() {
            assertThat(split("Finding 1: Missed appointments",
                    "\u2022 Health visitors should have been told, one practitioner said.",
                    "(a) The family moved three times in a year.")).isEmpty();
        }
    }
}
