package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose running text is mostly red (11 pt), its first section black: the black bold 13 pt heading over that
 * section and the red bold 13 pt headings after it are one level, since a colour most of the body has says nothing
 * about headings.
 */
class ColouredBodyHeadingsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float[] BLACK = {0, 0, 0};
    private static final float[] RED = {0.8f, 0, 0};

    @Test
    void aBlackHeadingInARedBodyIsOfTheRedHeadingsLevel(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("red-body.pdf");
        write(pdf, RED);

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "A. Introduction", "B. Background", "C. Findings", "D. Recommendations");
        // the red running lines are text, not headings of their own
        assertThat(report.document().sections().get(1).text()).isEqualTo(
                "Child T lived with her mother and two older brothers in a rented flat in the town. The family had"
                        + " moved three times in two years and was known to several agencies. Her school noticed that"
                        + " she often arrived hungry and had missed many mornings.");
    }

    @Test
    void inABlackBodyTheRedHeadingsStillRankAboveABlackOneOfTheirSize(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("black-body.pdf");
        write(pdf, BLACK);

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        // the colour sets the red headings apart from a black body: the black bold line of their size ranks under them
        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("B. Background", "C. Findings", "D. Recommendations");
    }

    /** The first section black; the rest, headings and text, in {@code rest}'s colour, the other headings red. */
    private static void write(Path pdf, float[] rest) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 790;
                line(out, BOLD, 16, BLACK, y, "Child Safeguarding Practice Review: Child T");
                y = section(out, y - 40, BLACK, BLACK, "A. Introduction",
                        "This review looks at the help given to Child T and her family during the year before",
                        "she was taken into care. Every name and event in it is invented for the test.");
                y = section(out, y, RED, rest, "B. Background",
                        "Child T lived with her mother and two older brothers in a rented flat in the town.",
                        "The family had moved three times in two years and was known to several agencies.",
                        "Her school noticed that she often arrived hungry and had missed many mornings.");
                y = section(out, y, RED, rest, "C. Findings",
                        "Agencies held pieces of the picture but nobody brought them together in one place.",
                        "Referrals were closed after a single visit when the mother said things were better.",
                        "The voice of the child was seldom recorded and her brothers were never asked.");
                section(out, y, RED, rest, "D. Recommendations",
                        "The partnership should make sure that a referral closed after one visit is reviewed.",
                        "Schools should share attendance worries with the early help team within a week.",
                        "Practitioners should record what the child says in her own words at every visit.");
            }
            document.save(pdf.toFile());
        }
    }

    private static float section(PDPageContentStream out, float top, float[] heading, float[] text, String title,
                                 String... lines) throws IOException {
        line(out, BOLD, 13, heading, top, title);
        float y = top - 22;
        for (String l : lines) {
            line(out, REGULAR, 11, text, y, l);
            y -= 15;
        }
        return y - 25;
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float[] colour, float y, String text)
            throws IOException {
        out.beginText();
        out.setNonStrokingColor(colour[0], colour[1], colour[2]);
        out.setFont(font, size);
        out.newLineAtOffset(68, y);
        out.showText(text);
        out.endText();
    }
}
