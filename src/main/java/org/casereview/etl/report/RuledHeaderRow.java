package org.casereview.etl.report;

import java.util.List;

/**
 * A table with no cell borders (a word processor's plain table style) whose only rule is drawn under its header row:
 * the header's cells stand in two columns or more on one baseline over the rule, no line above it on the page has
 * cells, and rows under it start their cells at the header's columns. Such a page is read row by row, not as page
 * columns, though white gutters run down it. The rule may be drawn cell by cell, end to end (a cell's bottom border
 * in each column, as HTML tables with collapsed borders are drawn), and then also between the rows below.
 */
final class RuledHeaderRow {

    private static final int MIN_ROWS_UNDER = 2;

    private RuledHeaderRow() {
    }

    static boolean opensTable(List<TextLine> rows, List<RuledLines.Rule> rules) {
        if (rules.isEmpty()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            TextLine row = rows.get(r);
            List<Float> columns = TableRows.cellStarts(row);
            if (columns.size() < 2) {
                continue;
            }
            if (RuledLines.joined(rules).stream().noneMatch(rule -> RuledLines.under(row, rule))) {
                return false;
            }
            return rows.subList(r + 1, rows.size()).stream()
                    .filter(below -> TableRows.cellStarts(below).size() >= 2 && TableRows.fitsColumns(below, columns))
                    .count() >= MIN_ROWS_UNDER;
        }
        return false;
    }
}
