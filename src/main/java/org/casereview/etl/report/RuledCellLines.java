package org.casereview.etl.report;

import java.util.ArrayList;
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
        int column = TableRows.columnOf(line.x(), columns);
        float end = line.fragments().get(line.fragments().size() - 1).endX();
        if (line.x() < columns.get(column) - TableRows.SAME_COLUMN
                || column + 1 < columns.size() && end >= columns.get(column + 1)) {
            return false;
        }
        for (int i = block.size() - 1; i >= 0 && !(i < block.size() - 1 && block.get(i).ruled()); i--) {
            if (block.get(i).fragments().stream().anyMatch(f -> !f.isBlank() && TableRows.columnOf(f.x(), columns) == column)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a line with one cell only (the caller's to know) starts a little right of a column where a list entry
     * of the table opens (see {@link #listOpenings}): the wrapped line of that entry, hanging after its marker inside
     * the cell, not a column of its own. A column of text right of a narrow number column ("1" alone, no text after
     * it) is a column.
     */
    static boolean hangsInColumn(TextLine line, float start, List<Float> columns, List<Float> listOpenings) {
        for (float column : columns) {
            if (start > column && start - column <= MAX_HANG * line.fontSize()
                    && listOpenings.stream().anyMatch(x -> Math.abs(x - column) < TableRows.SAME_COLUMN && x < start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the lines' list entries open: a fragment opening with a list marker and going on after it ("1. name the
     * agency ..."), or a marker alone ("1.", a bullet) with the entry's text just after it on its line.
     */
    static List<Float> listOpenings(List<TextLine> lines) {
        List<Float> openings = new ArrayList<>();
        for (TextLine line : lines) {
            List<TextFragment> fragments = line.fragments();
            for (int i = 0; i < fragments.size(); i++) {
                String text = fragments.get(i).text().strip();
                int marker = ListMarkers.listMarkerLength(text);
                boolean alone = !text.isEmpty() && ListMarkers.listMarkerLength(text + " x") == text.length() + 1
                        && i + 1 < fragments.size()
                        && fragments.get(i + 1).x() - fragments.get(i).endX() < line.fontSize();
                if (marker > 0 && marker < text.length() || alone) {
                    openings.add(fragments.get(i).x());
                }
            }
        }
        return openings;
    }

    /** Upright cell edges drawn beside the block's text, or rules drawn under its rows. */
    private static boolean drawnGrid(List<TextLine> block) {
        return block.stream().anyMatch(l -> l.ruled() || l.fragments().stream().anyMatch(TextFragment::afterRule));
    }
}
