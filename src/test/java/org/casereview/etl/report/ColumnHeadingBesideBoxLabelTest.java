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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A findings chapter in two CSS columns under a full-width heading and intro: a theme's 12 pt bold heading opens the
 * left column on the very baseline of a shaded learning box's 10.5 pt bold 'Learning' label atop the right column.
 * The two bold texts of different sizes are no table header: the page is read column by column, so the box gives its
 * learning item whole and no line runs across the gutter.
 */
class ColumnHeadingBesideBoxLabelTest {

    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 50;
    private static final float RIGHT = 310;
    private static final float LEADING = 14;

    @Test
    void aHeadingBesideASmallerBoldLabelLeavesTheColumnsApart(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("columns.pdf");
        String[] left = {"Agencies responded to each event as it arose,", "and no one stood back to consider what the",
            "events meant together. The family moved three", "times in two years, and each move meant new",
            "practitioners starting again from the start.", "Information about the father's history was",
            "held by the police but was not asked for by", "the other agencies working with the family.",
            "Child T's speech was delayed and she was", "often described as quiet, which was taken to",
            "be her temperament rather than a worry."};
        String[] box = {"No single agency held enough information to", "see the risk to Child T; it only became",
            "visible when the records were put together."};
        String[] right = {"Thresholds were applied consistently, but", "each agency applied them only to the",
            "information it held itself. The records show", "a family who were welcoming to practitioners",
            "and who said the right things at every visit."};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, LEFT, 780, "5 Findings");
                show(out, BODY, 10.5f, LEFT, 750, "The review's findings are grouped under four themes. The learning from each theme is");
                show(out, BODY, 10.5f, LEFT, 736, "set out in a box at its end. Every name in this review is invented for testing.");
                out.setNonStrokingColor(0.89f, 0.94f, 0.95f);
                out.addRect(RIGHT - 8, 710 - 3 * LEADING - 6, 240, 4 * LEADING + 14);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
                show(out, BOLD, 12, LEFT, 710, "Theme 1: Seeing the whole picture");
                show(out, BOLD, 10.5f, RIGHT, 710, "Learning");
                float y = 710 - LEADING - 8;
                for (String line : left) {
                    show(out, BODY, 10.5f, LEFT, y, line);
                    y -= LEADING;
                }
                y = 710 - LEADING;
                for (String line : box) {
                    show(out, BODY, 10.5f, RIGHT, y, line);
                    y -= LEADING;
                }
                y -= 20;
                for (String line : right) {
                    show(out, BODY, 10.5f, RIGHT, y, line);
                    y -= LEADING;
                }
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "No single agency held enough information to see the risk to Child T; it only became visible when the "
                        + "records were put together.");
        assertThat(report.document().sections().get(0).text())
                .contains("Agencies responded to each event as it arose, and no one stood back to consider what the "
                        + "events meant together.")
                .doesNotContain("Theme 1: Seeing the whole picture Learning");
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
