package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups a page's fragments into lines in reading order, column by column on two-column pages. */
final class LineAssembler {

    private LineAssembler() {
    }

    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments) {
        Float gutter = ColumnGutter.find(fragments, pageWidth);
        if (gutter == null) {
            return lines(page, fragments);
        }
        return columnLines(page, fragments, gutter);
    }

    /** Bands of column text separated by lines that span the gutter; left column first in each band. */
    private static List<TextLine> columnLines(int page, List<TextFragment> fragments, float gutter) {
        List<TextFragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(TextFragment::y).thenComparingDouble(TextFragment::x));
        List<TextLine> result = new ArrayList<>();
        List<TextFragment> left = new ArrayList<>();
        List<TextFragment> right = new ArrayList<>();
        List<TextFragment> spanning = new ArrayList<>();
        TextFragment last = null;
        for (TextFragment fragment : sorted) {
            boolean spans = fragment.x() < gutter && fragment.endX() > gutter;
            boolean started = !(left.isEmpty() && right.isEmpty() && spanning.isEmpty());
            // white space across both columns ends a band as a spanning line does
            boolean acrossGap = last != null && fragment.y() - last.y() > 2.5f * last.fontSize();
            if (started && (spans != !spanning.isEmpty() || acrossGap)) {
                flush(page, result, left, right, spanning);
            }
            if (last == null || fragment.y() >= last.y()) {
                last = fragment;
            }
            if (spans) {
                spanning.add(fragment);
            } else if (fragment.endX() <= gutter) {
                left.add(fragment);
            } else {
                right.add(fragment);
            }
        }
        flush(page, result, left, right, spanning);
        return result;
    }

    private static void flush(int page, List<TextLine> result, List<TextFragment> left, List<TextFragment> right,
                              List<TextFragment> spanning) {
        result.addAll(lines(page, spanning));
        result.addAll(lines(page, left));
        result.addAll(lines(page, right));
        spanning.clear();
        left.clear();
        right.clear();
    }

    /** Single-column grouping: fragments whose baselines are close form one line. */
    static List<TextLine> lines(int page, List<TextFragment> fragments) {
        List<TextFragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(TextFragment::y).thenComparingDouble(TextFragment::x));
        List<List<TextFragment>> groups = new ArrayList<>();
        List<TextFragment> current = new ArrayList<>();
        float currentY = 0;
        float currentSize = 0;
        for (TextFragment fragment : sorted) {
            float tolerance = 0.45f * Math.max(currentSize, fragment.fontSize());
            if (!current.isEmpty() && Math.abs(fragment.y() - currentY) > tolerance) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty() || fragment.fontSize() > currentSize) {
                currentY = fragment.y();
                currentSize = fragment.fontSize();
            }
            current.add(fragment);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<TextFragment> group : groups) {
            group.sort(Comparator.comparingDouble(TextFragment::x));
            lines.add(new TextLine(page, join(group), group));
        }
        return lines;
    }

    private static String join(List<TextFragment> fragments) {
        StringBuilder text = new StringBuilder();
        TextFragment previous = null;
        for (TextFragment fragment : fragments) {
            if (previous != null) {
                float gap = fragment.x() - previous.endX();
                if (gap > 0.12f * previous.fontSize() && !previous.text().endsWith(" ")
                        && !fragment.text().startsWith(" ")) {
                    text.append(' ');
                }
            }
            text.append(fragment.text());
            previous = fragment;
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
