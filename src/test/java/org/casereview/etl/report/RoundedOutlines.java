package org.casereview.etl.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Test drawing: a box outlined with rounded corners (Bezier arcs), as card and wheel layouts draw them. */
final class RoundedOutlines {

    private RoundedOutlines() {
    }

    /**
     * Strokes the outline of the box from {@code x}, {@code top} (PDF space), corners of radius {@code r}; the path
     * ends with a stray move to the bottom-left corner, as some producers leave it.
     */
    static void stroke(PDPageContentStream out, float x, float top, float width, float height, float r)
            throws IOException {
        float bottom = top - height;
        float right = x + width;
        out.moveTo(right - r, top);
        out.lineTo(x + r, top);
        out.curveTo(x + r / 2, top, x, top - r / 2, x, top - r);
        out.lineTo(x, bottom + r);
        out.curveTo(x, bottom + r / 2, x + r / 2, bottom, x + r, bottom);
        out.lineTo(right - r, bottom);
        out.curveTo(right - r / 2, bottom, right, bottom + r / 2, right, bottom + r);
        out.lineTo(right, top - r);
        out.curveTo(right, top - r / 2, right - r / 2, top, right - r, top);
        out.closePath();
        out.moveTo(x, bottom);
        out.stroke();
    }
}
