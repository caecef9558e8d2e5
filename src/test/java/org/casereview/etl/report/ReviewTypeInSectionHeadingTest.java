package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short first page holds the title rows and then the body (a rapid review kept as one sheet): the section
 * headings there name the review type as what they are about ("Reasons for the learning review", "Purpose of the
 * learning review"). They are sections, not the title block, though they hold the review-type words; the title
 * itself, which opens with them, is still no section. PDFs written with PDFBox ({@link PdfFixtureBuilder}).
 */
class ReviewTypeInSectionHeadingTest {

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "Reasons for the learning review, introduction",
            "Reason for this practice review, introduction",
            "Rationale for the serious case review, introduction",
            "Reasons for the multi-agency review, introduction",
            "Why a learning review, introduction",
            "Why a child safeguarding practice review, introduction",
            "Why this learning review, introduction",
            "Learning from the review, learning",
            "Rapid review, other",
            "Reasons for concern, other"})
    void reasonsForAReviewOfAKindAreTheIntroduction(String heading, String type) {
        assertThat(typer.type(heading).code()).isEqualTo(type);
    }

    @Test
    void aHeadingGivingTheReasonsForTheReviewOnPageOneIsTheIntroduction() throws Exception {
        ReportDocument report = extract(firstPage("Reasons for the learning review"), "reasons.pdf");

        assertThat(report.sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Reasons for the learning review", SectionType.INTRODUCTION),
                tuple("Agencies involved", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING));
        assertThat(report.sections().get(0).text()).startsWith("Baby N, aged ten weeks, was admitted");
    }

    @Test
    void aTypedHeadingThatNamesTheReviewTypeAfterItsOwnWordsIsNoTitle() throws Exception {
        ReportDocument report = extract(firstPage("Purpose of the learning review"), "purpose.pdf");

        assertThat(report.sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Purpose of the learning review", SectionType.INTRODUCTION),
                tuple("Agencies involved", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING));
    }

    private ReportDocument extract(PdfFixtureBuilder pdf, String name) throws Exception {
        return ReportExtractor.withDefaultSynonyms().extract(pdf.save(dir.resolve(name)));
    }

    private static PdfFixtureBuilder firstPage(String firstHeading) throws Exception {
        return new PdfFixtureBuilder().info("LR N", null, 2025)
                .newPage()
                .paragraph("Harrowby Safeguarding Children Partnership")
                .heading("Learning Review: Baby N", 20, true, false)
                .paragraph("Review meeting: 4 April 2025. Report to the safeguarding partners.")
                .heading(firstHeading, 12, true, false)
                .paragraph("Baby N, aged ten weeks, was admitted to hospital with a broken arm and bruising to"
                        + " the face. The hospital told children's social care on the day of admission.")
                .heading("Agencies involved", 12, true, false)
                .paragraph("Children's social care; the police; the health visiting service; the GP practice.")
                .newPage()
                .heading("Learning", 12, true, false)
                .numbered("A bruise on a baby who is not yet mobile needs a paediatric opinion.",
                        "Fathers and partners need to be seen and their history checked.");
    }
}
