package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report merged from the PDFs of several producers ({@code qpdf --empty --pages cover.pdf body.pdf app.pdf --}): an
 * A4 cover, a body on US Letter with 11 pt running text under 15 pt bold coloured headings, and appendices on A4 with 9
 * pt running text under 12 pt headings in a regular black face (a TeX bold its name does not call bold). The merge
 * keeps no outline and no tags. Each part's headings stand out from that part's own running text; the appendices'
 * 12 pt is no larger than the body's 11 pt by the whole document's measure. Invented text, drawn with PDFBox.
 */
class MergedPartsHeadingsTest {

    private static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 72;
    private static final float[] BLUE = {0.1f, 0.25f, 0.6f};

    @TempDir
    Path dir;

    @Test
    void theAppendicesOfAMergedPartInASmallerStyleAreSectionsOfTheirOwn() throws Exception {
        Path pdf = dir.resolve("merged.pdf");
        try (PDDocument doc = new PDDocument()) {
            cover(doc);
            bodyPage(doc, PDRectangle.LETTER, "Introduction", "Findings");
            bodyPage(doc, PDRectangle.LETTER, "Recommendations", "Conclusion");
            appendixPage(doc);
            doc.save(pdf.toFile());
        }

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::heading, Section::type, Section::pageStart).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION, 2),
                tuple("Findings", SectionType.FINDINGS, 2),
                tuple("Recommendations", SectionType.RECOMMENDATIONS, 3),
                tuple("Conclusion", SectionType.CONCLUSION, 3),
                tuple("Appendix A: Terms of reference", SectionType.APPENDIX, 4),
                tuple("Appendix B: Glossary", SectionType.APPENDIX, 4));
        Section conclusion = report.sections().get(3);
        assertThat(conclusion.pageEnd()).isEqualTo(3);
        assertThat(conclusion.text()).doesNotContain("Appendix").doesNotContain("period under review");
        assertThat(report.sections().get(5).text()).startsWith("CAMHS: child and adolescent mental health service.");
    }

    /**
     * One producer on one sheet size: a landscape action plan page in small print among portrait A4 pages is no part of
     * its own, so a line there a little larger than the small print is no heading.
     */
    @Test
    void aLandscapePageOfSmallPrintInASingleProducersReportIsNoPartOfItsOwn() throws Exception {
        Path pdf = dir.resolve("landscape.pdf");
        try (PDDocument doc = new PDDocument()) {
            bodyPage(doc, PDRectangle.A4, "Introduction", "Findings");
            bodyPage(doc, PDRectangle.A4, "Learning", "Recommendations");
            smallPrintPage(doc, LANDSCAPE_A4, HELVETICA, 12, "Progress against the plan in June");
            bodyPage(doc, PDRectangle.A4, "Conclusion", "Next steps for the partnership");
            doc.save(pdf.toFile());
        }

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::heading).containsExactly("Introduction", "Findings",
                "Learning", "Recommendations", "Conclusion", "Next steps for the partnership");
        assertThat(report.sections().get(3).text()).contains("Progress against the plan in June");
    }

    private static void cover(PDDocument doc) throws IOException {
        try (PDPageContentStream out = page(doc, PDRectangle.A4)) {
            PlacedText.show(out, HELVETICA, 13, MARGIN, 770, "Brackenmoor Safeguarding Children Partnership");
            PlacedText.show(out, HELVETICA_BOLD, 26, MARGIN, 700, "Child Safeguarding Practice Review:");
            PlacedText.show(out, HELVETICA_BOLD, 26, MARGIN, 664, "Child W");
            PlacedText.show(out, HELVETICA, 13, MARGIN, 620, "Published May 2025");
            PlacedText.show(out, HELVETICA, 9, MARGIN, 590, "Every person and place in this review is invented.");
        }
    }

    /** Two sections, each a 15 pt bold blue heading over three paragraphs of 11 pt Times. */
    private static void bodyPage(PDDocument doc, PDRectangle size, String first, String second) throws IOException {
        try (PDPageContentStream out = page(doc, size)) {
            float y = size.getHeight() - 80;
            for (String heading : List.of(first, second)) {
                out.setNonStrokingColor(BLUE[0], BLUE[1], BLUE[2]);
                PlacedText.show(out, HELVETICA_BOLD, 15, MARGIN, y, heading);
                out.setNonStrokingColor(0f, 0f, 0f);
                y -= 26;
                for (int paragraph = 0; paragraph < 3; paragraph++) {
                    y = PlacedText.lines(out, TIMES, 11, MARGIN, y, 14,
                            "The agencies who knew the family each held part of the picture of what life was like",
                            "for Child W at home, and none of them put those parts together while it mattered most.",
                            "Practitioners told the review that the pressure of work left little time for talking.") - 8;
                }
                y -= 16;
            }
        }
    }

    /** Two appendices headed in 12 pt regular black over 9 pt Times, as a TeX class sets them. */
    private static void appendixPage(PDDocument doc) throws IOException {
        try (PDPageContentStream out = page(doc, PDRectangle.A4)) {
            float y = 760;
            PlacedText.show(out, HELVETICA, 12, MARGIN, y, "Appendix A: Terms of reference");
            y = PlacedText.lines(out, TIMES, 9, MARGIN, y - 20, 11,
                    "The review considered the period under review from January 2023 to March 2024 and these questions.",
                    "1. How well did agencies understand the risks to Child W from the adults around her?",
                    "2. How were the views of Child W sought and heard while she was looked after by her aunt?",
                    "3. How well did the agencies share what they knew about the household with each other?") - 16;
            PlacedText.show(out, HELVETICA, 12, MARGIN, y, "Appendix B: Glossary");
            PlacedText.lines(out, TIMES, 9, MARGIN, y - 20, 11,
                    "CAMHS: child and adolescent mental health service. DSL: designated safeguarding lead. Strategy",
                    "discussion: a meeting of police, children's social care and health to decide whether to start",
                    "child protection enquiries. MASH: the multi-agency safeguarding hub that screens new referrals.");
        }
    }

    /** A page of 8 pt rows (an action plan in small print) with one line in a larger regular type. */
    private static void smallPrintPage(PDDocument doc, PDRectangle size, PDType1Font font, float lineSize, String line)
            throws IOException {
        try (PDPageContentStream out = page(doc, size)) {
            float y = size.getHeight() - 70;
            PlacedText.show(out, font, lineSize, MARGIN, y, line);
            y -= 20;
            for (int row = 1; row <= 12; row++) {
                PlacedText.show(out, TIMES, 8, MARGIN, y, row + ". The partnership board will receive a report on the"
                        + " action taken by each agency, with the evidence of its impact on practice, by the date agreed.");
                y -= 11;
            }
        }
    }

    private static PDPageContentStream page(PDDocument doc, PDRectangle size) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }
}
