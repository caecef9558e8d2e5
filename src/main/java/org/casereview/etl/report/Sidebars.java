package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sidebar: a filled panel down one side of the page whose upright edge parts the page's text. Over the panel's
 * height every line on its side of that edge stands inside it, no line crosses the edge and text stands beside it
 * on the other side; the page's other text runs no further up or down than the panel, save a running head and
 * foot (a shaded box in a column, or one floated beside a paragraph, has lines above or below it). However narrow,
 * the panel is a region of its own: its lines are read as one block, before the rest of the page when it stands
 * left and after it when right, and the rest of the page is read without it. Read across, a sidebar's lines
 * would join the main column's lines at the same heights.
 */
final class Sidebars {

    /** Where a sidebar stands. */
    private enum Side { LEFT, RIGHT }

    private static final float EDGE = 1f;
    private static final int MIN_LINES = 2;
    /** Lines above or below the panel the page may have: a running head and a running foot. */
    private static final int MAX_RUNNING_LINES = 2;

    private Sidebars() {
    }

    /** The page's lines in reading order, a sidebar's lines as a block of their own. */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments,
                                   List<FloatedBoxes.Panel> panels) {
        for (FloatedBoxes.Panel panel : panels) {
            Side side = side(panel, fragments);
            if (side == null) {
                continue;
            }
            List<TextFragment> inside = new ArrayList<>();
            List<TextFragment> rest = new ArrayList<>();
            fragments.forEach(f -> (panel.holds(f) ? inside : rest).add(f));
            List<FloatedBoxes.Panel> others = panels.stream().filter(p -> p != panel && !p.within(panel)).toList();
            List<TextLine> sidebar = LineAssembler.lines(page, inside);
            List<TextLine> main = assemble(page, pageWidth, rest, others);
            List<TextLine> result = new ArrayList<>(side == Side.LEFT ? sidebar : main);
            result.addAll(side == Side.LEFT ? main : sidebar);
            return result;
        }
        return FloatedBoxes.assemble(page, pageWidth, fragments, panels);
    }

    /**
     * The side the panel stands as a sidebar, or null when it parts no text: a line at its height stands on its
     * side outside it or crosses its edge, either side has under two lines, or more than a running head and foot
     * stand above or below it.
     */
    private static Side side(FloatedBoxes.Panel panel, List<TextFragment> fragments) {
        boolean othersRight = true;
        boolean othersLeft = true;
        Set<Integer> inside = new HashSet<>();
        Set<Integer> beside = new HashSet<>();
        Set<Integer> away = new HashSet<>();
        for (TextFragment f : fragments) {
            if (f.isBlank()) {
                continue;
            }
            if (panel.holds(f)) {
                inside.add(baseline(f));
            } else if (panel.level(f)) {
                beside.add(baseline(f));
                othersRight &= f.x() >= panel.maxX() - EDGE;
                othersLeft &= f.endX() <= panel.minX() + EDGE;
            } else {
                away.add(baseline(f));
            }
            if (!othersRight && !othersLeft || away.size() > MAX_RUNNING_LINES) {
                return null;
            }
        }
        if (inside.size() < MIN_LINES || beside.size() < MIN_LINES) {
            return null;
        }
        return othersRight ? Side.LEFT : Side.RIGHT;
    }

    private static int baseline(TextFragment f) {
        return Math.round(f.y());
    }
}
