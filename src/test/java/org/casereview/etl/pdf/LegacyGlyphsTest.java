package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/** The glyphs {@link LegacyGlyphs} makes for a stripper are those PDFBox's legacy engine makes, every field read. */
class LegacyGlyphsTest {

    /**
     * Text in three simple fonts (the standard Helvetica, one whose /Differences name a glyph no list knows, one with
     * its own /Widths), under character spacing, horizontal scaling, rise, a skewed transformation, a turned text
     * matrix and a TJ adjustment; codes above 127 and a space.
     */
    private static final String CONTENT = "BT /F1 12 Tf 72 700 Td (Hello \\351t\\222s) Tj 2 Tc 120 Tz 3 Ts (Spaced out) Tj"
            + " ET q 1 0 0.2 1 30 40 cm BT /F2 10 Tf 0 1 -1 0 300 300 Tm (ABC) Tj [(x) -250 (y)] TJ ET Q"
            + " BT /F3 9 Tf 50 50 Td 0.5 Tw (wide words) Tj ET";

    @Test
    void simpleFontsGiveTheGlyphsPdfboxGives() throws IOException {
        try (PDDocument document = document()) {
            List<String> ours = glyphs(document, new Recording());
            assertThat(ours).isEqualTo(glyphs(document, new PdfboxRecording()));
            assertThat(ours).hasSize(2 * 35);
            assertThat(ours.get(0)).startsWith("H ");
            assertThat(ours.get(6)).startsWith("\u00e9 "); // WinAnsi 0351
            assertThat(ours.get(8)).startsWith("\u2019 "); // WinAnsi 0222
        }
    }

    @Test
    void eachGlyphOfASimpleFontIsMadeWithoutPdfbox() throws IOException {
        try (PDDocument document = document()) {
            BothWays both = new BothWays();
            glyphs(document, both);
            assertThat(both.ours).hasSize(2 * 35).doesNotContainNull();
            assertThat(both.ours).isEqualTo(both.glyphs());
        }
    }

    @Test
    void eachStringOfASimpleFontIsShownAsPdfboxShowsIt() throws IOException {
        try (PDDocument document = document()) {
            ShownBothWays both = new ShownBothWays();
            glyphs(document, both);
            assertThat(both.ours).hasSize(2 * 35);
            assertThat(both.ours).isEqualTo(both.glyphs());
            assertThat(both.ours.get(5)).startsWith("32 "); // the space, with the word spacing after it
        }
    }

    @Test
    void aGlyphNameNoListKnowsIsReadAsItsCode() throws IOException {
        try (PDDocument document = document()) {
            List<String> ours = glyphs(document, new Recording());
            assertThat(ours.get(20)).startsWith("\u2022 "); // 65 /bullet
            assertThat(ours.get(21)).startsWith("B "); // 66 /xyzzy: no Unicode, the code as a character
            assertThat(ours.get(22)).startsWith("C ");
        }
    }

    private static List<String> glyphs(PDDocument document, PDFTextStripper stripper) throws IOException {
        stripper.setSortByPosition(false);
        stripper.writeText(document, Writer.nullWriter());
        return ((Glyphs) stripper).glyphs();
    }

    private interface Glyphs {
        List<String> glyphs();
    }

    /** Our stripper's glyphs. */
    private static final class Recording extends VisibleTextStripper implements Glyphs {
        private final List<String> glyphs = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(describe(text));
        }

        @Override
        public List<String> glyphs() {
            return glyphs;
        }
    }

    /** PDFBox's own stripper's glyphs. */
    private static final class PdfboxRecording extends PDFTextStripper implements Glyphs {
        private final List<String> glyphs = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(describe(text));
        }

        @Override
        public List<String> glyphs() {
            return glyphs;
        }
    }

    /** PDFBox's glyphs, and beside each the one {@link LegacyGlyphs} makes of the same call (null where it leaves it). */
    private static final class BothWays extends PDFTextStripper implements Glyphs {
        private final LegacyGlyphs legacy = new LegacyGlyphs(this::computeFontHeight);
        private final List<String> glyphs = new ArrayList<>();
        private final List<String> ours = new ArrayList<>();

        @Override
        public void processPage(PDPage page) throws IOException {
            legacy.startPage(page);
            super.processPage(page);
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            TextPosition glyph = legacy.glyph(textRenderingMatrix, font, code, displacement, getGraphicsState(),
                    getTextMatrix());
            ours.add(glyph == null ? null : describe(glyph));
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(describe(text));
        }

        @Override
        public List<String> glyphs() {
            return glyphs;
        }
    }

    /**
     * Each string shown twice from the same text matrix: by {@link LegacyGlyphs#showText} and by PDFBox; each glyph's
     * code, rendering matrix and displacement, and the text matrix after the string, as each gives them.
     */
    private static final class ShownBothWays extends PDFTextStripper implements Glyphs {
        private final LegacyGlyphs legacy = new LegacyGlyphs(this::computeFontHeight);
        private final List<String> glyphs = new ArrayList<>();
        private final List<String> ours = new ArrayList<>();

        @Override
        protected void showText(byte[] string) throws IOException {
            Matrix before = getGraphicsState().getTextMatrix().clone();
            assertThat(legacy.showText(string, getGraphicsState(),
                    (matrix, font, code, displacement) -> ours.add(shown(matrix, code, displacement)))).isTrue();
            ours.set(ours.size() - 1, ours.get(ours.size() - 1) + " " + getGraphicsState().getTextMatrix());
            getGraphicsState().setTextMatrix(before);
            super.showText(string);
            glyphs.set(glyphs.size() - 1, glyphs.get(glyphs.size() - 1) + " " + getGraphicsState().getTextMatrix());
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
            glyphs.add(shown(textRenderingMatrix, code, displacement));
        }

        private static String shown(Matrix matrix, int code, Vector displacement) {
            return code + " " + Arrays.deepToString(matrix.getValues()) + " " + displacement;
        }

        @Override
        public List<String> glyphs() {
            return glyphs;
        }
    }

    private static String describe(TextPosition t) {
        return t.getUnicode() + " " + t.getX() + " " + t.getY() + " " + t.getXDirAdj() + " " + t.getYDirAdj() + " "
                + t.getEndX() + " " + t.getEndY() + " " + t.getWidth() + " " + t.getWidthDirAdj() + " "
                + t.getHeight() + " " + t.getHeightDir() + " " + t.getWidthOfSpace() + " " + t.getFontSize() + " "
                + t.getFontSizeInPt() + " " + t.getXScale() + " " + t.getYScale() + " " + t.getDir() + " "
                + t.getRotation() + " " + t.getPageWidth() + " " + t.getPageHeight() + " "
                + Arrays.deepToString(t.getTextMatrix().getValues()) + " " + Arrays.toString(t.getIndividualWidths())
                + " " + Arrays.toString(t.getCharacterCodes()) + " " + t.getFont().getName();
    }

    /** Two pages of the same content: one upright, one turned a quarter with a crop box off the origin. */
    private static PDDocument document() throws IOException {
        PDDocument document = new PDDocument();
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font(COSName.WIN_ANSI_ENCODING));
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(65));
        differences.add(COSName.getPDFName("bullet"));
        differences.add(COSName.getPDFName("xyzzy"));
        encoding.setItem(COSName.DIFFERENCES, differences);
        fonts.setItem(COSName.getPDFName("F2"), font(encoding));
        COSDictionary widths = font(COSName.WIN_ANSI_ENCODING);
        widths.setInt(COSName.FIRST_CHAR, 32);
        widths.setInt(COSName.LAST_CHAR, 126);
        COSArray values = new COSArray();
        for (int code = 32; code <= 126; code++) {
            values.add(new COSFloat(400 + code));
        }
        widths.setItem(COSName.WIDTHS, values);
        fonts.setItem(COSName.getPDFName("F3"), widths);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        document.addPage(page(document, resources));
        PDPage turned = page(document, resources);
        turned.setRotation(90);
        turned.setCropBox(new PDRectangle(20, 30, 480, 670));
        document.addPage(turned);
        return document;
    }

    private static COSDictionary font(COSBase encoding) {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
        font.setItem(COSName.ENCODING, encoding);
        return font;
    }

    private static PDPage page(PDDocument document, PDResources resources) throws IOException {
        PDPage page = new PDPage();
        page.setResources(resources);
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(CONTENT.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(stream);
        return page;
    }
}
