package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cover read column by column when it stands beside another page's text: two pages imposed side by side on one
 * sheet (a 2-up print), the cover on one half. The page columns' lines seldom share a baseline, so the body's gutter
 * (found on rows split by it) is not seen; here the gutter is an empty upright strip in the middle of the text that
 * no line crosses, wide enough to part two pages, with lines side by side on both sides of it.
 */
final class CoverColumns {

    /** The strip looked for lies in the middle half of the text's width. */
    private static final float MIDDLE = 0.25f;
    /** The strip's width, in the cover's commonest type size: wider than a table's gap between cells. */
    private static final float GUTTER_SIZES = 4f;
    /** Lines of each side whose baselines lie within the other side's height. */
    private static final int SIDE_BY_SIDE = 2;

    private CoverColumns() {
    }

    /** The cover's lines, the left column's first when a gutter parts them, else as they are. */
    static List<TextLine> inReadingOrder(List<TextLine> cover) {
        if (cover.size() < 2 * SIDE_BY_SIDE) {
            return cover;
        }
        float gutter = gutter(cover);
        if (Float.isNaN(gutter)) {
            return cover;
        }
        List<TextLine> left = new ArrayList<>();
        List<TextLine> right = new ArrayList<>();
        for (TextLine line : cover) {
            List<TextFragment> leftPart = line.fragments().stream().filter(f -> ColumnGutter.isLeft(f, gutter)).toList();
            if (leftPart.isEmpty()) {
                right.add(line);
            } else if (leftPart.size() == line.fragments().size()) {
                left.add(line);
            } else {
                // two lines that happen to share a baseline, one on each side
                left.addAll(LineAssembler.lines(line.page(), leftPart));
                right.addAll(LineAssembler.lines(line.page(), line.fragments().stream()
                        .filter(f -> !ColumnGutter.isLeft(f, gutter)).toList()));
            }
        }
        if (!sideBySide(left, right) || !sideBySide(right, left)) {
            return cover;
        }
        List<TextLine> ordered = new ArrayList<>(left);
        ordered.addAll(right);
        return ordered;
    }

    /** The middle of the widest run of x no line crosses in the middle of the text, if wide enough; else NaN. */
    private static float gutter(List<TextLine> cover) {
        float from = Float.MAX_VALUE;
        float to = 0;
        for (TextLine line : cover) {
            from = Math.min(from, line.x());
            to = Math.max(to, line.endX());
        }
        float extent = to - from;
        float end = to - MIDDLE * extent;
        float best = Float.NaN;
        float bestWidth = GUTTER_SIZES * commonestSize(cover);
        float runStart = Float.NaN;
        for (float x = from + MIDDLE * extent; x <= end + 1f; x += 1f) {
            float at = x;
            // the step past the end closes a run still open there
            boolean open = x <= end && cover.stream().noneMatch(line -> ColumnGutter.crosses(line, at));
            if (open && Float.isNaN(runStart)) {
                runStart = x;
            } else if (!open && !Float.isNaN(runStart)) {
                if (x - runStart > bestWidth) {
                    bestWidth = x - runStart;
                    best = (runStart + x - 1f) / 2;
                }
                runStart = Float.NaN;
            }
        }
        return best;
    }

    private static float commonestSize(List<TextLine> cover) {
        float[] sizes = new float[cover.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = cover.get(i).fontSize();
        }
        Arrays.sort(sizes);
        return sizes[sizes.length / 2];
    }

    /** Enough of one side's lines stand within the height of the other's: columns, not blocks one above the other. */
    private static boolean sideBySide(List<TextLine> side, List<TextLine> other) {
        if (other.isEmpty()) {
            return false;
        }
        float top = other.stream().map(TextLine::y).min(Float::compare).orElseThrow();
        float bottom = other.stream().map(TextLine::y).max(Float::compare).orElseThrow();
        return side.stream().filter(l -> l.y() > top && l.y() < bottom).count() >= SIDE_BY_SIDE;
    }
}
