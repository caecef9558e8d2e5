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

/**
 * Writes an untagged landscape digest table ruled as LaTeX's longtable rules one (invented reviews): each row a thin
 * filled rule on top, its column walls as thin filled rules the row's height, a rule under the last row; the header
 * row repeated at the top of every page (or not); a row the page break cuts keeps its walls but has no rule under it, and a
 * 'Continued on the next page' line below, right-aligned. A cell's line "*text" is bold, "• text" a bullet's item, the
 * others plain.
 */
final class RuledLongTablePdf {

    static final List<String> HEADER = List.of("Review", "Summary", "Learning", "Recommendations");
    private static final PDRectangle PAGE = new PDRectangle(595, 420);
    private static final float[] EDGES = {40, 150, 300, 440, 555};
    private static final float PAD = 4;
    private static final float PITCH = 10;
    private static final float SIZE = 8;
    private static final float RULE = 0.4f;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One page's rows, each its four cells' lines; {@code cutAtFoot} when the last row goes on over the page break. */
    record Page(List<List<List<String>>> rows, boolean cutAtFoot) {
    }

    private final boolean repeatHeader;

    /** @param repeatHeader whether pages after the first repeat the header row (else a rule only above the rows) */
    RuledLongTablePdf(boolean repeatHeader) {
        this.repeatHeader = repeatHeader;
    }

    Path write(Path file, String heading, List<Page> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    float top = 40;
                    if (p == 0) {
                        text(cs, BOLD, 13, EDGES[0], 40, heading);
                        text(cs, REGULAR, SIZE, EDGES[0], 56, "Summaries of three invented case reviews, one row a review.");
                        top = 66;
                    }
                    if (p == 0 || repeatHeader) {
                        top = row(cs, top, HEADER.stream().map(name -> List.of("*" + name)).toList(), false);
                    }
                    List<List<List<String>>> rows = pages.get(p).rows();
                    for (int r = 0; r < rows.size(); r++) {
                        top = row(cs, top, rows.get(r), pages.get(p).cutAtFoot() && r == rows.size() - 1);
                    }
                    if (pages.get(p).cutAtFoot()) {
                        String more = "Continued on the next page";
                        text(cs, REGULAR, 7, EDGES[EDGES.length - 1] - REGULAR.getStringWidth(more) / 1000 * 7, top + 12, more);
                    } else {
                        text(cs, REGULAR, 7, EDGES[0], top + 14, "Every child, family and place in this table is invented.");
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A row from {@code top} down; the top of the next. */
    private static float row(PDPageContentStream cs, float top, List<List<String>> cells, boolean open) throws IOException {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        float bottom = top + PAD + lines * PITCH + PAD / 2;
        rule(cs, EDGES[0], top, EDGES[EDGES.length - 1] - EDGES[0], RULE);
        for (float x : EDGES) {
            rule(cs, x, top + RULE, RULE, bottom - top - RULE);
        }
        if (!open) {
            rule(cs, EDGES[0], bottom, EDGES[EDGES.length - 1] - EDGES[0], RULE);
        }
        for (int c = 0; c < cells.size(); c++) {
            for (int i = 0; i < cells.get(c).size(); i++) {
                String line = cells.get(c).get(i);
                float x = EDGES[c] + PAD;
                float baseline = top + PAD + (i + 1) * PITCH - 2;
                if (line.startsWith("*")) {
                    text(cs, BOLD, SIZE, x, baseline, line.substring(1));
                } else if (!line.isEmpty()) {
                    text(cs, REGULAR, SIZE, line.startsWith("\u2022 ") ? x : x + 6, baseline, line);
                }
            }
        }
        return bottom;
    }

    /** A thin filled rectangle, from the page's top-left corner. */
    private static void rule(PDPageContentStream cs, float x, float top, float width, float height) throws IOException {
        cs.addRect(x, PAGE.getHeight() - top - height, width, height);
        cs.fill();
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float baseline, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PAGE.getHeight() - baseline);
        cs.showText(text);
        cs.endText();
    }
}
