package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A space glyph whose advance the next TJ number takes back (Ghostscript's pdfwrite writes a justified groff line so:
 * '(nev )240(er)' in Times-Roman at 11 pt) prints no gap: the letters either side touch, and the word is one word.
 * A space the justification only narrows (a tight line) still parts two words, and so does one that the next word
 * overlaps by most of its width (an OCR text layer, whose glyph widths do not describe the print).
 */
class CancelledSpaceGlyphTest {

    private static final float SIZE = 11;

    @Test
    void aSpaceGlyphWhoseAdvanceIsTakenBackPrintsNoGapAndPartsNoWord() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                // the space after 'nev' is 250 thousandths wide; 240 of them are taken back before 'er'
                line(out, font, 700, new Object[] {"the children they nev ", 240f, "er see."});
                // a tight justified line: each space narrowed by 80 thousandths (0.17 em left), still a word space
                line(out, font, 686, new Object[] {"a ", 80f, "plan ", 80f, "that ", 80f, "was ", 80f, "never ", 80f,
                    "checked"});
                // spaces widened by the justification, and a kerned pair inside a word, as before
                line(out, font, 672, new Object[] {"Drug ", -40f, "services ", -40f, "are ", -40f, "of", 15f, "ten"});
                // glyphs overlapping well past the space (an OCR layer's words, each scaled to its own box): kept
                line(out, font, 658, new Object[] {"a complete picture ", 430f, "of the family"});
            }
            List<String> lines = new PositionedTextStripper().read(document).get(0).lines().stream()
                    .map(TextLine::text).toList();

            assertThat(lines).containsExactly("the children they never see.", "a plan that was never checked",
                    "Drug services are often", "a complete picture of the family");
        }
    }

    private static void line(PDPageContentStream out, PDFont font, float y, Object[] pieces) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(72, y);
        out.showTextWithPositioning(pieces);
        out.endText();
    }
}
