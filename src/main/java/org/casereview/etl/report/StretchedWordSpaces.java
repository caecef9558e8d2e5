package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A justified cell stretches its word spaces: in a narrow cell, or after a number's stop ('2.␣␣␣Children's'), a space
 * can be wider than the em that parts two cells, and where words are fragments of their own (pdfTeX sets no space
 * glyph) it reads as a cell's start. A column's start is a gutter no text runs across; a start that more lines run
 * across (one fragment on both sides of it) than start a cell at it, two lines at least, is such a space, no column.
 * A start after a drawn upright is a column whatever runs across it.
 */
final class StretchedWordSpaces {

    /** Text this far past a start on both sides runs across it. */
    private static final float ACROSS = 1f;

    private StretchedWordSpaces() {
    }

    /** The columns without the starts that text runs across in more lines than start there. */
    static List<Float> dropped(List<TextLine> lines, List<Float> columns) {
        if (columns.size() < 2) {
            return columns;
        }
        List<Float> kept = new ArrayList<>(List.of(columns.get(0)));
        for (float column : columns.subList(1, columns.size())) {
            int starts = 0;
            int across = 0;
            boolean ruled = false;
            for (TextLine line : lines) {
                if (line.fragments().stream().anyMatch(f -> f.x() < column - ACROSS && f.endX() > column + ACROSS)) {
                    across++;
                } else if (TableRows.cellStarts(line).stream()
                        .anyMatch(x -> Math.abs(x - column) < TableRows.SAME_COLUMN)) {
                    starts++;
                    ruled |= line.fragments().stream()
                            .anyMatch(f -> f.afterRule() && Math.abs(f.x() - column) < TableRows.SAME_COLUMN);
                }
            }
            if (ruled || across < 2 || across <= starts) {
                kept.add(column);
            }
        }
        return kept.size() == columns.size() ? columns : kept;
    }
}
