package org.casereview.etl.report;

import java.util.List;

/**
 * Headings that cut a column page into bands (HTML's {@code column-span: all} over CSS columns: each section a
 * short balanced band of columns): a short heading in larger type than the body stands in one column only,
 * yet every other column has text above it and below it and is empty across the heading's height and a body line
 * under it. A heading inside one column of running text has the other column's lines beside it, and a heading
 * below the end of a shorter column has nothing under it there; both stay in their column. So does a heading
 * beside white space that runs up to the other column's own heading or down from it (a page set in columns
 * from top to bottom, whose headings' space lines up with a heading across the gutter by chance).
 */
final class BandHeadings {

    private static final float HEADING_SIZE = 1.15f;

    private BandHeadings() {
    }

    /** For each row, whether it is a heading across the columns though it is short enough for one. */
    static boolean[] find(List<TextLine> rows, List<Float> gutters) {
        boolean[] band = new boolean[rows.size()];
        float body = TileColumns.bodySize(rows);
        for (int r = 0; r < rows.size(); r++) {
            TextLine row = rows.get(r);
            if (row.fontSize() >= HEADING_SIZE * body && !ColumnGutters.crossesAny(row, gutters)) {
                int column = singleColumn(row, gutters);
                band[r] = column >= 0 && otherColumnsOpen(rows, r, column, gutters, body);
            }
        }
        return band;
    }

    /** The one column all the row's text stands in, or -1. */
    private static int singleColumn(TextLine row, List<Float> gutters) {
        int column = -1;
        for (TextFragment f : row.fragments()) {
            if (f.isBlank()) {
                continue;
            }
            int c = ColumnGutters.column(f, gutters);
            if (column >= 0 && c != column) {
                return -1;
            }
            column = c;
        }
        return column;
    }

    private static boolean otherColumnsOpen(List<TextLine> rows, int heading, int column, List<Float> gutters,
                                            float body) {
        TextLine row = rows.get(heading);
        float top = row.y() - row.fontSize();
        float bottom = row.y() + body;
        for (int c = 0; c <= gutters.size(); c++) {
            if (c == column) {
                continue;
            }
            TextLine above = null;
            TextLine below = null;
            for (int r = 0; r < rows.size(); r++) {
                if (r == heading || !holds(rows.get(r), c, gutters)) {
                    continue;
                }
                float y = rows.get(r).y();
                if (y > top && y < bottom) {
                    return false;
                }
                above = y <= top ? rows.get(r) : above;
                below = below == null && y >= bottom ? rows.get(r) : below;
            }
            // white space next to the column's own heading is that heading's space (a page in columns), no band break
            if (above == null || below == null || isHeading(above, c, gutters, body)
                    || isHeading(below, c, gutters, body)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeading(TextLine row, int column, List<Float> gutters, float body) {
        return !ColumnGutters.crossesAny(row, gutters) && row.fragments().stream()
                .filter(f -> !f.isBlank() && ColumnGutters.column(f, gutters) == column)
                .allMatch(f -> f.fontSize() >= HEADING_SIZE * body);
    }

    /** The row has text in the column, or runs across it. */
    private static boolean holds(TextLine row, int column, List<Float> gutters) {
        return ColumnGutters.crossesAny(row, gutters) || row.fragments().stream()
                .anyMatch(f -> !f.isBlank() && ColumnGutters.column(f, gutters) == column);
    }
}
