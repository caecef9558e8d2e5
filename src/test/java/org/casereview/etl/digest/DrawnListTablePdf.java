package org.casereview.etl.digest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.layout.DrawnCircles;

/**
 * Writes an untagged A5 digest table as pdfmake lays one out: a running head, on the first page a heading, on every
 * page the header row, rows parted by a blank line only, list items whose markers are drawn circles (no glyph), and a
 * right-aligned 'Page N of M' foot. Pages are given as written, so a row split by the page break is its first part on
 * one page and the rest, under an empty first cell, on the next. A cell's line "o text" is an item's first line (a
 * circle before it), "  text" an item's wrapped line, "*text" bold, other lines plain.
 */
final class DrawnListTablePdf {

    static final List<String> HEADER = List.of("Review", "Summary", "Learning includes", "Recommendations");
    static final String RUNNING_HEAD = "Safeguarding learning - Case reviews published in May 2026";
    private static final float[] COLUMNS = {40, 118, 210.5f, 303};
    private static final float RIGHT = 379.5f;
    private static final float ITEM_INDENT = 9.5f;
    private static final float PITCH = 9.5f;
    private static final float SIZE = 8;
    private static final float FOOT = 573.6f;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final boolean runningHead;
    private final boolean foot;

    DrawnListTablePdf(boolean runningHead, boolean foot) {
        this.runningHead = runningHead;
        this.foot = foot;
    }

    /** @param pages each page's rows, each row its four cells' lines */
    Path write(Path file, List<List<List<List<String>>>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A5);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    page(cs, p, pages.size(), pages.get(p));
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private void page(PDPageContentStream cs, int index, int count, List<List<List<String>>> rows) throws IOException {
        if (runningHead) {
            text(cs, REGULAR, 7, COLUMNS[0], 22.3f, RUNNING_HEAD);
        }
        float y = 49.7f;
        if (index == 0) {
            text(cs, BOLD, 15, COLUMNS[0], 53.6f, "Case reviews published in May 2026");
            y = 99.4f;
        }
        for (int c = 0; c < HEADER.size(); c++) {
            text(cs, BOLD, SIZE, COLUMNS[c], y, HEADER.get(c));
        }
        y += 25;
        for (List<List<String>> row : rows) {
            int height = 0;
            for (int c = 0; c < row.size(); c++) {
                List<String> cell = row.get(c);
                for (int i = 0; i < cell.size(); i++) {
                    line(cs, COLUMNS[c], y + i * PITCH, cell.get(i));
                }
                height = Math.max(height, cell.size());
            }
            y += (height + 1) * PITCH;
        }
        if (foot) {
            String text = "Page " + (index + 1) + " of " + count;
            text(cs, REGULAR, 7, RIGHT - REGULAR.getStringWidth(text) / 1000 * 7, FOOT, text);
        }
    }

    private static void line(PDPageContentStream cs, float x, float baseline, String line) throws IOException {
        if (line.startsWith("o ")) {
            DrawnCircles.fill(cs, x + 1.4f, PDRectangle.A5.getHeight() - (baseline - 2.8f), 1.4f);
            text(cs, REGULAR, SIZE, x + ITEM_INDENT, baseline, line.substring(2));
        } else if (line.startsWith("  ")) {
            text(cs, REGULAR, SIZE, x + ITEM_INDENT, baseline, line.substring(2));
        } else if (line.startsWith("*")) {
            text(cs, BOLD, SIZE, x, baseline, line.substring(1));
        } else if (!line.isEmpty()) {
            text(cs, REGULAR, SIZE, x, baseline, line);
        }
    }

    /** Text on a baseline given from the page's top. */
    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float baseline, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A5.getHeight() - baseline);
        cs.showText(text);
        cs.endText();
    }
}
