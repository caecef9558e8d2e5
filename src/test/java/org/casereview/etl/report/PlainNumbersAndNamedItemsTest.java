package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.report.FixtureCanvas.Run;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (batch13's kinds 4-7 and the markerless points of batch12's kind 1), on PDFs written
 * with PDFBox: number words in item labels, run-in section labels after a plain-type paragraph number,
 * items titled by sub-headings under a sub-heading naming learning, short points each its own paragraph,
 * and 'Legal context' as a section of its own kind.
 */
class PlainNumbersAndNamedItemsTest {

    @TempDir
    Path dir;

    private ReportDocument extract(PdfFixtureBuilder pdf, String name) throws Exception {
        return ReportExtractor.withDefaultSynonyms().extract(pdf.save(dir.resolve(name)));
    }

    private static List<String> items(Section section) {
        return section.items().stream().map(Item::text).toList();
    }

    @Nested
    class NumberWordLabels {

        @Test
        void labelsNumberedInWordsLeaveTheItemText() throws Exception {
            ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                    .heading1("Introduction")
                    .paragraph("This review concerns a boy who is called Jacob in this report.")
                    .heading1("Learning")
                    .styledLines(List.of(List.of(new Run("Lesson One", true))))
                    .paragraph("Placement moves can break every relationship a child trusts.")
                    .labelled("Lesson Two: ", "Missing episodes need their pattern analysed, not only counted.")
                    .heading1("Recommendations")
                    .bullets("Recommendation One: The partnership should track missing episodes of children placed away.",
                            "Recommendation Two: Return home interviews should be done face to face."), "words.pdf");

            assertThat(items(report.sections().get(1))).containsExactly(
                    "Placement moves can break every relationship a child trusts.",
                    "Missing episodes need their pattern analysed, not only counted.");
            assertThat(items(report.sections().get(2))).containsExactly(
                    "The partnership should track missing episodes of children placed away.",
                    "Return home interviews should be done face to face.");
        }

        @Test
        void aLabelWordFollowedByOneInASentenceIsNoLabel() throws Exception {
            ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                    .heading1("Learning")
                    .bullets("Learning one another's roles takes time and shared training.",
                            "Supervision should test what practitioners assume."), "sentence.pdf");

            assertThat(items(report.sections().get(0))).containsExactly(
                    "Learning one another's roles takes time and shared training.",
                    "Supervision should test what practitioners assume.");
        }
    }

    @Test
    void runInLabelsAfterPlainParagraphNumbersOpenSectionsAndTheirOwnParagraphIsNoItem() throws Exception {
        ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                .heading("Local Child Safeguarding Practice Review: Child A", 18, true, false)
                .styledLines(List.of(List.of(new Run("1. ", false), new Run("Introduction.", true),
                        new Run(" This summary sets out the findings of a review about Child A.", false))))
                .styledLines(List.of(List.of(new Run("2. ", false), new Run("Background.", true),
                        new Run(" Child A's parents were both nineteen when she was born.", false))))
                .styledLines(List.of(List.of(new Run("3. ", false), new Run("Learning.", true),
                        new Run(" The review identified two points of learning.", false))))
                .paragraph("4. Advice about coping with a crying baby must be given to both parents.")
                .paragraph("5. A young father who was in care may need support of his own.")
                .styledLines(List.of(List.of(new Run("6.", false), new Run("Recommendations.", true),
                        new Run(" The partnership has accepted these recommendations.", false))))
                .paragraph("7.Midwives should see fathers at the new birth visit or arrange another.")
                .paragraph("8.The partnership should repeat its campaign with material for young fathers."), "runin.pdf");

        // the title above the first run-in label is the document's title, no section
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Background", "Learning", "Recommendations");
        Section learning = report.sections().stream().filter(s -> s.type() == SectionType.LEARNING).findFirst().orElseThrow();
        assertThat(items(learning)).containsExactly("Advice about coping with a crying baby must be given to both parents.",
                "A young father who was in care may need support of his own.");
        Section recommendations = report.sections().stream().filter(s -> s.type() == SectionType.RECOMMENDATIONS)
                .findFirst().orElseThrow();
        assertThat(items(recommendations)).containsExactly(
                "Midwives should see fathers at the new birth visit or arrange another.",
                "The partnership should repeat its campaign with material for young fathers.");
    }

    @Test
    void subHeadingsNumberedUnderALearningSubHeadingTitleOneItemEach() throws Exception {
        ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                .heading1("1 Introduction")
                .paragraph("The review looked at a disabled boy placed in a residential school far from home.")
                .heading1("2 Findings and learning")
                .heading2("2.1 Findings")
                .paragraph("Restraint records were received by the placing authority but not read by anyone.")
                .paragraph("Visits were arranged in advance and the boy was never seen alone by his social worker.")
                .heading2("2.2 Learning points")
                .heading("2.2.1 Reading records", 11, true, false)
                .paragraph("Restraint records are evidence about a child's safety and must be read by someone who knows him.")
                .heading("2.2.2 Seeing the child", 11, true, false)
                .paragraph("A disabled child who does not speak needs to be seen alone and with someone who knows him.")
                .heading1("3 Recommendations")
                .numbered("The local authority should name an officer to read restraint records."), "named.pdf");

        Section findings = report.sections().get(1);
        assertThat(items(findings)).containsExactly(
                "Restraint records are evidence about a child's safety and must be read by someone who knows him.",
                "A disabled child who does not speak needs to be seen alone and with someone who knows him.");
        assertThat(findings.items()).hasSize(2);
    }

    @Nested
    class ShortPointsEachAParagraph {

        @Test
        void inALearningSectionWithNoMarkersEachShortParagraphIsAnItem() throws Exception {
            ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                    .heading1("Background")
                    .paragraph("Noah was seven weeks old when he died while sleeping on a sofa with his father, who had "
                            + "been drinking. He had been born early and spent two weeks in the neonatal unit, and his "
                            + "parents were given safer sleep advice when he went home, to his mother alone.")
                    .paragraph("The family's cot was in a room that was too cold to use in the winter months.")
                    .heading1("What we learned")
                    .indentedParagraph(30, "Safer sleep advice must be given to both parents and repeated when things change.")
                    .indentedParagraph(30, "Cold or damp housing can push families into unsafe sleeping arrangements.")
                    .indentedParagraph(30, "A parent's drinking is relevant to safer sleep and should be shared."), "points.pdf");

            assertThat(items(report.sections().get(0))).isEmpty();
            assertThat(items(report.sections().get(1))).containsExactly(
                    "Safer sleep advice must be given to both parents and repeated when things change.",
                    "Cold or damp housing can push families into unsafe sleeping arrangements.",
                    "A parent's drinking is relevant to safer sleep and should be shared.");
        }

        @Test
        void oneParagraphOfProseLeavesTheWholeSectionProse() throws Exception {
            ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                    .heading1("What we learned")
                    .indentedParagraph(30, "Safer sleep advice must be given to both parents and repeated when things change.")
                    .indentedParagraph(30, "The review heard from the health visitor, the GP and the housing officer, each of whom had "
                            + "seen the family at a different time and none of whom knew what the others had seen; the "
                            + "picture that emerged was of a family whose circumstances changed faster than the advice "
                            + "given to them, and of services that each assumed another had repeated it.")
                    .indentedParagraph(30, "Cold or damp housing can push families into unsafe sleeping arrangements."), "prose.pdf");

            assertThat(items(report.sections().get(0))).isEmpty();
        }

        @Test
        void shortParagraphsAtTheTextMarginStayProse() throws Exception {
            ReportDocument report = extract(new PdfFixtureBuilder().newPage()
                    .heading1("Introduction")
                    .paragraph("The partnership commissioned this review after Noah died in 2025, aged seven weeks.")
                    .heading1("What we learned")
                    .paragraph("The review looked at the work of six agencies over two years.")
                    .paragraph("Young parents who have recently left care need support after the birth."), "margin.pdf");

            assertThat(items(report.sections().get(1))).isEmpty();
        }
    }

    @Test
    void legalContextIsNeitherBackgroundNorIntroduction() {
        SectionTyper typer = new SectionTyper(Vocabulary.defaults());

        assertThat(typer.type("Legal context")).isEqualTo(SectionType.OTHER);
        assertThat(typer.type("Family context")).isEqualTo(SectionType.BACKGROUND);
    }
}
