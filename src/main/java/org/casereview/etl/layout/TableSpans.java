package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places a tagged table's cells in their columns when cells are merged: a cell spanning rows (RowSpan) holds its
 * column in the rows below, which tag no cell there, and a cell spanning columns (ColSpan) holds the columns after
 * it. A held column before a cell of the row is given as an empty cell, so each cell keeps its column's index.
 */
final class TableSpans {

    /** A hostile span cannot make a row of thousands of empty cells. */
    static final int MAX_SPAN = 64;

    /** Column -> the first row index no longer held by a cell spanning down from above. */
    private final Map<Integer, Integer> heldUntil = new HashMap<>();
    private int row = -1;
    private int column;
    /** Entries up to and including the row's last tagged cell: the pads of a span after it are left off. */
    private int tagged;
    private List<String> cells = new ArrayList<>();
    private List<String> links = new ArrayList<>();

    void startRow() {
        row++;
        column = 0;
        tagged = 0;
        cells = new ArrayList<>();
        links = new ArrayList<>();
    }

    /** The row's next cell, after any columns held by cells above; spans of 1 or less are single. */
    void add(String text, String link, int rowSpan, int colSpan) {
        while (heldUntil.getOrDefault(column, 0) > row && column < MAX_SPAN * MAX_SPAN) {
            pad();
        }
        int rows = Math.min(Math.max(rowSpan, 1), MAX_SPAN);
        int columns = Math.min(Math.max(colSpan, 1), MAX_SPAN);
        cells.add(text);
        links.add(link);
        tagged = cells.size();
        if (rows > 1) {
            heldUntil.put(column, row + rows);
        }
        column++;
        for (int c = 1; c < columns; c++) {
            if (rows > 1) {
                heldUntil.put(column, row + rows);
            }
            pad();
        }
    }

    private void pad() {
        cells.add("");
        links.add("");
        column++;
    }

    /** The row's cells, the columns a span holds after its last tagged cell left off. */
    List<String> cells() {
        return new ArrayList<>(cells.subList(0, tagged));
    }

    List<String> links() {
        return new ArrayList<>(links.subList(0, tagged));
    }
}
