package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * cairo draws a filled circle bullet after the text, in a page flipped so y runs down, and starts the circle's path
 * with a straight line from where the text ended: the line has no area, the bullet is the circle.
 */
class SpurredCircleBulletTest {

    private static final float K = 0.5523f;

    @Test
    void circleDrawnAfterTheTextWithASpurFromTheTextEndIsTheBulletOfItsLine() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.transform(new Matrix(1, 0, 0, -1, 0, 842));
                text(out, font, 62, 100, "The review identified the following learning.");
                text(out, font, 84, 124, "Children who move between relatives can fall between services.");
                text(out, font, 84, 148, "Schools should chase the records of a pupil who arrives mid-year.");
                circle(out, 320, 148, 70, 120.3f);
            }
            List<TextLine> lines = new PositionedTextStripper().read(document).get(0).lines();

            assertThat(lines).extracting(l -> l.fragments().get(0).text()).containsExactly(
                    "The review identified the following learning.", "\u2022",
                    "Schools should chase the records of a pupil who arrives mid-year.");
            assertThat(lines.get(1).text()).contains("Children who move between relatives");
        }
    }

    private static void text(PDPageContentStream out, PDType1Font font, float x, float y, String text) throws IOException {
        out.beginText();
        out.setTextMatrix(new Matrix(10.5f, 0, 0, -10.5f, x, y));
        out.setFont(font, 1);
        out.showText(text);
        out.endText();
    }

    /** A spur from (fromX, fromY) to the circle's right point, then the circle of radius 3.4 as four curves. */
    private static void circle(PDPageContentStream out, float fromX, float fromY, float cx, float cy) throws IOException {
        float r = 3.4f;
        out.moveTo(fromX, fromY);
        out.lineTo(cx + r, cy);
        out.curveTo(cx + r, cy + K * r, cx + K * r, cy + r, cx, cy + r);
        out.curveTo(cx - K * r, cy + r, cx - r, cy + K * r, cx - r, cy);
        out.curveTo(cx - r, cy - K * r, cx - K * r, cy - r, cx, cy - r);
        out.curveTo(cx + K * r, cy - r, cx + r, cy - K * r, cx + r, cy);
        out.fill();
    }
}
