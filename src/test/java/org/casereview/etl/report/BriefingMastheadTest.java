package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a one-page newsletter-style briefing. Its masthead band dates the issue by season, its printed
 * title names the review while the PDF's document title is a working name printed nowhere.
 */
class BriefingMastheadTest {

    private static final String MASTHEAD =
            "Hollowbrook Safeguarding Children Partnership \u00b7 Learning Briefing \u00b7 Issue 3 \u00b7 Spring 2024";

    @TempDir
    Path dir;

    private Path briefing(String infoTitle, String printedTitle) throws Exception {
        return new PdfFixtureBuilder()
                .info(infoTitle, null, 2026)
                .newPage()
                .heading(MASTHEAD, 10, false, false)
                .heading(printedTitle, 18, true, false)
                .heading1("About this briefing")
                .paragraph("This briefing summarises a review about Child K, a boy of nine who was often hungry.")
                .heading1("What we learned")
                .bullets("Hunger at school can be the first sign that care at home has broken down.",
                        "A parent's own illness can leave a child without care even when nobody means harm.")
                .heading1("What needs to happen now")
                .numbered("Schools should tell the family support service when a child is often hungry.")
                .save(dir.resolve("briefing.pdf"));
    }

    @Test
    void aWorkingNamePrintedNowhereGivesWayToThePrintedTitleAndTheSeasonDatesTheIssue() throws Exception {
        Path pdf = briefing("Hollowbrook learning briefing issue 3", "Child Safeguarding Practice Review: Child K");

        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(document.metadata().title()).isEqualTo("Child Safeguarding Practice Review: Child K");
        assertThat(document.metadata().publicationYear()).isEqualTo(2024);
        assertThat(document.sections()).extracting(Section::heading)
                .containsExactly("About this briefing", "What we learned", "What needs to happen now");
    }

    @Test
    void aDocumentTitleThePagePrintsIsKept() throws Exception {
        Path pdf = briefing("Learning from the review of Child K",
                "Learning from the review of Child K: a child safeguarding practice review");

        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(document.metadata().title()).isEqualTo("Learning from the review of Child K");
    }
}
