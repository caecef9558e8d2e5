package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The outlines {@link DrawnDots#frames()} keeps as boxes of text: a stroked rectangle however it is drawn (the
 * rectangle operator, four lines, or four lines and four curved corners with a move after the close, as TikZ draws a
 * rounded rectangle); not a circle, a wedge, an underline, a filled rounded box or a grid of two cells in one path.
 */
class DrawnDotsFramesTest {

    @Test
    void strokedRectanglesWithSquareOrRoundedCornersAreFramesAndOtherStrokedShapesAreNot() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                rounded(out, 50, 700, 250, 800, 8);
                out.closePath();
                out.moveTo(50, 700);
                out.stroke();
                out.moveTo(300, 700);
                out.lineTo(500, 700);
                out.lineTo(500, 800);
                out.lineTo(300, 800);
                out.closePath();
                out.stroke();
                out.addRect(50, 560, 200, 100);
                out.stroke();
                circle(out, 400, 610, 50);
                out.stroke();
                out.moveTo(100, 450);
                out.lineTo(200, 450);
                out.curveTo(200, 505, 155, 550, 100, 550);
                out.closePath();
                out.stroke();
                out.moveTo(300, 480);
                out.lineTo(500, 480);
                out.stroke();
                rounded(out, 50, 300, 250, 400, 8);
                out.fill();
                for (float left : new float[] {300, 400}) {
                    out.moveTo(left, 300);
                    out.lineTo(left + 100, 300);
                    out.lineTo(left + 100, 400);
                    out.lineTo(left, 400);
                    out.closePath();
                }
                out.stroke();
            }
            Probe probe = new Probe();
            probe.getText(doc);
            assertThat(probe.frames).extracting(DrawnDots.Panel::minX, DrawnDots.Panel::maxX, DrawnDots.Panel::minY,
                    DrawnDots.Panel::maxY).containsExactly(
                    tuple(50f, 250f, 700f, 800f), tuple(300f, 500f, 700f, 800f), tuple(50f, 250f, 560f, 660f));
        }
    }

    /** Four sides and four curved corners of radius r, from the top right, as TikZ's rounded corners. */
    private static void rounded(PDPageContentStream out, float left, float bottom, float right, float top, float r)
            throws IOException {
        out.moveTo(right - r, top);
        out.lineTo(left + r, top);
        out.curveTo(left + r / 2, top, left, top - r / 2, left, top - r);
        out.lineTo(left, bottom + r);
        out.curveTo(left, bottom + r / 2, left + r / 2, bottom, left + r, bottom);
        out.lineTo(right - r, bottom);
        out.curveTo(right - r / 2, bottom, right, bottom + r / 2, right, bottom + r);
        out.lineTo(right, top - r);
        out.curveTo(right, top - r / 2, right - r / 2, top, right - r, top);
    }

    private static void circle(PDPageContentStream out, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }

    /** Follows the page's path operators as a text stripper reads it, and keeps its frames. */
    private static final class Probe extends PDFTextStripper {
        private final DrawnDots dots = new DrawnDots(this);
        private List<DrawnDots.Panel> frames = List.of();

        Probe() {
            dots.operators().forEach(this::addOperator);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            dots.startPage();
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            frames = dots.frames();
            super.endPage(page);
        }
    }
}
