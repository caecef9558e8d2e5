package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A right-aligned column (row numbers under "No.", amounts) starts its cells at different x but ends them all at one:
 * cells whose starts lie more than a column's slack apart are still one column when every cell starting at either
 * x ends at one x, right of the later start. A cell running on over the next column's gap ends there by chance only.
 */
final class RightAlignedCells {

    /** Cell ends this close are one right edge. */
    private static final float SAME_END = 1f;
    private static final float SAME_COLUMN = 6f;

    private RightAlignedCells() {
    }

    /** A cell of a line: where it starts and where its last fragment ends. */
    private record Cell(float start, float end) {
    }

    /** The columns with each start that only a right-aligned cell's shorter text makes folded into the one before. */
    static List<Float> merged(List<TextLine> lines, List<Float> columns) {
        if (columns.size() < 2) {
            return columns;
        }
        List<Cell> cells = new ArrayList<>();
        lines.forEach(line -> cells.addAll(cells(line)));
        List<Float> kept = new ArrayList<>(List.of(columns.get(0)));
        for (int c = 1; c < columns.size(); c++) {
            float earlier = kept.get(kept.size() - 1);
            float later = columns.get(c);
            if (!endTogether(cells, earlier, later)) {
                kept.add(later);
            }
        }
        return kept.size() == columns.size() ? columns : kept;
    }

    /** Every cell starting at either x ends at one x, right of the later start: one right-aligned column. */
    private static boolean endTogether(List<Cell> cells, float earlier, float later) {
        float minEnd = Float.MAX_VALUE;
        float maxEnd = -Float.MAX_VALUE;
        boolean laterFound = false;
        boolean earlierFound = false;
        for (Cell cell : cells) {
            boolean atEarlier = Math.abs(cell.start() - earlier) < SAME_COLUMN;
            boolean atLater = Math.abs(cell.start() - later) < SAME_COLUMN;
            if (atEarlier || atLater) {
                minEnd = Math.min(minEnd, cell.end());
                maxEnd = Math.max(maxEnd, cell.end());
            }
            earlierFound |= atEarlier;
            laterFound |= atLater;
        }
        return earlierFound && laterFound && maxEnd - minEnd <= SAME_END && minEnd > later;
    }

    private static List<Cell> cells(TextLine line) {
        List<Float> starts = TableRows.cellStarts(line);
        List<Cell> cells = new ArrayList<>();
        int cell = 0;
        float end = 0;
        for (TextFragment f : line.fragments()) {
            if (cell + 1 < starts.size() && f.x() >= starts.get(cell + 1)) {
                cells.add(new Cell(starts.get(cell), end));
                cell++;
            }
            end = f.endX();
        }
        cells.add(new Cell(starts.get(cell), end));
        return cells;
    }
}
