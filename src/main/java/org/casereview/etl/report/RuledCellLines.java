package org.casereview.etl.report;

import java.util.List;

/**
 * The lines of one cell of a drawn grid that a text stripper reads as lines of their own: a list inside a cell (its
 * markers indented from the cell's edge, its wrapped lines hanging further in) runs on below the row's other cells.
 * Such a line stays in its cell until the rule drawn under the row: it is no paragraph after the table, and its
 * indent is no column of its own.
 */
final class RuledCellLines {

    /** A hanging line inside a cell starts at most this many type sizes right of the cell's text edge. */
    private static final float MAX_HANG = 3f;
    private static final float SAME_COLUMN = 6f;

    private RuledCellLines() {
    }

    /**
     * True when the line, on the same page within the given drop of the line above, stands inside one column of a
     * drawn grid and ends before the next column starts, and that column holds text in the row not yet closed by a
     * rule drawn under it.
     */
    static boolean goesOnInCell(List<TextLine> block, TextLine line, List<Float> columns, float maxDrop) {
        TextLine previous = block.get(block.size() - 1);
        float drop = line.y() - previous.y();
        if (columns.size() < 2 || line.page() != previous.page() || drop <= 0 || drop > maxDrop || previous.ruled()
                || line.hasCellGap() || !drawnGrid(block)) {
            return false;
        }
        int column = columnOf(line.x(), columns);
        float end = line.fragments().get(line.fragments().size() - 1).endX();
        if (line.x() < columns.get(column) - SAME_COLUMN
                || column + 1 < columns.size() && end >= columns.get(column + 1)) {
            return false;
        }
        for (int i = block.size() - 1; i >= 0 && !(i < block.size() - 1 && block.get(i).ruled()); i--) {
            if (block.get(i).fragments().stream().anyMatch(f -> !f.isBlank() && columnOf(f.x(), columns) == column)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a line with one cell only (the caller's to know) starts a little right of a column its table's other
     * lines start at: a marker or a hanging line of a list inside that column's cell, not a column of its own.
     */
    static boolean hangsInColumn(TextLine line, float start, List<Float> columns) {
        return columns.stream().anyMatch(c -> start > c && start - c <= MAX_HANG * line.fontSize());
    }

    /** Upright cell edges drawn beside the block's text, or rules drawn under its rows. */
    private static boolean drawnGrid(List<TextLine> block) {
        return block.stream().anyMatch(l -> l.ruled() || l.fragments().stream().anyMatch(TextFragment::afterRule));
    }

    private static int columnOf(float x, List<Float> columns) {
        int column = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) <= x + SAME_COLUMN) {
                column = c;
            }
        }
        return column;
    }
}
