package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed title over a document information title that is a working title cut short (its words stop partway
 * through the printed title's phrase), and no publication date after a bar in the title line.
 */
class WorkingTitleAndDateTailTest {

    @TempDir
    Path dir;

    private String title(PdfFixtureBuilder pdf) throws Exception {
        pdf.heading1("Introduction")
                .paragraph("The partnership looked at the records of six young people known to several agencies.")
                .heading1("Recommendations")
                .numbered("The partnership should bring the records of each agency together before a strategy meeting.");
        return ReportExtractor.withDefaultSynonyms().extract(pdf.save(dir.resolve("report.pdf"))).metadata().title();
    }

    @Test
    void aWorkingTitleStoppingPartwayThroughTheCoverTitleGivesWayToThePrintedTitleAfterItsKindLine() throws Exception {
        String title = title(new PdfFixtureBuilder().info("Thematic review - exploitation", null, 2025).newPage()
                .heading("THEMATIC REVIEW", 14, false, false)
                .heading("Exploitation of Children Placed", 26, true, false)
                .heading("out of Area", 26, true, false)
                .paragraph("Tallowby Safeguarding Children Partnership, June 2025"));

        assertThat(title).isEqualTo("Thematic Review: Exploitation of Children Placed out of Area");
    }

    @Test
    void aWorkingTitleThatIsTheCoverTitlesMainPartBeforeAColonIsKept() throws Exception {
        String title = title(new PdfFixtureBuilder().info("Learning from the review of Child T", null, 2025).newPage()
                .heading("Learning from the review of Child T: a local child safeguarding practice review", 20, true, false));

        assertThat(title).isEqualTo("Learning from the review of Child T");
    }

    @Test
    void aPublicationDateAfterABarInTheTitleLineIsNoPartOfTheTitle() throws Exception {
        String title = title(new PdfFixtureBuilder().info("7MB Child R", null, 2025).newPage()
                .heading("7-minute briefing", 12, true, false)
                .heading("Child Safeguarding Practice Review: Child R | Published March 2025", 16, true, false));

        assertThat(title).isEqualTo("Child Safeguarding Practice Review: Child R");
    }
}
