package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's header row that the word processor repeats at the top of the next page ("No.  Recommendation")
 * is not body text: left in, it lands inside the row that runs over the page break. A page's first line
 * with table cells is dropped when the same row, cells and all, stood on one of the two pages before.
 */
final class RepeatedHeaderRows {

    private static final int MAX_PAGES_BACK = 2;

    private RepeatedHeaderRows() {
    }

    static List<TextLine> drop(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean opensPage = i > 0 && lines.get(i - 1).page() != line.page();
            if (!(opensPage && line.hasCellGap() && repeatsEarlierRow(lines, i))) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean repeatsEarlierRow(List<TextLine> lines, int index) {
        TextLine row = lines.get(index);
        String text = row.text().strip();
        for (int j = index - 1; j >= 0 && row.page() - lines.get(j).page() <= MAX_PAGES_BACK; j--) {
            TextLine earlier = lines.get(j);
            if (earlier.page() < row.page() && earlier.hasCellGap() && earlier.text().strip().equals(text)
                    && Math.abs(earlier.x() - row.x()) < 2) {
                return true;
            }
        }
        return false;
    }
}
