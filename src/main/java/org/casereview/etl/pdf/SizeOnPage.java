package org.casereview.etl.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * A glyph's font size when the content stream draws in units far from the point. PDFBox's
 * {@link TextPosition#getFontSizeInPt()} is the Tf size through the text matrix only, in the units of the current
 * transformation, while positions, widths and heights are on the page. Within a factor of two of the point (browsers'
 * CSS pixels under {@code .75 cm}, wkhtmltopdf's {@code .576}, a two-up page's {@code .975}) the units still give type
 * sizes, one unit for the whole document, and the rules that read sizes (a line's baseline tolerance of under half its
 * size, sizes compared with one another) were set on those sizes; they stay as PDFBox gives them. Beyond that
 * (Vivliostyle draws its pages at {@code .24 cm} then {@code .390625 cm} and sets 11.5 pt text as {@code 122.65 Tf};
 * a print driver's 600 dpi device units are {@code .12}; a glyph blown up through its own matrix) a size in those units
 * is no type size: under half its lines' pitch, as a tolerance it reaches the lines around it. Those glyphs get their
 * size on the page. Each text stripper hands its glyphs through {@link #of} while the graphics state is known.
 */
public final class SizeOnPage {

    /** The factor either way from the point within which units are kept as type sizes. */
    private static final double TYPE_UNITS = 2;

    /** Below the precision of any producer's size: the product of three rounded scales must not lose a point. */
    private static final double ROUNDING = 0.01;

    private SizeOnPage() {
    }

    /**
     * The glyph itself when the current transformation keeps type units; otherwise the same glyph with its size in
     * points multiplied by the transformation's vertical scale, cut to a whole point as PDFBox cuts its own (the same
     * 11.5 pt text reads 11 drawn either way). Rotations and mirrorings keep the scale's magnitude.
     */
    public static TextPosition of(TextPosition glyph, PDFStreamEngine engine) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return sized(glyph, engine, Math.hypot(ctm.getValue(1, 0), ctm.getValue(1, 1)));
    }

    private static TextPosition sized(TextPosition glyph, PDFStreamEngine engine, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale) || keepsTypeUnits(scale)) {
            return glyph;
        }
        double size = glyph.getFontSize() * engine.getTextMatrix().getScalingFactorX() * scale;
        int onPage = (int) (size + ROUNDING);
        return new TextPosition(glyph.getRotation(), glyph.getPageWidth(), glyph.getPageHeight(),
                glyph.getTextMatrix(), glyph.getEndX(), glyph.getEndY(), glyph.getHeightDir(),
                glyph.getIndividualWidths()[0], glyph.getWidthOfSpace(), glyph.getUnicode(),
                glyph.getCharacterCodes(), glyph.getFont(), glyph.getFontSize(), onPage);
    }

    /**
     * {@link SizeOnPage#of} for one stripper's glyphs, the transformation's vertical scale kept from the glyph before:
     * a page's glyphs mostly share one, and {@link Math#hypot} was 1.4% of a report's extraction (JFR, session 25).
     */
    public static final class Memo {
        private float shear = Float.NaN;
        private float height = Float.NaN;
        private double scale;

        public TextPosition of(TextPosition glyph, PDFStreamEngine engine) {
            Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
            float b = ctm.getValue(1, 0);
            float d = ctm.getValue(1, 1);
            if (b != shear || d != height) { // NaN never equals: such a matrix is looked at each time
                shear = b;
                height = d;
                scale = Math.hypot(b, d);
            }
            return sized(glyph, engine, scale);
        }
    }

    static boolean keepsTypeUnits(double scale) {
        return scale >= 1 / TYPE_UNITS && scale <= TYPE_UNITS;
    }
}
