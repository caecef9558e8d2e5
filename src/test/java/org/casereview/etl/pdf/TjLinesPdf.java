package org.casereview.etl.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes an untagged PDF as some report engines do: each line its own text object (BT, Td, TJ, ET), words of six or
 * more letters kerned apart inside the TJ array, word gaps as displacements with no space glyph, the lines of each
 * page in the order given (top-down, bottom-up, column by column).
 */
public final class TjLinesPdf {

    /** A line: its left edge and its baseline's distance from the top of an A4 page, in points. */
    public record Placed(float x, float fromTop, String text) {
    }

    private TjLinesPdf() {
    }

    /** One column of lines 20pt apart from 60pt below the top, as placed lines in top-down order. */
    public static List<Placed> column(List<String> lines) {
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            placed.add(new Placed(56, 60 + 20 * i, lines.get(i)));
        }
        return placed;
    }

    /** The same lines, last first: written from the bottom of the page up. */
    public static List<Placed> bottomUp(List<Placed> lines) {
        List<Placed> reversed = new ArrayList<>(lines);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    public static Path write(Path file, List<List<Placed>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (List<Placed> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (Placed line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(line.x(), height - line.fromTop());
                        content.showTextWithPositioning(pieces(line.text(), font));
                        content.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Object[] pieces(String text, PDFont font) throws IOException {
        List<Object> tj = new ArrayList<>();
        float gap = -font.getStringWidth(" ");
        String[] words = text.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                tj.add(gap);
            }
            String word = words[w];
            if (word.length() >= 6) {
                tj.add(word.substring(0, word.length() / 2));
                tj.add(12f);
                tj.add(word.substring(word.length() / 2));
            } else {
                tj.add(word);
            }
        }
        return tj.toArray();
    }
}
