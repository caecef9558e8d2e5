package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A heading is typed by what it opens with, not by a phrase it mentions further on: "Statement by Chair of
 * the Review Panel" mentions the review (an introduction synonym when it is the heading) and is the chair's
 * statement; "Summary of circumstances" is an account of the case, as "Summary of the case" is.
 */
class HeadingOpeningWordsTypingTest {

    @TempDir
    Path dir;

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5 Statement by Chair of the Review Panel | other",
            "Members of the review panel | other",
            "3 Summary of circumstances | background",
            "Summary of the circumstances | background",
            "Summary of the events | background",
            // unchanged: the review named by the whole heading or by its opening words
            "The review | introduction",
            "About this review | introduction",
            "Purpose of the review | introduction",
            "Why we did this review | introduction",
            "The review team | methodology",
            "Summary of the review | summary",
            "Summary | summary",
            "Summary of the case | background",
            "Summary of key events | background",
            "Summary of learning | learning",
            "Brief outline of circumstances resulting in the Review | background"})
    void typedByItsOpeningWords(String heading, String type) {
        assertThat(typer.type(heading).code()).isEqualTo(type);
    }

    @Test
    void statementsAfterTheRecommendationsAreOtherAndTheCircumstancesBackground() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("1 Introduction")
                .paragraph("The partnership commissioned this review after Child B was admitted to hospital with a head injury.")
                .heading1("2 Summary of circumstances")
                .paragraph("Child B lived with her mother and her mother's partner in a flat above a shop.")
                .heading1("3 Recommendations")
                .numbered("Health visitors should see every adult who lives in the home.")
                .heading1("4 Statement by Reviewer")
                .paragraph("I was independent of the agencies involved and had no part in the case.")
                .heading1("5 Statement by Chair of the Review Panel")
                .paragraph("As chair I was satisfied that the review was thorough and fair.")
                .save(dir.resolve("statements.pdf"));

        assertThat(ReportExtractor.withDefaultSynonyms().extract(pdf).sections())
                .extracting(Section::heading, Section::type).containsExactly(
                        tuple("1 Introduction", SectionType.INTRODUCTION),
                        tuple("2 Summary of circumstances", SectionType.BACKGROUND),
                        tuple("3 Recommendations", SectionType.RECOMMENDATIONS),
                        tuple("4 Statement by Reviewer", SectionType.OTHER),
                        tuple("5 Statement by Chair of the Review Panel", SectionType.OTHER));
    }
}
