package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDFBox 3.0's {@code LegacyPDFStreamEngine.showGlyph} (the glyph a text stripper is handed) for a simple font that is
 * no Type 3 font, with what depends on the font alone looked up once per font: the glyph's text for each code (PDFBox
 * asks the font for it per glyph: the /ToUnicode map, then the encoding's glyph name and a glyph list, two hash
 * look-ups), the space width and the font height. Every figure is PDFBox's float expression in PDFBox's order, so the
 * glyph is the one PDFBox makes; where only a product's translation is read, its other elements are still computed and
 * checked as {@code Matrix.multiply} checks them. Any other font (Type 3, composite, vertical) is left to PDFBox:
 * {@link #glyph} answers null.
 */
final class LegacyGlyphs {

    /** PDFBox's own list for text (the Adobe Glyph List and its additional names), as the legacy engine loads it. */
    private static final GlyphList GLYPH_LIST = textGlyphList();
    private static final int SIMPLE_CODES = 256;

    /** Reads a font's height as the stripper's {@code computeFontHeight} does. */
    @FunctionalInterface
    interface FontHeight {
        float of(PDFont font) throws IOException;
    }

    /** The engine's {@code showGlyph}, called for each code of a string shown. */
    @FunctionalInterface
    interface GlyphShower {
        void show(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException;
    }

    private final FontHeight fontHeight;
    private final Map<PDFont, FontGlyphs> fonts = new HashMap<>();
    private FontGlyphs lastFont;
    private int pageRotation;
    private float pageWidth;
    private float pageHeight;
    private float lowerLeftX;
    private float lowerLeftY;
    private Matrix translateMatrix;
    private final float[] shift = new float[9];
    private final float[] text = new float[9];
    private final float[] ctm = new float[9];
    private final float[] product = new float[9];
    private final float[] next = new float[9];
    /** The text parameters' matrix (font size, horizontal scaling, rise) of the string being shown. */
    private final float[] shown = new float[9];

    LegacyGlyphs(FontHeight fontHeight) {
        this.fontHeight = fontHeight;
    }

    /** The page whose glyphs follow, read as {@code LegacyPDFStreamEngine.processPage} reads it. */
    void startPage(PDPage page) {
        pageRotation = page.getRotation();
        PDRectangle box = page.getCropBox();
        pageWidth = box.getWidth();
        pageHeight = box.getHeight();
        lowerLeftX = box.getLowerLeftX();
        lowerLeftY = box.getLowerLeftY();
        translateMatrix = Float.compare(lowerLeftX, 0) == 0 && Float.compare(lowerLeftY, 0) == 0 ? null
                : Matrix.getTranslateInstance(-lowerLeftX, -lowerLeftY);
    }

    /** The fonts of a document closed: none is looked up again. */
    void forgetFonts() {
        fonts.clear();
        lastFont = null;
    }

    /**
     * {@code PDFStreamEngine.showText} for a string in a font read here, each code's displacement looked up once per
     * font; false, with nothing shown, for any other font (PDFBox shows the string).
     */
    boolean showText(byte[] string, PDGraphicsState state, GlyphShower shower) throws IOException {
        PDTextState textState = state.getTextState();
        PDFont font = textState.getFont();
        FontGlyphs known = font == null ? null : known(font);
        if (known == null) {
            return false;
        }
        float fontSize = textState.getFontSize();
        float horizontalScaling = textState.getHorizontalScaling() / 100f;
        float charSpacing = textState.getCharacterSpacing();
        Matrix parameters = new Matrix(fontSize * horizontalScaling, 0, 0, fontSize, 0, textState.getRise());
        values(parameters, shown);
        Matrix textMatrix = state.getTextMatrix();
        for (byte b : string) {
            int code = b & 0xff; // a simple font's code is one byte
            float wordSpacing = 0;
            if (code == 32) {
                wordSpacing += textState.getWordSpacing();
            }
            Matrix ctmMatrix = state.getCurrentTransformationMatrix();
            Matrix textRenderingMatrix = renderingMatrix(textMatrix, ctmMatrix);
            Vector w = known.displacement(code);
            shower.show(textRenderingMatrix, font, code, w);
            float tx = (w.getX() * fontSize + charSpacing + wordSpacing) * horizontalScaling;
            textMatrix.translate(tx, 0);
        }
        return true;
    }

    /**
     * The glyph PDFBox's legacy engine would hand the stripper for this code, or null where PDFBox is to make it (a
     * font of another kind, or one whose space width could not be read).
     */
    TextPosition glyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement, PDGraphicsState state,
            Matrix textMatrix) {
        FontGlyphs known = known(font);
        if (known == null) {
            return null;
        }
        Matrix ctmMatrix = state.getCurrentTransformationMatrix();
        float fontSize = state.getTextState().getFontSize();
        float horizontalScaling = state.getTextState().getHorizontalScaling() / 100f;
        float tx = displacement.getX() * fontSize * horizontalScaling;
        float ty = displacement.getY() * fontSize;
        nextTranslation(tx, ty, textMatrix, ctmMatrix);
        float nextX = next[6];
        float nextY = next[7];
        float dxDisplay = nextX - textRenderingMatrix.getTranslateX();
        float dyDisplay = known.height * textRenderingMatrix.getScalingFactorY();
        float spaceWidthDisplay = known.spaceWidthText * textRenderingMatrix.getScalingFactorX();
        String unicode = known.unicode(code);
        Matrix translated = textRenderingMatrix;
        if (translateMatrix != null) {
            translated = Matrix.concatenate(translateMatrix, textRenderingMatrix);
            nextX -= lowerLeftX;
            nextY -= lowerLeftY;
        }
        return new TextPosition(pageRotation, pageWidth, pageHeight, translated, nextX, nextY, Math.abs(dyDisplay),
                dxDisplay, Math.abs(spaceWidthDisplay), unicode, new int[] {code}, font, fontSize,
                (int) (fontSize * textMatrix.getScalingFactorX()));
    }

    private FontGlyphs known(PDFont font) {
        if (lastFont != null && lastFont.font == font) {
            return lastFont.readable ? lastFont : null;
        }
        FontGlyphs found = fonts.get(font);
        if (found == null || found.font != font) { // another font object over the same dictionary: its own answers
            found = FontGlyphs.of(font, fontHeight);
            fonts.put(font, found);
        }
        lastFont = found;
        return found.readable ? found : null;
    }

    /**
     * {@code td.multiply(textMatrix).multiply(ctm)}, td the glyph's displacement (tx, ty) as a translation, into
     * {@link #next}: each element by {@code Matrix}'s expression, an element not finite thrown as it throws.
     */
    private void nextTranslation(float tx, float ty, Matrix textMatrix, Matrix ctmMatrix) {
        shift[0] = 1;
        shift[4] = 1;
        shift[6] = tx;
        shift[7] = ty;
        shift[8] = 1;
        values(textMatrix, text);
        values(ctmMatrix, ctm);
        multiply(shift, text, product);
        multiply(product, ctm, next);
    }

    /**
     * {@code parameters.multiply(textMatrix).multiply(ctm)}, the parameters' values in {@link #shown}: the same
     * products and checks, the first kept in scratch, so that one matrix is made a glyph, not two.
     */
    private Matrix renderingMatrix(Matrix textMatrix, Matrix ctmMatrix) {
        values(textMatrix, text);
        values(ctmMatrix, ctm);
        multiply(shown, text, product);
        multiply(product, ctm, next);
        Matrix rendering = new Matrix();
        for (int i = 0; i < 9; i++) {
            rendering.setValue(i / 3, i % 3, next[i]);
        }
        return rendering;
    }

    private static void values(Matrix matrix, float[] into) {
        for (int i = 0; i < 9; i++) {
            into[i] = matrix.getValue(i / 3, i % 3);
        }
    }

    /** {@code Matrix.multiplyArrays} and its {@code checkFloatValues}. */
    private static void multiply(float[] a, float[] b, float[] c) {
        c[0] = a[0] * b[0] + a[1] * b[3] + a[2] * b[6];
        c[1] = a[0] * b[1] + a[1] * b[4] + a[2] * b[7];
        c[2] = a[0] * b[2] + a[1] * b[5] + a[2] * b[8];
        c[3] = a[3] * b[0] + a[4] * b[3] + a[5] * b[6];
        c[4] = a[3] * b[1] + a[4] * b[4] + a[5] * b[7];
        c[5] = a[3] * b[2] + a[4] * b[5] + a[5] * b[8];
        c[6] = a[6] * b[0] + a[7] * b[3] + a[8] * b[6];
        c[7] = a[6] * b[1] + a[7] * b[4] + a[8] * b[7];
        c[8] = a[6] * b[2] + a[7] * b[5] + a[8] * b[8];
        for (float value : c) {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("Multiplying two matrices produces illegal values");
            }
        }
    }

    /** One font's answers: its height, its space width in text units, the text of each code met so far. */
    private static final class FontGlyphs {
        final PDFont font;
        final boolean readable;
        final float height;
        final float spaceWidthText;
        private final String[] unicode;
        private final Vector[] displacements;

        private FontGlyphs(PDFont font, boolean readable, float height, float spaceWidthText) {
            this.font = font;
            this.readable = readable;
            this.height = height;
            this.spaceWidthText = spaceWidthText;
            this.unicode = readable ? new String[SIMPLE_CODES] : null;
            this.displacements = readable ? new Vector[SIMPLE_CODES] : null;
        }

        static FontGlyphs of(PDFont font, FontHeight fontHeight) {
            if (!(font instanceof PDSimpleFont) || font instanceof PDType3Font || font.isVertical()) {
                return new FontGlyphs(font, false, 0, 0);
            }
            try {
                return new FontGlyphs(font, true, fontHeight.of(font), spaceWidthText(font));
            } catch (IOException | RuntimeException e) {
                return new FontGlyphs(font, false, 0, 0); // PDFBox's path logs or throws as it does
            }
        }

        /** {@code showGlyph}'s space width in text units for a font that is no Type 3 font. */
        private static float spaceWidthText(PDFont font) {
            float glyphSpaceToTextSpaceFactor = 1 / 1000f;
            float spaceWidthText = font.getSpaceWidth() * glyphSpaceToTextSpaceFactor;
            if (Float.compare(spaceWidthText, 0) == 0) {
                spaceWidthText = font.getAverageFontWidth() * glyphSpaceToTextSpaceFactor;
                spaceWidthText *= .80f;
            }
            if (Float.compare(spaceWidthText, 0) == 0) {
                spaceWidthText = 1.0f;
            }
            return spaceWidthText;
        }

        /** {@code getDisplacement(code)}, asked of the font once (a failure is not kept: the font is asked again). */
        Vector displacement(int code) throws IOException {
            Vector known = displacements[code];
            if (known == null) {
                known = font.getDisplacement(code);
                displacements[code] = known;
            }
            return known;
        }

        /** The code's text, or the code itself as a character where the font maps it to none (as Acrobat reads it). */
        String unicode(int code) {
            if (code < 0 || code >= SIMPLE_CODES) {
                return textOf(code);
            }
            String known = unicode[code];
            if (known == null) {
                known = textOf(code);
                unicode[code] = known;
            }
            return known;
        }

        private String textOf(int code) {
            String text = font.toUnicode(code, GLYPH_LIST);
            return text != null ? text : new String(new char[] {(char) code});
        }
    }

    private static GlyphList textGlyphList() {
        try (InputStream input = GlyphList.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
