package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document information title written as "title - subtitle" (beamer's title frame) whose subtitle names a briefing
 * form printed as its own smaller line under the title: the subtitle is no part of the title. Document kinds that
 * stay in the title ("Easy read", "Executive summary") and a subtitle printed in the title line are kept. A briefing
 * line that is a document kind as well ('Briefing', 'Practice briefing') is not added to the title as one.
 */
class BriefingSubtitleInInfoTitleTest {

    @TempDir
    Path dir;

    private String title(String infoTitle, String titleLine, String subtitleLine) throws Exception {
        PdfFixtureBuilder pdf = new PdfFixtureBuilder().info(infoTitle, null, 2026).newPage()
                .heading(titleLine, 18, false, false);
        if (subtitleLine != null) {
            pdf.heading(subtitleLine, 12, false, false);
        }
        pdf.paragraph("Ambleford Safeguarding Children Partnership, March 2026").newPage()
                .heading1("Introduction")
                .paragraph("The review looked at the help a baby and her mother had from health and housing services.")
                .heading1("Recommendations")
                .numbered("The partnership should check that housing officers know how to raise a concern about a baby.");
        return ReportExtractor.withDefaultSynonyms().extract(pdf.save(dir.resolve("report.pdf"))).metadata().title();
    }

    @Test
    void aBriefingSubtitlePrintedUnderTheTitleIsLeftOutOfTheInfoTitle() throws Exception {
        String title = title("Local Child Safeguarding Practice Review: Child M - Practitioner briefing",
                "Local Child Safeguarding Practice Review: Child M", "Practitioner briefing");

        assertThat(title).isEqualTo("Local Child Safeguarding Practice Review: Child M");
    }

    @Test
    void anEasyReadSubtitlePrintedUnderTheTitleStays() throws Exception {
        String title = title("Local Child Safeguarding Practice Review: Child M - Easy read",
                "Local Child Safeguarding Practice Review: Child M", "Easy read");

        assertThat(title).isEqualTo("Local Child Safeguarding Practice Review: Child M - Easy read");
    }

    /** 'Practice briefing' names a document kind too (not a title line, not a child): it is no part of the title. */
    @Test
    void aPracticeBriefingSubtitleIsNotAddedBackAsADocumentKind() throws Exception {
        String title = title("Local Child Safeguarding Practice Review: Child M - Practice briefing",
                "Local Child Safeguarding Practice Review: Child M", "Practice briefing");

        assertThat(title).isEqualTo("Local Child Safeguarding Practice Review: Child M");
    }

    @Test
    void aCoverWithoutInfoTitleKeepsAnExecutiveSummaryLineButNoBriefingLine() throws Exception {
        assertThat(title(null, "Local Child Safeguarding Practice Review: Child M", "Briefing"))
                .isEqualTo("Local Child Safeguarding Practice Review: Child M");
        assertThat(title(null, "Local Child Safeguarding Practice Review: Child M", "Executive summary"))
                .isEqualTo("Local Child Safeguarding Practice Review: Child M - Executive summary");
    }

    @Test
    void aBriefingSubtitlePrintedInTheTitleLineStays() throws Exception {
        String title = title("Learning Review: Child M - Practitioner briefing",
                "Learning Review: Child M - Practitioner briefing", null);

        assertThat(title).isEqualTo("Learning Review: Child M - Practitioner briefing");
    }
}
