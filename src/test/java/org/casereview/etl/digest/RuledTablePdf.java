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
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Writes an untagged PDF laid out as a table, as pdflatex's longtable or a word processor without tagging does: a
 * heading, then a header row and one row per review, each cell's lines given as printed (a line starting with
 * "*" is bold, "• " a bullet; a header
 * cell's name wraps where it has a line break). Rules drawn as thin filled rectangles (TeX), as stroked lines, or not at all; the
 * header row is repeated on each page unless {@link #headerOnFirstPageOnly()}. A cell line "words <https://...>"
 * prints its words under a link annotation to that address. Rows are {@link #shortRows()} as a spreadsheet prints rows
 * whose heights were not grown to their text.
 */
final class RuledTablePdf {

    enum Rules { FILLED, STROKED, NONE }

    private static final float TOP = 780;
    private static final float BOTTOM = 60;
    private static final float LEADING = 12;
    private static final float PAD = 5;
    private static final float SIZE = 9.5f;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final float[] columns;
    private final Rules rules;
    private boolean repeatHeader = true;
    private boolean shortRows;
    private final PDDocument document = new PDDocument();
    private PDPageContentStream content;
    private float y;

    /** @param columns the left edge of each column and, last, the table's right edge */
    RuledTablePdf(Rules rules, float... columns) {
        this.rules = rules;
        this.columns = columns;
    }

    /** The header row on the first page only, as Writer prints a table whose heading row is not repeated. */
    RuledTablePdf headerOnFirstPageOnly() {
        repeatHeader = false;
        return this;
    }

    /**
     * Each row ends where its tallest cell's last line stands on the row's bottom rule: that baseline falls 0.6 point
     * below the rule, the glyphs above it (LibreOffice Calc printing a sheet whose row heights it did not recompute).
     */
    RuledTablePdf shortRows() {
        shortRows = true;
        return this;
    }

    Path write(Path file, String heading, List<String> header, List<List<List<String>>> rows) throws IOException {
        newPage();
        text(BOLD, 16, columns[0], y - 16, heading);
        y -= 40;
        row(headerCells(header));
        for (List<List<String>> row : rows) {
            if (y - height(row) < BOTTOM) {
                newPage();
                if (repeatHeader) {
                    row(headerCells(header));
                }
            }
            row(row);
        }
        content.close();
        document.save(file.toFile());
        document.close();
        return file;
    }

    /** Header cells in bold, a cell wrapped where its name has a line break ("Key\nlearning"). */
    private static List<List<String>> headerCells(List<String> header) {
        return header.stream().map(h -> java.util.Arrays.stream(h.split("\n")).map(line -> "*" + line).toList()).toList();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        text(REGULAR, 9, 290, 30, String.valueOf(document.getNumberOfPages()));
        y = TOP;
    }

    private float height(List<List<String>> row) {
        int lines = row.stream().mapToInt(List::size).max().orElse(1);
        return shortRows ? PAD + SIZE + (lines - 1) * LEADING - 0.6f : lines * LEADING + 2 * PAD;
    }

    private void row(List<List<String>> cells) throws IOException {
        float h = height(cells);
        if (rules != Rules.NONE && y == TOP) {
            rule(columns[0], y, columns[columns.length - 1], y);
        }
        for (int c = 0; c < cells.size(); c++) {
            float line = y - PAD - SIZE;
            for (String written : cells.get(c)) {
                String text = written;
                String uri = null;
                if (text.endsWith(">") && text.contains(" <")) {
                    uri = text.substring(text.lastIndexOf(" <") + 2, text.length() - 1);
                    text = text.substring(0, text.lastIndexOf(" <"));
                }
                boolean bold = text.startsWith("*");
                float width = (bold ? BOLD : REGULAR).getStringWidth(bold ? text.substring(1) : text) / 1000 * SIZE;
                if (width > columns[c + 1] - columns[c] - 2 * PAD) {
                    throw new IllegalArgumentException("wider than its column: " + text);
                }
                text(bold ? BOLD : REGULAR, SIZE, columns[c] + PAD, line, bold ? text.substring(1) : text);
                if (uri != null) {
                    link(new PDRectangle(columns[c] + PAD, line - 2, width, SIZE + 2), uri);
                }
                line -= LEADING;
            }
        }
        if (rules != Rules.NONE) {
            rule(columns[0], y - h, columns[columns.length - 1], y - h);
            for (float x : columns) {
                rule(x, y, x, y - h);
            }
        }
        y -= h + (rules == Rules.NONE ? LEADING : 0);
    }

    private void link(PDRectangle over, String uri) throws IOException {
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(over);
        link.setAction(action);
        document.getPage(document.getNumberOfPages() - 1).getAnnotations().add(link);
    }

    private void rule(float x0, float y0, float x1, float y1) throws IOException {
        if (rules == Rules.FILLED) {
            content.addRect(Math.min(x0, x1) - 0.2f, Math.min(y0, y1) - 0.2f, Math.abs(x1 - x0) + 0.4f, Math.abs(y1 - y0) + 0.4f);
            content.fill();
        } else {
            content.moveTo(x0, y0);
            content.lineTo(x1, y1);
            content.stroke();
        }
    }

    private void text(PDType1Font font, float size, float x, float baseline, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }
}
