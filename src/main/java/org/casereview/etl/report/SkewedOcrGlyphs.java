package org.casereview.etl.report;

import java.awt.geom.Point2D;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * A glyph of a scan's OCR layer set on a slightly turned baseline, turned back. An OCR engine places each line it read
 * on the scan's own slope (ocrmypdf and tesseract write {@code 1 -0.017 0.017 1 x y Tm} for a sheet fed a degree askew),
 * so over a 400 pt line the baseline falls 7 pt: read by page height, the line's right half is a line of its own above
 * its left half. Only invisible glyphs (text render mode 3, the layer over a page image) turned less than a few degrees
 * off the page's axes are turned back, about the middle of the page, by their own slope: the printed lines are level
 * again and keep their places on the page within the skew. Text a producer sets at an angle is drawn visibly and kept.
 */
final class SkewedOcrGlyphs {

    /** Less than this is the rounding of a level line's matrix (and left as it is). */
    private static final double MIN_DEGREES = 0.1;
    /** More than this is text set at an angle on purpose, not a sheet fed askew. */
    private static final double MAX_DEGREES = 6;
    private static final double QUARTER = Math.PI / 2;

    private SkewedOcrGlyphs() {
    }

    /** The glyph turned back to the nearest of the page's axes when its baseline is a little off it; else itself. */
    static TextPosition straightened(TextPosition glyph) {
        Matrix m = glyph.getTextMatrix();
        double angle = Math.atan2(m.getShearY(), m.getScaleX());
        double skew = angle - Math.round(angle / QUARTER) * QUARTER;
        double degrees = Math.abs(Math.toDegrees(skew));
        if (degrees < MIN_DEGREES || degrees > MAX_DEGREES) {
            return glyph;
        }
        float cx = glyph.getPageWidth() / 2;
        float cy = glyph.getPageHeight() / 2;
        Matrix back = Matrix.getTranslateInstance(-cx, -cy);
        back = back.multiply(Matrix.getRotateInstance(-skew, 0, 0));
        back = back.multiply(Matrix.getTranslateInstance(cx, cy));
        Point2D.Float end = back.transformPoint(glyph.getEndX(), glyph.getEndY());
        return new TextPosition(glyph.getRotation(), glyph.getPageWidth(), glyph.getPageHeight(), m.multiply(back),
                end.x, end.y, glyph.getHeightDir(), glyph.getIndividualWidths()[0], glyph.getWidthOfSpace(),
                glyph.getUnicode(), glyph.getCharacterCodes(), glyph.getFont(), glyph.getFontSize(),
                (int) glyph.getFontSizeInPt());
    }
}
