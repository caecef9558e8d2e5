package org.casereview.etl.digest;

import java.util.List;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * A table that lists a digest's reviews ahead of them (an index: number, title, kind of report), not a table laid out
 * as a digest: in one of its columns, every row's cell under the header gives the title of a heading further down,
 * the rows in the headings' order. Its rows are the digest's contents, not text: read as lines, each title cell would
 * be a heading with nothing under it.
 */
final class IndexTables {

    private static final int MIN_ROWS = 2;
    /** Fewest words of a title cell: a number or one word names no review. */
    private static final int MIN_TITLE_WORDS = 2;

    private IndexTables() {
    }

    /** True when {@code table}'s rows name, in order, headings among {@code after} (the blocks that follow it). */
    static boolean isIndex(LayoutBlock table, List<LayoutBlock> after) {
        List<String> headings = after.stream().filter(b -> b.kind() == BlockKind.HEADING)
                .map(b -> ContentsLists.title(b.text())).toList();
        List<List<String>> rows = table.rows().subList(Math.min(table.headerRows(), table.rows().size()), table.rows().size());
        if (rows.size() < MIN_ROWS || headings.size() < rows.size()) {
            return false;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        // a table without header cells has its header as its first row
        List<List<String>> belowFirst = rows.size() > MIN_ROWS ? rows.subList(1, rows.size()) : List.of();
        for (int c = 0; c < columns; c++) {
            if (namesHeadingsInOrder(rows, c, headings) || !belowFirst.isEmpty() && namesHeadingsInOrder(belowFirst, c, headings)) {
                return true;
            }
        }
        return false;
    }

    /** Each row's cell in {@code column} is a title of two words or more that opens a heading after the last row's. */
    private static boolean namesHeadingsInOrder(List<List<String>> rows, int column, List<String> headings) {
        int next = 0;
        for (List<String> row : rows) {
            String cell = column < row.size() ? ContentsLists.title(row.get(column)) : "";
            if (cell.split(" ").length < MIN_TITLE_WORDS) {
                return false;
            }
            while (next < headings.size() && !headings.get(next).startsWith(cell)) {
                next++;
            }
            if (next == headings.size()) {
                return false;
            }
            next++;
        }
        return true;
    }
}
