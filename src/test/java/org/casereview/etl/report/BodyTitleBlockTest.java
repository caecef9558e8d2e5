package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first body page opens with a title block: the title (or a cover's title block repeated at the top of
 * the first page after the cover, as groff mom's docheader prints it), the title in another language in the
 * title's own style, and the partnership's name. Set large or bold above the first section they look like
 * headings; they are no sections. PDFs written with PDFBox ({@link PdfFixtureBuilder}).
 */
class BodyTitleBlockTest {

    @TempDir
    Path dir;

    private ReportDocument extract(PdfFixtureBuilder pdf, String name) throws Exception {
        return ReportExtractor.withDefaultSynonyms().extract(pdf.save(dir.resolve(name)));
    }

    private static PdfFixtureBuilder body(PdfFixtureBuilder pdf) throws Exception {
        return pdf.heading1("1. Introduction")
                .paragraph("The partnership commissioned this review after Child D was found with serious injuries at home.")
                .paragraph("The review looked at the help given to the family in the eighteen months before.")
                .heading1("2. Background")
                .paragraph("Child D lived with his mother and two older sisters in a rented house near the town centre.")
                .heading1("3. Learning")
                .numbered("Practitioners need to see every adult who lives in or often visits the home.",
                        "A baby's bruise needs a paediatric opinion whatever explanation is given.");
    }

    @Test
    void aCoversTitleRepeatedAtTheTopOfTheFirstBodyPageIsNoSection() throws Exception {
        PdfFixtureBuilder pdf = new PdfFixtureBuilder().info("LCSPR D v3 final", null, 2026)
                .cover("Local Child Safeguarding Practice Review: Child D", 20, "Final report", 14,
                        "Bramley Safeguarding Children Partnership", 12, "Published: May 2026", 11)
                .newPage()
                .heading("Local Child Safeguarding Practice Review: Child D", 18, true, false)
                .paragraph("Final report")
                .paragraph("by Jane Holt");
        ReportDocument report = extract(body(pdf), "docheader.pdf");

        assertThat(report.metadata().title()).isEqualTo("Local Child Safeguarding Practice Review: Child D");
        assertThat(report.sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION),
                tuple("2. Background", SectionType.BACKGROUND),
                tuple("3. Learning", SectionType.LEARNING));
    }

    @Test
    void thePartnershipsNameAboveTheTitleIsNoSection() throws Exception {
        PdfFixtureBuilder pdf = new PdfFixtureBuilder().info("LCSPR D v3 final", null, 2026)
                .newPage()
                .heading("BRAMLEY SAFEGUARDING CHILDREN PARTNERSHIP", 17, false, false)
                .heading("Child Safeguarding Practice Review: Child D", 20, true, false)
                .paragraph("Published: May 2026");
        ReportDocument report = extract(body(pdf), "partnership.pdf");

        assertThat(report.metadata().partnership()).isEqualToIgnoringCase("Bramley Safeguarding Children Partnership");
        assertThat(report.sections()).extracting(Section::heading).containsExactly(
                "1. Introduction", "2. Background", "3. Learning");
    }

    @Test
    void theTitleInAnotherLanguageInTheTitlesStyleIsNoSection() throws Exception {
        PdfFixtureBuilder pdf = new PdfFixtureBuilder().info("LCSPR D v3 final", null, 2026)
                .newPage()
                .heading("Adolygiad Ymarfer Plant: Plentyn D", 18, true, false)
                .heading("Child Practice Review: Child D", 18, true, false)
                .paragraph("Dyddiad cyhoeddi / Date of publication: 18 May 2026");
        ReportDocument report = extract(body(pdf), "bilingual-title.pdf");

        assertThat(report.metadata().title()).isEqualTo("Child Practice Review: Child D");
        assertThat(report.sections()).extracting(Section::heading).containsExactly(
                "1. Introduction", "2. Background", "3. Learning");
    }

    @Nested
    class StillSections {

        @Test
        void anUntypedHeadingInAnotherStyleThanTheTitleStaysASection() throws Exception {
            PdfFixtureBuilder pdf = new PdfFixtureBuilder().info("LCSPR D v3 final", null, 2026)
                    .newPage()
                    .heading("Child Practice Review: Child D", 20, true, false)
                    .paragraph("Published: May 2026")
                    .heading("A note on the words used", 16, true, false)
                    .paragraph("The review calls the adults by their relationship to Child D, not by their names.");
            ReportDocument report = extract(body(pdf), "note.pdf");

            assertThat(report.sections()).extracting(Section::heading).containsExactly(
                    "A note on the words used", "1. Introduction", "2. Background", "3. Learning");
        }
    }
}
