package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the empty vertical strip between two text columns. A page is two-column when such a
 * strip exists near the middle and both sides hold lines of running text (not narrow table cells).
 */
final class ColumnGutter {

    private static final float HALF_GAP = 4f;

    private ColumnGutter() {
    }

    static Float find(List<TextFragment> fragments, float pageWidth) {
        if (fragments.size() < 10) {
            return null;
        }
        int total = chars(fragments);
        float centre = pageWidth / 2;
        Float best = null;
        for (float x = pageWidth * 0.3f; x <= pageWidth * 0.7f; x += 1f) {
            if (isGutter(fragments, x, total, pageWidth)
                    && (best == null || Math.abs(x - centre) < Math.abs(best - centre))) {
                best = x;
            }
        }
        return best;
    }

    private static boolean isGutter(List<TextFragment> fragments, float x, int total, float pageWidth) {
        List<TextFragment> left = new ArrayList<>();
        List<TextFragment> right = new ArrayList<>();
        int spanning = 0;
        for (TextFragment f : fragments) {
            if (f.endX() <= x - HALF_GAP) {
                left.add(f);
            } else if (f.x() >= x + HALF_GAP) {
                right.add(f);
            } else {
                spanning += f.text().length();
            }
        }
        if (spanning > 0.15 * total || chars(left) < 0.25 * total || chars(right) < 0.25 * total) {
            return false;
        }
        return isRunningText(left, pageWidth) && isRunningText(right, pageWidth);
    }

    /** At least five lines, most of them wider than a quarter of the page. */
    private static boolean isRunningText(List<TextFragment> side, float pageWidth) {
        List<TextLine> lines = LineAssembler.lines(0, side);
        if (lines.size() < 5) {
            return false;
        }
        long wide = lines.stream().filter(l -> l.endX() - l.x() > 0.25f * pageWidth).count();
        return wide * 2 >= lines.size();
    }

    private static int chars(List<TextFragment> fragments) {
        int n = 0;
        for (TextFragment f : fragments) {
            n += f.text().length();
        }
        return n;
    }
}
