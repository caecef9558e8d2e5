package org.casereview.etl.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Text shown at a point of a page, in base-14 Helvetica or Times, for tests that build a page line by line. */
final class PlacedText {

    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font TIMES_BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    private PlacedText() {
    }

    /** Shows the text with its baseline at {@code y} measured from the page's foot. */
    static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** Lines of one paragraph from {@code y} down, {@code leading} apart; returns the baseline after the last. */
    static float lines(PDPageContentStream out, PDType1Font font, float size, float x, float y, float leading,
                       String... lines) throws IOException {
        float at = y;
        for (String line : lines) {
            show(out, font, size, x, at, line);
            at -= leading;
        }
        return at;
    }
}
