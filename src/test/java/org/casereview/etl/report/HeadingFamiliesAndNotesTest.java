package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates of the eleventh held-out batch, rebuilt with invented words: question headings, "Theme N –"
 * run-in labels, a heading wrapped over three lines, "Chapter N" lines above chapter titles, note blocks
 * after the last list, and the review's method named as an event.
 */
class HeadingFamiliesAndNotesTest {

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Nested
    class QuestionHeadings {

        @Test
        void everyQuestionOfABriefingIsTypedAndItsListsGiveItems() throws Exception {
            Path pdf = new PdfFixtureBuilder()
                    .cover("Child Safeguarding Practice Review: Child K", 20, "Published May 2026", 12)
                    .newPage()
                    .heading1("Why did we do this review?")
                    .paragraph("A boy of nine was hurt at home and the partnership asked what could be learned.")
                    .heading1("How was the review done?")
                    .paragraph("The reviewer read the records and met the practitioners in two sessions.")
                    .heading1("What did we find?")
                    .paragraph("Agencies knew parts of the picture but nobody put them together.")
                    .heading1("What was done well?")
                    .bullets("The school nurse saw the boy every week and wrote down what he said.")
                    .heading1("What needs to change?")
                    .numbered("The partnership should check that every referral is answered in writing.",
                            "Health visitors should ask who else lives in the home at every visit.")
                    .save(dir.resolve("questions.pdf"));
            var report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                    tuple("Why did we do this review?", SectionType.INTRODUCTION),
                    tuple("How was the review done?", SectionType.METHODOLOGY),
                    tuple("What did we find?", SectionType.FINDINGS),
                    tuple("What was done well?", SectionType.GOOD_PRACTICE),
                    tuple("What needs to change?", SectionType.RECOMMENDATIONS));
            assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                    tuple(SectionType.GOOD_PRACTICE, "The school nurse saw the boy every week and wrote down what he said."),
                    tuple(SectionType.RECOMMENDATIONS, "The partnership should check that every referral is answered in writing."),
                    tuple(SectionType.RECOMMENDATIONS, "Health visitors should ask who else lives in the home at every visit."));
        }

        @Test
        void theMethodNamedAsAnEventIsMethodologyNotLearning() throws Exception {
            Path pdf = new PdfFixtureBuilder().newPage()
                    .heading1("1. Learning")
                    .bullets("Practitioners need to see the child alone when a parent speaks for them.")
                    .heading1("2. Practitioner learning event")
                    .paragraph("Twelve practitioners met for a day to talk about the case with the reviewer.")
                    .save(dir.resolve("event.pdf"));
            assertThat(extractor.extract(pdf).sections()).extracting(Section::type)
                    .containsExactly(SectionType.LEARNING, SectionType.METHODOLOGY);
        }
    }

    @Nested
    class RunInThemeLabels {

        @Test
        void themeLabelsUnderALearningHeadingAreLearningItems() throws Exception {
            Path pdf = new PdfFixtureBuilder().newPage()
                    .heading1("The review process")
                    .paragraph("Two reviewers held conversations with the practitioners involved, read the records "
                            + "of every agency that knew the family, met the girl and her father at home, and "
                            + "tested what they found at two reflective sessions with the managers.")
                    .heading1("Key learning themes")
                    .labelled("Theme 1 \u2013 ", "Missed school days were not seen as a sign of neglect.")
                    .labelled("Theme 2 \u2013 ", "The voice of the younger sister was not heard by any agency.")
                    .save(dir.resolve("themes.pdf"));
            assertThat(extractor.extractWithItems(pdf).items()).extracting(ReportItem::type, ReportItem::text)
                    .containsExactly(
                            tuple(SectionType.LEARNING, "Missed school days were not seen as a sign of neglect."),
                            tuple(SectionType.LEARNING, "The voice of the younger sister was not heard by any agency."));
        }

        @Test
        void aThemeLabelOutsideASectionOfItemsIsNoItem() throws Exception {
            Path pdf = new PdfFixtureBuilder().newPage()
                    .heading1("Background")
                    .labelled("Theme 1 \u2013 ", "The family moved three times in the year before the injury.")
                    .heading1("Conclusion")
                    .paragraph("The review thanks the family for their help.")
                    .save(dir.resolve("theme-background.pdf"));
            assertThat(extractor.extractWithItems(pdf).items()).isEmpty();
        }
    }

    @Nested
    class WrappedHeadings {

        @Test
        void aBookmarkedHeadingWrappedOverThreeLinesOpensItsSection() throws Exception {
            Path pdf = new PdfFixtureBuilder().withOutline().newPage()
                    .heading1("Effective practice")
                    .bullets("The health visitor called the family the day after each missed visit.")
                    .wrappedHeading(15, "Suggested strategies for", "improving practice and", "systems")
                    .numbered("The committee should give school staff a short guide to its procedures.",
                            "Agencies should record every missed visit as a concern.")
                    .save(dir.resolve("wrapped.pdf"));
            var report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                    tuple("Effective practice", SectionType.GOOD_PRACTICE),
                    tuple("Suggested strategies for improving practice and systems", SectionType.RECOMMENDATIONS));
            assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.GOOD_PRACTICE,
                    SectionType.RECOMMENDATIONS, SectionType.RECOMMENDATIONS);
        }
    }

    @Nested
    class PageFurniture {

        @Test
        void aChapterNumberLineAboveItsTitleIsPartOfTheHeading() throws Exception {
            Path pdf = new PdfFixtureBuilder().newPage()
                    .heading("Chapter 1", 20, true, false)
                    .heading("Introduction", 24, true, false)
                    .paragraph("The board commissioned this review after the death of a baby.")
                    .newPage()
                    .heading("Chapter 2", 20, true, false)
                    .heading("Recommendations", 24, true, false)
                    .numbered("The board should give every new parent advice on coping with crying.")
                    .save(dir.resolve("chapters.pdf"));
            var report = extractor.extractWithItems(pdf);
            assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                    .containsExactly(tuple("Chapter 1 Introduction", SectionType.INTRODUCTION, 1),
                            tuple("Chapter 2 Recommendations", SectionType.RECOMMENDATIONS, 2));
            assertThat(report.items()).hasSize(1);
        }

        @Test
        void notesInSmallerTypeAfterTheLastListAreNoItems() throws Exception {
            Path pdf = new PdfFixtureBuilder().newPage()
                    .heading1("1. Background")
                    .paragraph("The mother asked for a disclosure under the scheme in the spring.")
                    .heading1("2. Recommendations")
                    .numbered("The police should speak to every person who asks for a disclosure.",
                            "Early help workers should record every adult who cares for the children.",
                            "Housing should tell children's services when a family moves in a hurry.")
                    .notes(8, "The partner was later convicted of an assault on the mother.",
                            "The request was closed when the mother did not answer two calls.")
                    .save(dir.resolve("notes.pdf"));
            assertThat(extractor.extractWithItems(pdf).items()).extracting(ReportItem::text).containsExactly(
                    "The police should speak to every person who asks for a disclosure.",
                    "Early help workers should record every adult who cares for the children.",
                    "Housing should tell children's services when a family moves in a hurry.");
        }

        @Test
        void anEntryEndingWithABackReferenceArrowIsANote() {
            Block note = block("1. The boyfriend was later convicted of assault.\u21a9\ufe0e");
            Block entry = block("1. The police should speak to the person who asked.");
            assertThat(EndNotes.isNote(note)).isTrue();
            assertThat(EndNotes.isNote(entry)).isFalse();
        }

        @Test
        void aListStartingAgainInTheSameTypeIsNoNoteBlock() {
            List<Block> blocks = List.of(block("1. First entry of the list."), block("2. Second entry of the list."),
                    block("1. A new list in the same type."));
            assertThat(EndNotes.start(blocks)).isEqualTo(3);
        }

        private static Block block(String text) {
            return new Block(List.of(new TextLine(1, text,
                    List.of(new TextFragment(text, 72, 400, 100, 11, false)))), false, false);
        }
    }
}
