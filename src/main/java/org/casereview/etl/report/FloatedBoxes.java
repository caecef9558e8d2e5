package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shaded boxes floated beside running text (a call-out set right of a paragraph): a filled area that
 * holds whole lines, with lines of other text beside it over its height, in a type size of its own or
 * wrapped round it (a word processor's floating text frame in the paragraph's own face: the text near
 * it runs across the column it leaves free beside it). Read line by line across the page, the box and
 * the paragraph interleave; instead the box is read as a block of its own after the paragraph beside it.
 */
final class FloatedBoxes {

    /** A filled area in the coordinates of text positions (y from the top). */
    record Panel(float minX, float maxX, float top, float bottom) {

        boolean holds(TextFragment f) {
            return f.x() >= minX - EDGE && f.endX() <= maxX + EDGE && f.y() >= top && f.y() <= bottom;
        }

        boolean level(TextFragment f) {
            return f.y() >= top && f.y() <= bottom;
        }

        boolean overlapsAcross(TextFragment f) {
            return level(f) && f.x() < maxX && f.endX() > minX && !holds(f);
        }

        boolean within(Panel other) {
            return minX >= other.minX - EDGE && maxX <= other.maxX + EDGE && top >= other.top - EDGE
                    && bottom <= other.bottom + EDGE;
        }
    }

    private static final float EDGE = 1f;
    private static final float MAX_WIDTH = 0.6f;
    private static final int MIN_LINES = 2;
    private static final float SIZE_STEP = 0.5f;
    /** Baselines closer than this many font sizes are lines of one paragraph. */
    private static final float PARAGRAPH_LEADING = 1.6f;
    /** Baselines within this share of the type size stand level (as lines are grouped). */
    private static final float LEVEL_SHARE = 0.45f;
    /** The most a line over or under a box wrapped by text stands from the next, in type sizes: a paragraph space. */
    private static final float NEAR_STEP = 2.5f;
    /** Lines over or under a box wrapped by text that may stop short of it (the frame's spacing, a last line). */
    private static final int MAX_WRAP_ROWS = 3;
    /** Rows of a paragraph beside a box that may start elsewhere: a running head or foot, a first line's indent. */
    private static final int MAX_ROWS_ASIDE = 2;

    private FloatedBoxes() {
    }

    /** The page's lines in reading order, each floated box after the paragraph beside it. */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments, List<Panel> panels,
                                   List<RuledLines.Rule> rules) {
        return assemble(page, pageWidth, fragments, panels, rules, List.of());
    }

    /** As {@link #assemble(int, float, List, List, List)}; a quotation floated beside a rule of its own too. */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments, List<Panel> panels,
                                   List<RuledLines.Rule> rules, List<DrawnBullets.Upright> sideRules) {
        List<Panel> floated = new ArrayList<>(floated(fragments, panels, pageWidth));
        Set<Panel> quotations = new HashSet<>();
        if (!sideRules.isEmpty()) {
            List<Panel> boxes = List.copyOf(floated);
            RuledFloats.find(fragments, sideRules, pageWidth).stream()
                    .filter(q -> boxes.stream().noneMatch(b -> overlap(q, b)))
                    .forEach(quotations::add);
            floated.addAll(quotations);
            floated.sort(Comparator.comparingDouble(Panel::top));
        }
        if (floated.isEmpty()) {
            return LineAssembler.assemble(page, pageWidth, fragments, rules);
        }
        List<TextFragment> outside = new ArrayList<>();
        List<List<TextFragment>> inside = new ArrayList<>();
        floated.forEach(p -> inside.add(new ArrayList<>()));
        for (TextFragment f : fragments) {
            int box = boxHolding(floated, f);
            (box < 0 ? outside : inside.get(box)).add(f);
        }
        List<TextLine> lines = LineAssembler.assemble(page, pageWidth, outside, rules);
        int[] after = new int[floated.size()];
        for (int b = 0; b < floated.size(); b++) {
            int rowStart = rowLabelFor(lines, floated.get(b), inside.get(b));
            Panel box = floated.get(b);
            // a quotation's last line may stand level with the heading after the paragraph beside it: it goes
            // after the paragraph beside its first line
            Panel beside = quotations.contains(box) ? new Panel(box.minX(), box.maxX(), box.top(), box.top()) : box;
            after[b] = rowStart >= 0 ? rowStart - 1 : paragraphEnd(lines, beside);
        }
        List<TextLine> result = new ArrayList<>();
        for (int i = -1; i < lines.size(); i++) {
            if (i >= 0) {
                result.add(lines.get(i));
            }
            for (int b = 0; b < floated.size(); b++) {
                if (after[b] == i) {
                    result.addAll(LineAssembler.lines(page, inside.get(b)));
                }
            }
        }
        return result;
    }

    /**
     * Each panel standing right of the text level with it, widened to the text that starts inside it and runs out past
     * its right edge (a margin box's fill narrower than the lines set in it): nothing stands beyond that edge at the
     * panel's height, so the lines are the box's own, not another column's.
     */
    static List<Panel> widenedToText(List<Panel> panels, List<TextFragment> fragments) {
        if (panels.isEmpty()) {
            return panels;
        }
        List<Panel> widened = new ArrayList<>(panels.size());
        for (Panel panel : panels) {
            widened.add(widenedToText(panel, fragments));
        }
        return widened;
    }

    private static Panel widenedToText(Panel panel, List<TextFragment> fragments) {
        float right = panel.maxX();
        boolean besideLeft = false;
        for (TextFragment f : fragments) {
            if (f.isBlank() || !panel.level(f)) {
                continue;
            }
            boolean startsInside = f.x() >= panel.minX() - EDGE && f.x() < panel.maxX();
            if (startsInside) {
                right = Math.max(right, f.endX());
            } else if (f.endX() <= panel.minX() + EDGE) {
                besideLeft = true;
            } else {
                return panel; // text beyond the panel or across its left edge: not a margin box
            }
        }
        return besideLeft && right > panel.maxX() + EDGE
                ? new Panel(panel.minX(), right, panel.top(), panel.bottom()) : panel;
    }

    private static boolean overlap(Panel a, Panel b) {
        return a.minX() <= b.maxX() && b.minX() <= a.maxX() && a.top() <= b.bottom() && b.top() <= a.bottom();
    }

    private static int boxHolding(List<Panel> panels, TextFragment f) {
        for (int b = 0; b < panels.size(); b++) {
            if (panels.get(b).holds(f)) {
                return b;
            }
        }
        return -1;
    }

    /** The panels that are boxes floated beside other text, top first; a panel inside another counts once. */
    private static List<Panel> floated(List<TextFragment> fragments, List<Panel> panels, float pageWidth) {
        List<Panel> bySize = new ArrayList<>(panels);
        bySize.sort(Comparator.comparingDouble((Panel p) -> -(p.maxX() - p.minX()) * (p.bottom() - p.top())));
        List<Panel> kept = new ArrayList<>();
        for (Panel panel : bySize) {
            if (panel.maxX() - panel.minX() < MAX_WIDTH * pageWidth && kept.stream().noneMatch(panel::within)
                    && kept.stream().noneMatch(k -> k.within(panel)) && isFloatedBox(panel, fragments)) {
                kept.add(panel);
            }
        }
        kept.sort(Comparator.comparingDouble(Panel::top));
        return kept;
    }

    /**
     * Whole lines inside, in a size of their own; no text running across its edge; lines of other text
     * beside it, left or right, over its height.
     */
    private static boolean isFloatedBox(Panel panel, List<TextFragment> fragments) {
        List<TextFragment> inside = new ArrayList<>();
        List<TextFragment> beside = new ArrayList<>();
        for (TextFragment f : fragments) {
            if (f.isBlank()) {
                continue;
            }
            if (panel.overlapsAcross(f)) {
                return false;
            }
            if (panel.holds(f)) {
                inside.add(f);
            } else if (panel.level(f)) {
                beside.add(f);
            }
        }
        return baselines(inside) >= MIN_LINES && baselines(beside) >= MIN_LINES
                && (Math.abs(commonSize(inside) - commonSize(beside)) >= SIZE_STEP
                    || wrappedRound(panel, beside, fragments));
    }

    /**
     * The text beside the box wraps round it, whatever the box's type size (a word processor's floating text frame
     * in the paragraph's own face): the text beside stands on one side of the box, and the column it leaves free
     * beside the box is free only there: within a few lines under the box, each no more than a paragraph space from
     * the one before, words run across the box's edge into that column; or, when no text follows under the box (the
     * page ends, or a wider space), they do so over it. Text going on under the box on its side only is a column.
     */
    private static boolean wrappedRound(Panel panel, List<TextFragment> beside, List<TextFragment> fragments) {
        boolean left = beside.stream().allMatch(f -> f.endX() <= panel.minX() + EDGE);
        boolean right = beside.stream().allMatch(f -> f.x() >= panel.maxX() - EDGE);
        List<Float> rows = rows(beside);
        if (left == right || rows.size() < MIN_LINES || !oneColumn(beside)) {
            return false;
        }
        float edge = left ? panel.minX() : panel.maxX();
        float step = NEAR_STEP * commonSize(beside);
        List<TextFragment> away = fragments.stream()
                .filter(f -> !f.isBlank() && !panel.level(f) && !panel.holds(f)).toList();
        Wrap under = wrap(away, edge, rows.get(rows.size() - 1), step);
        return under == Wrap.ACROSS || under == Wrap.OPEN && wrap(away, edge, rows.get(0), -step) == Wrap.ACROSS;
    }

    /**
     * The lines start at one x, save a running head or foot or a first line's indent: one paragraph's lines, not
     * columns of text beside the box.
     */
    private static boolean oneColumn(List<TextFragment> fragments) {
        Map<Integer, Float> starts = new HashMap<>();
        fragments.forEach(f -> starts.merge(Math.round(f.y()), f.x(), Math::min));
        int most = 0;
        for (float start : starts.values()) {
            most = Math.max(most, (int) starts.values().stream().filter(x -> Math.abs(x - start) <= EDGE).count());
        }
        return starts.size() - most <= MAX_ROWS_ASIDE;
    }

    /** How the text near a box goes on past it. */
    private enum Wrap {
        /** Words run across the box's edge. */
        ACROSS,
        /** Lines go on, none across the edge. */
        APART,
        /** No more lines near enough. */
        OPEN
    }

    /**
     * From the row at {@code from}, going down ({@code step} positive) or up through the rows of the given fragments,
     * each at most {@code step} from the one before: whether a row within {@link #MAX_WRAP_ROWS} holds a fragment
     * running across {@code edge}, the rows stop short of it, or the rows end first.
     */
    private static Wrap wrap(List<TextFragment> fragments, float edge, float from, float step) {
        float row = from;
        for (int n = 0; n < MAX_WRAP_ROWS; n++) {
            float at = row;
            List<TextFragment> next = fragments.stream()
                    .filter(f -> (f.y() - at) * Math.signum(step) > EDGE && (f.y() - at) / step <= 1).toList();
            if (next.isEmpty()) {
                return Wrap.OPEN;
            }
            float nearest = step > 0 ? (float) next.stream().mapToDouble(TextFragment::y).min().orElseThrow()
                    : (float) next.stream().mapToDouble(TextFragment::y).max().orElseThrow();
            if (next.stream().anyMatch(f -> Math.abs(f.y() - nearest) <= EDGE
                    && f.x() < edge - EDGE && f.endX() > edge + EDGE)) {
                return Wrap.ACROSS;
            }
            row = nearest;
        }
        return Wrap.APART;
    }

    /** The distinct baselines of the fragments, top first. */
    private static List<Float> rows(List<TextFragment> fragments) {
        List<Float> rows = new ArrayList<>();
        fragments.stream().map(TextFragment::y).sorted().forEach(y -> {
            if (rows.isEmpty() || y - rows.get(rows.size() - 1) > EDGE) {
                rows.add(y);
            }
        });
        return rows;
    }

    /** How many baselines the fragments stand on. */
    static int baselines(List<TextFragment> fragments) {
        Set<Integer> rows = new HashSet<>();
        fragments.forEach(f -> rows.add(Math.round(f.y())));
        return rows.size();
    }

    /** The size of most characters. */
    static float commonSize(List<TextFragment> fragments) {
        List<Float> sizes = new ArrayList<>();
        for (TextFragment f : fragments) {
            for (int i = 0; i < f.text().length(); i++) {
                sizes.add(f.fontSize());
            }
        }
        sizes.sort(Float::compare);
        return sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
    }

    /**
     * A box of bold lines on the left whose first line stands level with the first line of a block beside it on
     * the right is a table row's label cell (a form of two columns), whatever the order the cells are drawn in:
     * it is read before that block. Gives the index of the block's first line, or -1 for a box beside no such block.
     */
    private static int rowLabelFor(List<TextLine> lines, Panel panel, List<TextFragment> inside) {
        List<TextFragment> words = inside.stream().filter(f -> !f.isBlank()).toList();
        if (words.isEmpty() || !words.stream().allMatch(TextFragment::bold)) {
            return -1;
        }
        TextFragment top = words.stream().min(Comparator.comparingDouble(TextFragment::y)).orElseThrow();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            boolean level = Math.abs(line.y() - top.y()) <= LEVEL_SHARE * Math.max(line.fontSize(), top.fontSize());
            boolean right = line.fragments().stream().allMatch(f -> f.x() >= panel.maxX() - EDGE);
            if (level && right) {
                boolean opensBlock = i == 0 || lines.get(i - 1).y() < line.y() - PARAGRAPH_LEADING * line.fontSize();
                return opensBlock ? i : -1;
            }
        }
        return -1;
    }

    /** The index of the last line of the paragraph beside the box (-1: the box comes first). */
    private static int paragraphEnd(List<TextLine> lines, Panel panel) {
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).y() <= panel.bottom()) {
                last = i;
            }
        }
        while (last >= 0 && last + 1 < lines.size()) {
            TextLine line = lines.get(last);
            float drop = lines.get(last + 1).y() - line.y();
            if (drop <= 0 || drop > PARAGRAPH_LEADING * line.fontSize()) {
                break;
            }
            last++;
        }
        return last;
    }
}
