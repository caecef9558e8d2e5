package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A glyph's size where the content stream draws in units far from the point: the Tf size through the text matrix and
 * the current transformation matrix, whichever way the transformation turns or mirrors the page, for Type 1 and Type 3
 * fonts alike; within twice the point either way (CSS pixels under .75) the size PDFBox gives.
 */
class SizeOnPageTest {

    @Test
    void aPageScaledDownThroughTheMatrixGivesTheSizeOnThePage() throws IOException {
        assertThat(sizes("0.1 0 0 0.1 0 0 cm BT /F1 120 Tf 720 7000 Td (Twelve) Tj ET")).containsOnly(12f);
        // what PDFBox gives on its own: the Tf size through the text matrix only
        assertThat(pdfBoxSizes("0.1 0 0 0.1 0 0 cm BT /F1 120 Tf 720 7000 Td (Twelve) Tj ET")).containsOnly(120f);
    }

    @Test
    void scalesMultiplyAndTheSizeIsCutToAWholePointAsPdfBoxCutsItsOwn() throws IOException {
        // Vivliostyle: .24 then .390625, 11.5 pt body as 122.65 Tf and 15 pt headings as 159.98 Tf
        assertThat(sizes(".24 0 0 -.24 0 841.92 cm .390625 0 0 .390625 0 0 cm "
                + "BT /F1 122.65 Tf 1 0 0 -1 800 2000 Tm (Body) Tj /F1 159.98 Tf 1 0 0 -1 800 3000 Tm (Head) Tj ET"))
                .containsExactly(11f, 11f, 11f, 11f, 15f, 15f, 15f, 15f);
        assertThat(pdfBoxSizes("BT /F1 11.5 Tf 72 700 Td (Body) Tj ET")).containsOnly(11f);
    }

    @Test
    void unitsWithinTwiceThePointKeepTheirTypeSizes() throws IOException {
        // CSS pixels under a browser's .75, wkhtmltopdf's .576, a two-up page's .975: sizes as PDFBox gives them
        String pixels = "1 0 0 -1 0 842 cm .75 0 0 .75 0 0 cm BT /F1 13.3333 Tf 1 0 0 -1 80 200 Tm (Ten) Tj ET";
        assertThat(sizes(pixels)).containsOnly(13f);
        assertThat(unchangedGlyphs(pixels)).isTrue();
        assertThat(sizes(".576 0 0 -.576 0 842 cm BT /F1 20 Tf 1 0 0 -1 80 200 Tm (Wk) Tj ET")).containsOnly(20f);
        assertThat(sizes("0 -.975 .975 0 0 842 cm BT /F1 9 Tf 80 200 Td (Two) Tj ET")).containsOnly(9f);
        assertThat(sizes("1.9 0 0 1.9 0 0 cm BT /F1 10 Tf 30 300 Td (Big) Tj ET")).containsOnly(10f);
    }

    @Test
    void unitsBeyondTwiceThePointGiveTheSizeOnThePage() throws IOException {
        // 600 dpi device units, and a glyph blown up through its own transformation (a chapter number scaled 3.27)
        assertThat(sizes(".12 0 0 .12 0 0 cm BT /F1 83.34 Tf 600 5000 Td (Ten) Tj ET")).containsOnly(10f);
        assertThat(sizes("q 3.27 0 0 3.27 400 600 cm BT /F1 24.88 Tf 0 0 Td (1) Tj ET Q")).containsOnly(81f);
        assertThat(pdfBoxSizes("q 3.27 0 0 3.27 400 600 cm BT /F1 24.88 Tf 0 0 Td (1) Tj ET Q")).containsOnly(24f);
    }

    @Test
    void aTurnedOrMirroredPageKeepsTheMagnitudeOfItsScale() throws IOException {
        assertThat(sizes("0 0.1 -0.1 0 500 100 cm BT /F1 120 Tf 200 200 Td (Turned) Tj ET")).containsOnly(12f);
        assertThat(sizes("-0.1 0 0 -0.1 500 800 cm BT /F1 120 Tf 200 200 Td (Upside) Tj ET")).containsOnly(12f);
        assertThat(sizes("0.1 0 0 -0.1 0 842 cm BT /F1 120 Tf 1 0 0 -1 700 2000 Tm (Flipped) Tj ET"))
                .containsOnly(12f);
    }

    @Test
    void anUnscaledPageKeepsPdfBoxsOwnGlyphs() throws IOException {
        String content = "1 0 0 -1 0 842 cm BT /F1 11.5 Tf 1 0 0 -1 72 100 Tm (Same) Tj ET "
                + "0 1 -1 0 595 0 cm BT /F1 9 Tf 72 100 Td (Turned) Tj ET";
        assertThat(sizes(content)).isEqualTo(pdfBoxSizes(content));
        assertThat(sizes(content)).containsExactly(11f, 11f, 11f, 11f, 9f, 9f, 9f, 9f, 9f, 9f);
        assertThat(unchangedGlyphs(content)).isTrue();
    }

    @Test
    void aType3FontsMatrixDoesNotEnterTheSize() throws IOException {
        assertThat(sizes("BT /T3 12 Tf 72 700 Td (AA) Tj ET")).containsOnly(12f);
        assertThat(sizes("0.1 0 0 0.1 0 0 cm BT /T3 120 Tf 720 7000 Td (AA) Tj ET")).containsOnly(12f);
    }

    /** Sizes in points of every glyph, read as the pipeline's strippers read them. */
    private static List<Float> sizes(String content) throws IOException {
        return read(content, true).sizes;
    }

    private static List<Float> pdfBoxSizes(String content) throws IOException {
        return read(content, false).sizes;
    }

    private static boolean unchangedGlyphs(String content) throws IOException {
        return read(content, true).unchanged;
    }

    private static Probe read(String content, boolean onPage) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            resources.put(COSName.getPDFName("T3"), type3(document));
            page.setResources(resources);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            document.addPage(page);
            Probe probe = new Probe(onPage);
            probe.writeText(document, Writer.nullWriter());
            return probe;
        }
    }

    /** A Type 3 font whose glyph 'A' is a square in a 1000-unit glyph space. */
    private static PDType3Font type3(PDDocument document) throws IOException {
        COSStream glyph = document.getDocument().createCOSStream();
        try (OutputStream out = glyph.createOutputStream()) {
            out.write("600 0 0 0 600 700 d1 0 0 600 700 re f".getBytes(StandardCharsets.US_ASCII));
        }
        COSDictionary procs = new COSDictionary();
        procs.setItem(COSName.getPDFName("A"), glyph);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(65));
        differences.add(COSName.getPDFName("A"));
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSArray matrix = new COSArray();
        for (float value : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(value));
        }
        COSArray box = new COSArray();
        for (int value : new int[] {0, 0, 600, 700}) {
            box.add(COSInteger.get(value));
        }
        COSArray widths = new COSArray();
        widths.add(COSInteger.get(600));
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_MATRIX, matrix);
        font.setItem(COSName.FONT_BBOX, box);
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 65);
        font.setInt(COSName.LAST_CHAR, 65);
        font.setItem(COSName.WIDTHS, widths);
        return new PDType3Font(font);
    }

    private static final class Probe extends PDFTextStripper {
        private final boolean onPage;
        private final List<Float> sizes = new ArrayList<>();
        private boolean unchanged = true;

        Probe(boolean onPage) {
            this.onPage = onPage;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            TextPosition glyph = onPage ? SizeOnPage.of(text, this) : text;
            unchanged &= glyph == text;
            sizes.add(glyph.getFontSizeInPt());
        }
    }
}
