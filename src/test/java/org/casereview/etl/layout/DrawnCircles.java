package org.casereview.etl.layout;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Paints list markers as pdfmake and Qt do: a filled circle of four Bézier curves, no glyph in the text layer. */
public final class DrawnCircles {

    /** The Bézier control distance for a quarter circle, as a share of the radius. */
    private static final float KAPPA = 0.5523f;

    private DrawnCircles() {
    }

    /** A filled circle centred on (cx, cy) in PDF page space (y up), of radius r. */
    public static void fill(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        cs.moveTo(cx - r, cy);
        cs.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
        cs.curveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
        cs.curveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
        cs.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
        cs.closePath();
        cs.fill();
    }
}
