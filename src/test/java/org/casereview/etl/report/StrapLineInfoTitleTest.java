package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document information title naming a kind of document ('Learning on a page', as a plotting library's metadata or
 * a template leaves it) that the cover prints only inside a strap line, under a printed title naming the review
 * (an invented partnership and child): the printed title is the report's. The same information title printed as a
 * line of its own is kept.
 */
class StrapLineInfoTitleTest {

    @TempDir
    Path dir;

    private String title(PdfFixtureBuilder pdf) throws Exception {
        pdf.heading1("What we learned")
                .paragraph("The review found that the bruise on the baby was not referred to children's social care.")
                .heading1("What needs to change")
                .numbered("The partnership should re-launch its protocol for bruising in babies who are not mobile.");
        return ReportExtractor.withDefaultSynonyms().extract(pdf.save(dir.resolve("report.pdf"))).metadata().title();
    }

    @Test
    void aKindOfDocumentPrintedOnlyInAStrapLineGivesWayToThePrintedTitle() throws Exception {
        String title = title(new PdfFixtureBuilder().info("Learning on a page", null, 2026).newPage()
                .heading("Child Safeguarding Practice Review: Baby Q", 20, true, false)
                .paragraph("Learning on a page | Invented Safeguarding Children Partnership | January 2026"));

        assertThat(title).isEqualTo("Child Safeguarding Practice Review: Baby Q");
    }

    @Test
    void theSameInformationTitlePrintedAsALineOfItsOwnIsKept() throws Exception {
        String title = title(new PdfFixtureBuilder().info("Learning from Baby Q", null, 2026).newPage()
                .heading("Learning from Baby Q", 24, true, false)
                .paragraph("A child safeguarding practice review by the Invented Safeguarding Children Partnership"));

        assertThat(title).isEqualTo("Learning from Baby Q");
    }
}
