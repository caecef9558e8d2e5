package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the empty vertical strips of a page set in three or more text columns (a brochure, a
 * newsletter): strips that only full-width rows (a title band, a heading across the columns) cross,
 * with text on both sides in many rows, between columns of about equal width. A table, whose
 * columns differ in width or open with a bold header row, is left alone. Two columns are
 * {@link ColumnGutter}'s.
 */
final class ColumnGutters {

    private static final float HALF_GAP = 4f;
    private static final int MIN_ROWS = 8;
    private static final int MIN_SPLIT_ROWS = 4;
    /** Rows crossing a strip that still leaves it a gutter: full-width lines, at most this share of the rows. */
    private static final float MAX_CROSSING = 0.2f;
    private static final float MIN_COLUMN_SHARE = 0.16f;
    private static final float BALANCE = 0.7f;
    /** The strips looked at leave this share of the text's width free at either side (indents, hanging numbers). */
    private static final float EDGE = 0.1f;
    /** A gutter whose far column starts at most this far right of it is narrow (15 pt between the columns or less). */
    private static final float NARROW_REACH = 3 * HALF_GAP;

    private ColumnGutters() {
    }

    /** The gutters from left to right (at least two), or an empty list. */
    static List<Float> find(List<TextLine> rows, float pageWidth) {
        if (rows.size() < MIN_ROWS) {
            return List.of();
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        for (TextLine row : rows) {
            left = Math.min(left, row.x());
            right = Math.max(right, row.endX());
        }
        float extent = right - left;
        List<Float> gutters = strips(rows, left + EDGE * extent, right - EDGE * extent);
        if (gutters.size() < 2 || !columnsOfText(rows, gutters, left, right, pageWidth) || hasHeaderRow(rows, gutters)) {
            return List.of();
        }
        return gutters;
    }

    /**
     * The gutters of a page whose middle gutter was found: the middle one alone, unless the page has
     * columns of one width on either side of it too (four columns), one of whose gutters is the middle one.
     */
    static List<Float> around(float middle, List<TextLine> rows, float pageWidth) {
        List<Float> all = find(rows, pageWidth);
        return all.stream().anyMatch(g -> Math.abs(g - middle) <= 2 * HALF_GAP) ? all : List.of(middle);
    }

    /**
     * The middle of each run of x positions that few rows cross, with crossed text on both sides: a run
     * reaching either end of the range is the margin beside a shorter column, not a gutter.
     */
    private static List<Float> strips(List<TextLine> rows, float from, float to) {
        int allowed = (int) (MAX_CROSSING * rows.size());
        float[][] starts = new float[rows.size()][];
        float[][] ends = new float[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<TextFragment> fragments = rows.get(r).fragments();
            starts[r] = new float[fragments.size()];
            ends[r] = new float[fragments.size()];
            for (int f = 0; f < fragments.size(); f++) {
                starts[r][f] = fragments.get(f).x();
                ends[r][f] = fragments.get(f).endX();
            }
        }
        List<Float> gutters = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        float runStart = Float.NaN;
        for (float x = from; x <= to; x += 1f) {
            int crossing = crossing(starts, ends, x, allowed);
            boolean open = crossing <= allowed;
            if (open && Float.isNaN(runStart)) {
                runStart = x;
            } else if (!open && !Float.isNaN(runStart)) {
                if (runStart > from) {
                    gutters.add(runStart + leastCrossedMiddle(run));
                }
                runStart = Float.NaN;
                run.clear();
            }
            if (open) {
                run.add(crossing);
            }
        }
        return gutters;
    }

    /**
     * The middle of the longest stretch of the run that the fewest rows cross, as an offset from the run's start:
     * a ragged column's longer lines reach into the run, and a gutter at the run's middle would cut them.
     */
    private static float leastCrossedMiddle(List<Integer> run) {
        int least = run.stream().mapToInt(Integer::intValue).min().orElse(0);
        int bestStart = 0;
        int bestLength = 0;
        int start = -1;
        for (int i = 0; i <= run.size(); i++) {
            boolean low = i < run.size() && run.get(i) == least;
            if (low && start < 0) {
                start = i;
            } else if (!low && start >= 0) {
                if (i - start > bestLength) {
                    bestLength = i - start;
                    bestStart = start;
                }
                start = -1;
            }
        }
        return bestStart + (bestLength - 1) / 2f;
    }

    /** How many rows cross x ({@link ColumnGutter#crosses} on arrays: it runs for every row at every x), counted up to limit + 1. */
    private static int crossing(float[][] starts, float[][] ends, float x, int limit) {
        int count = 0;
        for (int r = 0; r < starts.length && count <= limit; r++) {
            for (int f = 0; f < starts[r].length; f++) {
                if (starts[r][f] < x + HALF_GAP && ends[r][f] > x - HALF_GAP) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Columns of about one width, each wide enough for running text, with text on both sides of every gutter. */
    private static boolean columnsOfText(List<TextLine> rows, List<Float> gutters, float left, float right,
                                         float pageWidth) {
        List<Float> edges = new ArrayList<>();
        edges.add(left);
        edges.addAll(gutters);
        edges.add(right);
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        for (int c = 0; c + 1 < edges.size(); c++) {
            float width = edges.get(c + 1) - edges.get(c);
            narrowest = Math.min(narrowest, width);
            widest = Math.max(widest, width);
        }
        if (narrowest < MIN_COLUMN_SHARE * pageWidth || narrowest / widest < BALANCE) {
            return false;
        }
        return gutters.stream().allMatch(g -> rows.stream().filter(row -> splits(row, g)).count() >= MIN_SPLIT_ROWS);
    }

    private static boolean splits(TextLine row, float x) {
        return !ColumnGutter.crosses(row, x)
                && row.fragments().stream().anyMatch(f -> !f.isBlank() && ColumnGutter.isLeft(f, x))
                && row.fragments().stream().anyMatch(f -> !f.isBlank() && f.x() >= x + HALF_GAP);
    }

    /**
     * A row crossing no gutter whose text is bold in every column: the header of a table. A table's header names
     * each column (only the corner above the row labels may stand blank); bold text in some columns with another
     * column blank is headings of text columns that happen to stand level (a newsletter's first and third columns).
     */
    private static boolean hasHeaderRow(List<TextLine> rows, List<Float> gutters) {
        for (TextLine row : rows) {
            if (gutters.stream().allMatch(g -> splits(row, g))
                    && row.fragments().stream().allMatch(f -> f.isBlank() || f.bold())
                    && namesEveryColumnButTheFirst(row, gutters)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesEveryColumnButTheFirst(TextLine row, List<Float> gutters) {
        boolean[] named = new boolean[gutters.size() + 1];
        row.fragments().stream().filter(f -> !f.isBlank()).forEach(f -> named[column(f, gutters)] = true);
        for (int c = 1; c < named.length; c++) {
            if (!named[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Which column a fragment of a row that crosses no gutter stands in, counted from 0 at the left: a fragment from
     * the left that ends within the gutter is left of it (a line that {@link #reachesInto} the gutter).
     */
    static int column(TextFragment f, List<Float> gutters) {
        int column = 0;
        for (float gutter : gutters) {
            if (!ColumnGutter.isLeft(f, gutter) && !endsWithin(f, gutter)) {
                column++;
            }
        }
        return column;
    }

    /**
     * Each gutter of a narrow strip set just before the far column's own left edge (the leftmost start of text right of
     * it in rows that split there): justified lines of the near column set past their measure reach into the strip up to
     * that edge (ConTeXt's and LaTeX's overfull lines beside a gutter of 15 pt or less), while the far column's text
     * never starts inside it. A wider strip keeps its middle, where a line across the page may end.
     */
    static List<Float> atFarColumns(List<TextLine> rows, List<Float> gutters) {
        List<Float> moved = new ArrayList<>();
        for (float gutter : gutters) {
            float far = Float.MAX_VALUE;
            for (TextLine row : rows) {
                if (!ColumnGutter.crosses(row, gutter) && row.fragments().stream()
                        .anyMatch(f -> !f.isBlank() && ColumnGutter.isLeft(f, gutter))) {
                    for (TextFragment f : row.fragments()) {
                        if (!f.isBlank() && f.x() >= gutter + HALF_GAP) {
                            far = Math.min(far, f.x());
                        }
                    }
                }
            }
            moved.add(far <= gutter + NARROW_REACH ? far - HALF_GAP : gutter);
        }
        return moved;
    }

    static boolean crossesAny(TextLine row, List<Float> gutters) {
        return gutters.stream().anyMatch(g -> ColumnGutter.crosses(row, g) && !reachesInto(row, g));
    }

    /**
     * A row whose text stands on one side of the gutter only, its end (or start) within the gutter's strip but short of
     * the far column: a column's line set a little past its measure (an overfull justified line; ConTeXt and LaTeX
     * columns with a narrow gutter, out of step with the other column's lines), not a line across the columns, which
     * reaches past the strip on both sides.
     */
    private static boolean reachesInto(TextLine row, float gutter) {
        List<TextFragment> text = row.fragments().stream().filter(f -> !f.isBlank()).toList();
        return !text.isEmpty() && (text.stream().allMatch(f -> endsWithin(f, gutter))
                || text.stream().allMatch(f -> f.x() >= gutter - HALF_GAP && f.endX() > gutter + HALF_GAP));
    }

    private static boolean endsWithin(TextFragment f, float gutter) {
        return f.x() < gutter && f.endX() <= gutter + HALF_GAP;
    }
}
