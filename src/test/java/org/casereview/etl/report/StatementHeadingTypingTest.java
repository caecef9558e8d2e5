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
 * A heading that states what someone learned or found ("What the partnership has learned") is learning or findings
 * whoever the subject is: the subject is any short phrase, so a review that names itself or its partners in a way no
 * list holds is typed as one that says "we".
 */
class StatementHeadingTypingTest {

    @TempDir
    Path dir;

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What the partnership has learned | learning",
            "What the review has learned | learning",
            "3. What the safeguarding board has learnt | learning",
            "What practitioners learned | learning",
            "What the multi-agency panel had learned | learning",
            "What the inspectors found | findings",
            "4 What the agencies have found | findings",
            // unchanged: headings in which a synonym of the table stands ("the review team", "the family")
            "What we have learned | learning",
            "What the review found | findings",
            "What went well | good_practice",
            "What happened to the family | background",
            "What the review team has found | methodology",
            "What the family told us about the help they wanted | background"})
    void aStatementOfWhatSomeoneLearnedOrFoundIsTypedWhateverItsSubject(String heading, String type) {
        assertThat(typer.type(heading).code()).isEqualTo(type);
    }

    @Test
    void theBulletsUnderWhatThePartnershipHasLearnedAreLearningItems() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("Introduction")
                .paragraph("This thematic review looked at neglect of children in six invented families in one town.")
                .heading1("What the partnership has learned")
                .bullets("Neglect was seen as a housing problem and the children's needs were not assessed.",
                        "Schools noticed the children's hunger but did not know who to tell.")
                .heading1("Recommendations")
                .numbered("The partnership should publish a neglect toolkit for schools.")
                .save(dir.resolve("learned.pdf"));

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("What the partnership has learned", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING,
                        "Neglect was seen as a housing problem and the children's needs were not assessed."),
                tuple(SectionType.LEARNING, "Schools noticed the children's hunger but did not know who to tell."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should publish a neglect toolkit for schools."));
    }
}
