package org.casereview.etl.report;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A rapid review's form page as Writer sets it (batch58 Marlbrook's): lines of text, and two-column ruled rows whose
 * shaded left cell holds the form's question and whose right cell holds the answer. For the form tests of this package.
 */
final class FormPages {

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float LEFT = 90;
    private static final float ANSWER = 330;
    private static final float RIGHT = 540;
    private static final float PITCH = 13.4f;

    private FormPages() {
    }

    /**
     * One ruled row, its question cell shaded: the bold question in the left cell, each bullet of the right cell
     * wrapped at the words {@code " / "}, its marker a tab's width left of its lines (as Writer sets a list in a cell);
     * an answer opening with '-' a paragraph, no bullet. Returns the next row's top.
     */
    static float row(PDPageContentStream out, float top, String question, String... bullets)
            throws IOException {
        int lines = 0;
        for (String bullet : bullets) {
            lines += bullet.split(" / ").length;
        }
        float bottom = top - 10 - PITCH * lines;
        out.setNonStrokingColor(new Color(217, 226, 243));
        out.addRect(LEFT - 6, bottom, ANSWER - 8 - LEFT + 6, top - bottom);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        out.addRect(LEFT - 6, bottom, RIGHT - LEFT + 6, top - bottom);
        out.moveTo(ANSWER - 8, top);
        out.lineTo(ANSWER - 8, bottom);
        out.stroke();
        line(out, BOLD, 11, LEFT, top - 15, question);
        float y = top - 15;
        for (String bullet : bullets) {
            boolean paragraph = bullet.startsWith("-");
            if (!paragraph) {
                line(out, REGULAR, 11, ANSWER, y, "\u2022");
            }
            for (String part : bullet.substring(paragraph ? 1 : 0).split(" / ")) {
                line(out, REGULAR, 11, paragraph ? ANSWER : ANSWER + 18, y, part);
                y -= PITCH;
            }
        }
        return bottom;
    }

    static void line(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
