package org.casereview.etl.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The text around the learning cards of {@link FilledCardGridTest} and {@link StackedFilledCardsTest}: one page style. */
final class CardPageWriter {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDType1Font HEAD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float SIZE = 11;
    static final float PITCH = 14.5f;
    static final float LEFT = 56;

    private CardPageWriter() {
    }

    /** A 14 pt heading at the left margin; the baseline of what follows. */
    static float heading(PDPageContentStream out, float y, String text) throws IOException {
        out.beginText();
        out.setFont(HEAD, 14);
        out.newLineAtOffset(LEFT, y);
        out.showText(text);
        out.endText();
        return y - 24;
    }

    /** Body lines at the left margin; the baseline of what follows, a paragraph's space below. */
    static float plain(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            show(out, REGULAR, LEFT, y, line);
            y -= PITCH;
        }
        return y - 12;
    }

    static void show(PDPageContentStream out, PDType1Font font, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
