package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The stripper reads an upright page's words from the rows it took each glyph into as PDFBox handed it over
 * ({@link org.casereview.etl.pdf.GlyphRows}): the rows must follow what PDFBox did to its list after that. An accent
 * drawn on its own over a letter (after it, or before it) is merged into the letter's glyph, whose text and widths
 * change then; a word a later black box covers is taken out of the list at the page's end.
 */
class StripperRowsTest {

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 12;
    private static final float LEFT = 72;

    @Test
    void anAccentDrawnAfterItsLetterIsReadInTheLettersWord() throws IOException {
        byte[] pdf = page(out -> {
            text(out, LEFT, 700, "The cafe");
            // the acute over the 'e', drawn on its own right after it
            text(out, LEFT + width("The caf") + 1.5f, 700, "\u00b4");
            text(out, LEFT + width("The cafe"), 700, " opened late");
            text(out, LEFT, 670, "and closed early.");
        });

        assertThat(lines(pdf)).containsExactly("The caf\u00e9 opened late", "and closed early.");
    }

    @Test
    void anAccentDrawnBeforeItsLetterIsReadInTheLettersWord() throws IOException {
        byte[] pdf = page(out -> {
            text(out, LEFT, 700, "The caf");
            text(out, LEFT + width("The caf") + 1.5f, 700, "\u00b4");
            text(out, LEFT + width("The caf"), 700, "e opened late");
        });

        assertThat(lines(pdf)).containsExactly("The caf\u00e9 opened late");
    }

    @Test
    void aWordUnderABlackBoxDrawnLaterIsLeftOutAndTheRestReadInPlace() throws IOException {
        byte[] pdf = page(out -> {
            text(out, LEFT, 700, "The family moved to Eastbridge in May.");
            text(out, LEFT, 680, "The school was told in June.");
            float at = LEFT + width("The family moved to ");
            out.setNonStrokingColor(Color.BLACK);
            out.addRect(at - 1, 697, width("Eastbridge") + 2, SIZE + 3);
            out.fill();
        });

        assertThat(lines(pdf)).containsExactly("The family moved to in May.", "The school was told in June.");
    }

    private interface Drawing {
        void draw(PDPageContentStream out) throws IOException;
    }

    private static byte[] page(Drawing drawing) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                drawing.draw(out);
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void text(PDPageContentStream out, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(FONT, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static float width(String text) throws IOException {
        return FONT.getStringWidth(text) / 1000 * SIZE;
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(line -> Normalizer.normalize(line.text(), Normalizer.Form.NFC)).toList();
        }
    }
}
