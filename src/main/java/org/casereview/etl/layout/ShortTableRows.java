package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged table row that tags fewer cells than the table has columns, its cells placed under the columns they stand
 * in. A browser leaves an empty cell out of the structure tree (a transposed digest table's "Identifies good practice"
 * row has a cell only under the one review that has some), so the row's next cell would take the empty one's column.
 * Each cell of a short row goes to the column whose left edge (the leftmost text of that column in the table's full
 * rows) is the last at or left of its own text's left edge, the columns between given as empty cells; a row whose
 * cells cannot be so placed (two in one column, a cell without text, merged cells) stays as it is.
 */
final class ShortTableRows {

    /** Text may stand this far left of its column's leftmost text (points). */
    private static final float SLACK = 2f;

    private ShortTableRows() {
    }

    /** The left edge of a cell's printed lines; NaN for a cell without text. */
    static float left(List<List<TextPosition>> printed) {
        float left = Float.NaN;
        for (List<TextPosition> line : printed) {
            for (TextPosition glyph : line) {
                if (!glyph.getUnicode().isBlank() && !(glyph.getXDirAdj() >= left)) {
                    left = glyph.getXDirAdj();
                }
            }
        }
        return left;
    }

    /** The tagged cells' left edges, or null when the row holds other entries (columns a merged cell holds). */
    static float[] lefts(List<Float> tagged, int cells) {
        if (tagged.size() != cells) {
            return null;
        }
        float[] lefts = new float[cells];
        for (int i = 0; i < cells; i++) {
            lefts[i] = tagged.get(i);
        }
        return lefts;
    }

    /** Each short row's cells (and their links) moved under their columns, in place. */
    static void placeByX(List<List<String>> rows, List<List<String>> links, List<float[]> cellLefts) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        if (columns < 2 || rows.stream().allMatch(row -> row.size() == columns)) {
            return;
        }
        float[] edges = columnEdges(rows, cellLefts, columns);
        if (edges == null) {
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            int[] placed = rows.get(r).size() < columns ? placed(cellLefts.get(r), edges) : null;
            if (placed != null) {
                rows.set(r, spread(rows.get(r), placed, columns));
                links.set(r, spread(links.get(r), placed, columns));
            }
        }
    }

    /** Each column's leftmost text in the full rows; null when a column has none. */
    private static float[] columnEdges(List<List<String>> rows, List<float[]> cellLefts, int columns) {
        float[] edges = new float[columns];
        java.util.Arrays.fill(edges, Float.NaN);
        for (int r = 0; r < rows.size(); r++) {
            float[] lefts = cellLefts.get(r);
            if (rows.get(r).size() != columns || lefts == null) {
                continue;
            }
            for (int c = 0; c < columns; c++) {
                if (!Float.isNaN(lefts[c]) && !(lefts[c] >= edges[c])) {
                    edges[c] = lefts[c];
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            if (Float.isNaN(edges[c]) || c > 0 && edges[c] <= edges[c - 1]) {
                return null;
            }
        }
        return edges;
    }

    /** The column of each cell, rising from cell to cell; null when a cell has no text or two share a column. */
    private static int[] placed(float[] lefts, float[] edges) {
        if (lefts == null || lefts.length == 0) {
            return null;
        }
        int[] placed = new int[lefts.length];
        int last = -1;
        for (int i = 0; i < lefts.length; i++) {
            if (Float.isNaN(lefts[i])) {
                return null;
            }
            int column = 0;
            while (column + 1 < edges.length && edges[column + 1] <= lefts[i] + SLACK) {
                column++;
            }
            if (column <= last) {
                return null;
            }
            placed[i] = column;
            last = column;
        }
        return placed;
    }

    private static List<String> spread(List<String> cells, int[] placed, int columns) {
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            while (spread.size() < placed[i]) {
                spread.add("");
            }
            spread.add(cells.get(i));
        }
        return spread.size() <= columns ? spread : cells;
    }
}
