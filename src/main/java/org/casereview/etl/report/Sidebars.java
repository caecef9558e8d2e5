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
    /** Panels of a row stand level: top and bottom within this share of the panel's height. */
    private static final float ROW_SLACK = 0.1f;
    private static final int MIN_LINES = 2;
    /** Lines above or below the panel the page may have: a running head and a running foot. */
    private static final int MAX_RUNNING_LINES = 2;

    private Sidebars() {
    }

    /** The page's lines in reading order, a sidebar's lines as a block of their own. */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments,
                                   List<FloatedBoxes.Panel> panels) {
        return assemble(page, pageWidth, fragments, panels, List.of());
    }

    /** As {@link #assemble(int, float, List, List)}, with the page's drawn rules (a table's header rule). */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments,
                                   List<FloatedBoxes.Panel> panels, List<RuledLines.Rule> rules) {
        return assemble(page, pageWidth, fragments, panels, rules, List.of());
    }

    /** As {@link #assemble(int, float, List, List, List)}, with the page's side rules (a floated quotation's). */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments,
                                   List<FloatedBoxes.Panel> panels, List<RuledLines.Rule> rules,
                                   List<DrawnBullets.Upright> sideRules) {
        for (FloatedBoxes.Panel panel : panels) {
            Side side = inRowOfTiles(panel, panels, fragments) ? null : side(panel, fragments);
            if (side == null) {
                continue;
            }
            List<TextFragment> inside = new ArrayList<>();
            List<TextFragment> rest = new ArrayList<>();
            fragments.forEach(f -> (panel.holds(f) ? inside : rest).add(f));
            List<FloatedBoxes.Panel> others = panels.stream().filter(p -> p != panel && !p.within(panel)).toList();
            List<TextLine> sidebar = LineAssembler.lines(page, inside);
            List<TextLine> main = assemble(page, pageWidth, rest, others, rules, sideRules);
            List<TextLine> result = new ArrayList<>(side == Side.LEFT ? sidebar : main);
            result.addAll(side == Side.LEFT ? main : sidebar);
            return result;
        }
        return FloatedBoxes.assemble(page, pageWidth, fragments, panels, rules, sideRules);
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

    /**
     * Another panel holding text stands level beside this one (top and bottom within a tenth of its height) with no
     * text between the two: boxes side by side in a row (a briefing's numbered learning points), each a tile of one
     * band, read as tiles are. Two sidebars, one down either side, have the main column between them.
     */
    private static boolean inRowOfTiles(FloatedBoxes.Panel panel, List<FloatedBoxes.Panel> panels,
                                        List<TextFragment> fragments) {
        float slack = ROW_SLACK * (panel.bottom() - panel.top());
        for (FloatedBoxes.Panel other : panels) {
            boolean level = Math.abs(other.top() - panel.top()) <= slack
                    && Math.abs(other.bottom() - panel.bottom()) <= slack;
            boolean apart = other.minX() >= panel.maxX() - EDGE || other.maxX() <= panel.minX() + EDGE;
            boolean holdsText = fragments.stream().anyMatch(f -> !f.isBlank() && other.holds(f));
            if (other == panel || !level || !apart || !holdsText) {
                continue;
            }
            float from = Math.min(panel.maxX(), other.maxX());
            float to = Math.max(panel.minX(), other.minX());
            boolean between = fragments.stream().anyMatch(f -> !f.isBlank() && panel.level(f)
                    && f.endX() > from + EDGE && f.x() < to - EDGE);
            if (!between) {
                return true;
            }
        }
        return false;
    }

    private static int baseline(TextFragment f) {
        return Math.round(f.y());
    }
}
