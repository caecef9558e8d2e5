package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the empty vertical strip between two text columns: near the middle of the page, with
 * text on both sides in many rows, and columns of about equal width (tables, whose columns
 * differ in width, are left alone). Rows that cross the strip are full-width text. A strip with a drawn
 * rule before the text on both sides of it (cell borders) parts the cells of a ruled table.
 */
final class ColumnGutter {

    /** A table header's cells share one size: sizes further apart than this share of the larger are two texts. */
    private static final float HEADER_SIZE_SPREAD = 0.1f;
    private static final float HALF_GAP = 4f;
    private static final int MIN_SPLIT_ROWS = 4;
    /** Bold rows split by the strip that make it parallel columns with headings rather than a table header. */
    private static final int MIN_HEADING_PAIRS = 2;

    private ColumnGutter() {
    }

    static Float find(List<TextLine> rows, float pageWidth) {
        return strip(rows, pageWidth).columns();
    }

    /**
     * The strip most rows split at, found once for a page (the scan runs over every x of the middle of the page for
     * every row) and judged as the gutter of plain columns or, once a page is neither those nor tiles, of parallel
     * columns whose headings stand level in both.
     */
    record Strip(List<TextLine> rows, float pageWidth, Float x, int splitRows, boolean fromLines) {

        Strip(List<TextLine> rows, float pageWidth, Float x, int splitRows) {
            this(rows, pageWidth, x, splitRows, false);
        }

        Float columns() {
            return gutter(false);
        }

        /** Bold rows on both sides that recur after regular text, or with text above the first, are headings. */
        Float parallelColumns() {
            return fromLines ? null : gutter(true);
        }

        /**
         * The strip parts a Welsh column from one in another language: parallel columns of one text in two languages,
         * whatever their headings (set level as a table header's cells, or at heights of their own).
         */
        Float languageColumns() {
            return x != null && !fromLines && splitRows >= MIN_SPLIT_ROWS && TranslationColumn.hasTranslation(rows, x) ? x : null;
        }

        private Float gutter(boolean headingsOverColumns) {
            if (x == null || splitRows < MIN_SPLIT_ROWS || !balanced(rows, x, pageWidth)
                    || (headingsOverColumns ? hasHeaderRow(rows, x) : hasBoldRow(rows, x)) || ruledCells(rows, x)) {
                return null;
            }
            return x;
        }
    }

    static Strip strip(List<TextLine> rows, float pageWidth) {
        if (rows.size() < MIN_SPLIT_ROWS || rowsWithTextRightOfTheRange(rows, pageWidth) < MIN_SPLIT_ROWS) {
            // a strip needs MIN_SPLIT_ROWS rows with text on its right, in either scan: a page in one column of
            // running text (each line one run from the left margin) has none, and skips both scans
            return new Strip(rows, pageWidth, null, 0);
        }
        return scan(rows, pageWidth);
    }

    /**
     * Rows with a fragment starting right of the strip nearest the left of the scanned range, as {@link #splits} and
     * {@link #side} test it: only such a row can stand right of any strip of the range. Fewer than
     * {@link #MIN_SPLIT_ROWS} give fewer split rows at every strip and fewer lines on its right: the scans would end
     * with a strip of too few rows, which parts no columns (none of {@link Strip}'s answers takes one).
     */
    private static int rowsWithTextRightOfTheRange(List<TextLine> rows, float pageWidth) {
        float from = pageWidth * 0.35f + HALF_GAP;
        int count = 0;
        for (TextLine row : rows) {
            for (TextFragment f : row.fragments()) {
                if (f.x() >= from) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Both scans, strip by strip: the one most rows split at, else the one whole lines stand beside. */
    static Strip scan(List<TextLine> rows, float pageWidth) {
        float[][] starts = new float[rows.size()][];
        float[][] ends = new float[rows.size()][];
        boolean[][] labels = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<TextFragment> fragments = rows.get(r).fragments();
            starts[r] = new float[fragments.size()];
            ends[r] = new float[fragments.size()];
            labels[r] = new boolean[fragments.size()];
            for (int f = 0; f < fragments.size(); f++) {
                starts[r][f] = fragments.get(f).x();
                ends[r][f] = fragments.get(f).endX();
                labels[r][f] = isListLabel(fragments.get(f).text());
            }
        }
        Float best = null;
        int bestRows = 0;
        float centre = pageWidth / 2;
        for (float x = pageWidth * 0.35f; x <= pageWidth * 0.65f; x += 1f) {
            int split = 0;
            for (int r = 0; r < starts.length; r++) {
                if (splits(starts[r], ends[r], labels[r], x)) {
                    split++;
                }
            }
            if (split > bestRows || split == bestRows && best != null && Math.abs(x - centre) < Math.abs(best - centre)) {
                bestRows = split;
                best = x;
            }
        }
        if (bestRows < MIN_SPLIT_ROWS) {
            Strip byLines = byLines(rows, starts, ends, pageWidth);
            if (byLines != null) {
                return byLines;
            }
        }
        return new Strip(rows, pageWidth, best, bestRows);
    }

    /**
     * Columns whose baselines do not line up (headings with space above and below in one column only) share few
     * rows: the strip is found from whole lines instead. Over the height where both sides hold text, no line crosses
     * it, and at least {@link #MIN_SPLIT_ROWS} lines stand wholly on each side; the most lines on the poorer side
     * win, then the strip nearest the middle. Null when no strip has that.
     */
    private static Strip byLines(List<TextLine> rows, float[][] starts, float[][] ends, float pageWidth) {
        float[] ys = new float[rows.size()];
        for (int r = 0; r < ys.length; r++) {
            ys[r] = rows.get(r).y();
        }
        Float best = null;
        int bestLines = 0;
        float centre = pageWidth / 2;
        for (float x = pageWidth * 0.35f; x <= pageWidth * 0.65f; x += 1f) {
            int lines = linesEachSide(ys, starts, ends, x);
            if (lines >= MIN_SPLIT_ROWS && (lines > bestLines
                    || lines == bestLines && Math.abs(x - centre) < Math.abs(best - centre))) {
                bestLines = lines;
                best = x;
            }
        }
        return best == null ? null : new Strip(rows, pageWidth, best, bestLines, true);
    }

    /**
     * The lines on the poorer side of x within the height both sides share, or 0 when a line there crosses x
     * ({@link #crosses}, {@link #hasLeft}, {@link #hasRight} on arrays: it runs for every row at every x).
     */
    private static int linesEachSide(float[] ys, float[][] starts, float[][] ends, float x) {
        int[] sides = new int[ys.length];
        float leftTop = Float.MAX_VALUE;
        float leftBottom = -Float.MAX_VALUE;
        float rightTop = Float.MAX_VALUE;
        float rightBottom = -Float.MAX_VALUE;
        for (int r = 0; r < ys.length; r++) {
            sides[r] = side(starts[r], ends[r], x);
            if ((sides[r] & LEFT) != 0) {
                leftTop = Math.min(leftTop, ys[r]);
                leftBottom = Math.max(leftBottom, ys[r]);
            }
            if ((sides[r] & RIGHT) != 0) {
                rightTop = Math.min(rightTop, ys[r]);
                rightBottom = Math.max(rightBottom, ys[r]);
            }
        }
        float top = Math.max(leftTop, rightTop);
        float bottom = Math.min(leftBottom, rightBottom);
        int left = 0;
        int right = 0;
        for (int r = 0; r < ys.length; r++) {
            if (ys[r] < top || ys[r] > bottom) {
                continue;
            }
            if (sides[r] == CROSSES) {
                return 0;
            }
            left += (sides[r] & LEFT) != 0 ? 1 : 0;
            right += (sides[r] & RIGHT) != 0 ? 1 : 0;
        }
        return Math.min(left, right);
    }

    private static final int LEFT = 1;
    private static final int RIGHT = 2;
    private static final int CROSSES = 4;

    private static int side(float[] starts, float[] ends, float x) {
        int side = 0;
        for (int f = 0; f < starts.length; f++) {
            if (starts[f] < x + HALF_GAP && ends[f] > x - HALF_GAP) {
                return CROSSES;
            }
            side |= ends[f] <= x - HALF_GAP ? LEFT : 0;
            side |= starts[f] >= x + HALF_GAP ? RIGHT : 0;
        }
        return side;
    }

    /**
     * The same test as {@code !crosses && hasLeft && hasRight}, on arrays: it runs for every row at every x. A list
     * label ('2.', a bullet) just left of x that stands nearer the text right of x than the text before it goes with
     * the text it labels (a hanging number of the right column's list): x parts no columns there.
     */
    private static boolean splits(float[] starts, float[] ends, boolean[] labels, float x) {
        int nearestLeft = -1;
        float rightStart = Float.MAX_VALUE;
        for (int f = 0; f < starts.length; f++) {
            if (starts[f] < x + HALF_GAP && ends[f] > x - HALF_GAP) {
                return false;
            }
            if (ends[f] <= x - HALF_GAP && (nearestLeft < 0 || ends[f] > ends[nearestLeft])) {
                nearestLeft = f;
            }
            if (starts[f] >= x + HALF_GAP) {
                rightStart = Math.min(rightStart, starts[f]);
            }
        }
        if (nearestLeft < 0 || rightStart == Float.MAX_VALUE) {
            return false;
        }
        return !labels[nearestLeft] || !labelsTextAfter(starts, ends, nearestLeft, rightStart);
    }

    private static boolean labelsTextAfter(float[] starts, float[] ends, int label, float rightStart) {
        float before = -Float.MAX_VALUE;
        for (int f = 0; f < starts.length; f++) {
            if (f != label && ends[f] <= starts[label]) {
                before = Math.max(before, ends[f]);
            }
        }
        return starts[label] - before > rightStart - ends[label];
    }

    /** A list number or bullet alone: '2.', '(b)', '\u2022'. */
    private static boolean isListLabel(String text) {
        String label = text.strip();
        return !label.isEmpty() && label.length() <= 4 && ListMarkers.listMarkerLength(label + " x") == label.length() + 1;
    }

    /**
     * Bold in one size on both sides of the strip in one row: the header of a two-column table, or headings over tiles.
     * A heading in one column beside a smaller bold label in the other (a boxed point's 'Learning' at the top of the
     * next column) is two columns' text that happens to share a baseline.
     */
    private static boolean hasBoldRow(List<TextLine> rows, float x) {
        for (TextLine row : rows) {
            if (!crosses(row, x) && hasLeft(row, x) && hasRight(row, x)
                    && row.fragments().stream().allMatch(TextFragment::bold) && oneSizeBothSides(row, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneSizeBothSides(TextLine row, float x) {
        float left = 0;
        float right = 0;
        for (TextFragment f : row.fragments()) {
            if (isLeft(f, x)) {
                left = Math.max(left, f.fontSize());
            } else if (f.x() >= x + HALF_GAP) {
                right = Math.max(right, f.fontSize());
            }
        }
        return Math.abs(left - right) <= HEADER_SIZE_SPREAD * Math.max(left, right);
    }

    /**
     * Bold on both sides of the strip in one row: the header of a two-column table, not text columns. Not when
     * split rows of regular text stand above the first such row (a table header opens its table), nor when such
     * rows recur, each run of them after regular split rows: headings over parallel columns (a bilingual page sets
     * each heading in both columns on one baseline), where a table has one header over its body.
     */
    private static boolean hasHeaderRow(List<TextLine> rows, float x) {
        int headings = 0;
        boolean regularBefore = false;
        boolean textAboveFirst = false;
        boolean previousBold = false;
        boolean recurs = true;
        for (TextLine row : rows) {
            if (crosses(row, x) || !hasLeft(row, x) || !hasRight(row, x)) {
                continue;
            }
            boolean bold = row.fragments().stream().allMatch(TextFragment::bold);
            if (bold && !previousBold) {
                // a heading wrapped onto more rows is one heading
                textAboveFirst |= headings == 0 && regularBefore;
                recurs &= headings == 0 || regularBefore;
                headings++;
                regularBefore = false;
            }
            regularBefore |= !bold;
            previousBold = bold;
        }
        return headings > 0 && !textAboveFirst && (headings < MIN_HEADING_PAIRS || !recurs);
    }

    static boolean crosses(TextLine row, float x) {
        return row.fragments().stream().anyMatch(f -> f.x() < x + HALF_GAP && f.endX() > x - HALF_GAP);
    }

    static boolean isLeft(TextFragment f, float x) {
        return f.endX() <= x - HALF_GAP;
    }

    private static boolean hasLeft(TextLine row, float x) {
        return row.fragments().stream().anyMatch(f -> isLeft(f, x));
    }

    private static boolean hasRight(TextLine row, float x) {
        return row.fragments().stream().anyMatch(f -> f.x() >= x + HALF_GAP);
    }

    /**
     * Both sides are running text of about the same width: measured on the split rows, or, when the two
     * sides' lines are out of phase, on each side's own lines. Out of phase: each side has rows to itself at
     * least half as often as the sides share one (drifting text columns); a table's narrow column has
     * almost no rows of its own, its cells start on the wide column's rows.
     */
    private static boolean balanced(List<TextLine> rows, float x, float pageWidth) {
        List<Float> left = new ArrayList<>();
        List<Float> right = new ArrayList<>();
        List<Float> ownLeft = new ArrayList<>();
        List<Float> ownRight = new ArrayList<>();
        for (TextLine row : rows) {
            if (crosses(row, x)) {
                continue;
            }
            boolean hasLeft = hasLeft(row, x);
            boolean hasRight = hasRight(row, x);
            if (hasLeft) {
                ownLeft.add(span(row, x, true));
            }
            if (hasRight) {
                ownRight.add(span(row, x, false));
            }
            if (hasLeft && hasRight) {
                left.add(span(row, x, true));
                right.add(span(row, x, false));
            }
        }
        int split = left.size();
        boolean outOfPhase = 2 * Math.min(ownLeft.size() - split, ownRight.size() - split) >= split;
        if (outOfPhase) {
            return runningText(upperQuartile(ownLeft), upperQuartile(ownRight), pageWidth);
        }
        // on a page no line crosses (a short last page of two balanced columns), split rows pair each column's short
        // paragraph ends: each side's own lines at their longest measure it
        return runningText(median(left), median(right), pageWidth) || rows.stream().noneMatch(row -> crosses(row, x))
                && runningText(upperQuartile(ownLeft), upperQuartile(ownRight), pageWidth);
    }

    private static boolean runningText(float left, float right, float pageWidth) {
        return left > 0.25f * pageWidth && right > 0.25f * pageWidth && Math.min(left, right) / Math.max(left, right) > 0.7f;
    }

    /**
     * Most rows split by the strip begin each side's text just after a drawn upright line: cell borders
     * around every cell, the middle one in the strip. A rule between text columns has none before the left one.
     */
    private static boolean ruledCells(List<TextLine> rows, float x) {
        int split = 0;
        int ruled = 0;
        for (TextLine row : rows) {
            if (crosses(row, x) || !hasLeft(row, x) || !hasRight(row, x)) {
                continue;
            }
            split++;
            TextFragment firstLeft = firstText(row, f -> isLeft(f, x));
            TextFragment firstRight = firstText(row, f -> f.x() >= x + HALF_GAP);
            if (firstLeft != null && firstLeft.afterRule() && firstRight != null && firstRight.afterRule()) {
                ruled++;
            }
        }
        return 2 * ruled > split;
    }

    private static TextFragment firstText(TextLine row, Predicate<TextFragment> side) {
        return row.fragments().stream().filter(f -> !f.isBlank() && side.test(f))
                .min(Comparator.comparingDouble(TextFragment::x)).orElse(null);
    }

    private static float span(TextLine row, float x, boolean leftSide) {
        float min = Float.MAX_VALUE;
        float max = 0;
        for (TextFragment f : row.fragments()) {
            if (isLeft(f, x) == leftSide) {
                min = Math.min(min, f.x());
                max = Math.max(max, f.endX());
            }
        }
        return max - min;
    }

    private static float median(List<Float> values) {
        return quantile(values, 2);
    }

    private static float upperQuartile(List<Float> values) {
        return quantile(values, 4);
    }

    /** The value a {@code 1/part} of the way down from the largest. */
    private static float quantile(List<Float> values, int part) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1 - (sorted.length - 1) / part];
    }
}
