package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of a ruled table as boxes: a rectangle closed on its four sides by drawn rules that end at its corners (a
 * browser or a word processor draws each cell's borders; a spreadsheet's gridlines run on and close no cell), kept when
 * another such cell stands against its side at the same height (a table's row of two cells or more, not a frame around
 * a panel). A page that fills one shape behind a whole table (a browser paints the page body) holds the table's text in
 * that one box; its lines run across the cell walls, and a cell read as a box of its own keeps each cell's text
 * together, as the table's reader sees it.
 */
final class RuledCells {

    /** Points a rule's end may fall short of or past the corner it closes (a border's half width, rounding). */
    private static final float CORNER = 1.5f;
    /** More rules than this is a chart or a grid too dense to be a table of text (and too many to pair each). */
    private static final int MAX_RULINGS = 400;
    private static final float MIN_SIDE = 4f;

    private RuledCells() {
    }

    /**
     * The page's filled boxes and its ruled cells: a fill that spreads under a cell past its walls (a page body or a
     * table painted behind the cells) is the table's ground, not a box, and is left out; a fill inside a cell (a shaded
     * header cell) stays.
     */
    static List<DrawnBox> withFills(List<DrawnBox> fills, List<Ruling> rulings) {
        List<DrawnBox> cells = of(rulings);
        if (cells.isEmpty()) {
            return fills;
        }
        List<DrawnBox> boxes = new ArrayList<>();
        fills.stream().filter(fill -> cells.stream().noneMatch(cell -> under(fill, cell))).forEach(boxes::add);
        boxes.addAll(cells);
        return boxes;
    }

    /** The fill reaches under the cell and past it. */
    private static boolean under(DrawnBox fill, DrawnBox cell) {
        boolean overlap = fill.left() < cell.right() - CORNER && cell.left() < fill.right() - CORNER
                && fill.top() < cell.bottom() - CORNER && cell.top() < fill.bottom() - CORNER;
        boolean inside = fill.left() >= cell.left() - CORNER && fill.right() <= cell.right() + CORNER
                && fill.top() >= cell.top() - CORNER && fill.bottom() <= cell.bottom() + CORNER;
        return overlap && !inside;
    }

    /** The ruled cells that have a neighbour cell beside them, in points from the page's top-left corner. */
    static List<DrawnBox> of(List<Ruling> rulings) {
        if (rulings.size() > MAX_RULINGS) {
            return List.of();
        }
        List<Ruling> across = rulings.stream().filter(Ruling::horizontal).toList();
        List<Ruling> down = rulings.stream().filter(r -> !r.horizontal()).toList();
        List<DrawnBox> cells = new ArrayList<>();
        for (Ruling top : across) {
            closedBelow(top, across, down).ifPresent(cells::add);
        }
        List<DrawnBox> unique = distinct(cells);
        return unique.stream().filter(cell -> unique.stream().anyMatch(other -> beside(cell, other))).toList();
    }

    /** The nearest rule under {@code top} with the same ends, when two rules down close both sides between them. */
    private static Optional<DrawnBox> closedBelow(Ruling top, List<Ruling> across, List<Ruling> down) {
        if (top.length() < MIN_SIDE) {
            return Optional.empty();
        }
        Ruling best = null;
        for (Ruling bottom : across) {
            if (bottom.at() - top.at() >= MIN_SIDE && near(bottom.from(), top.from()) && near(bottom.to(), top.to())
                    && (best == null || bottom.at() < best.at()) && side(down, top.from(), top.at(), bottom.at())
                    && side(down, top.to(), top.at(), bottom.at())) {
                best = bottom;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new DrawnBox(top.from(), top.at(), top.to(), best.at()));
    }

    /**
     * A rule down the page at {@code x} from about {@code from} to about {@code to}, ending there: a cell's own wall, not
     * a sheet's gridline running on through the rows above and below.
     */
    private static boolean side(List<Ruling> down, float x, float from, float to) {
        return down.stream().anyMatch(r -> near(r.at(), x) && near(r.from(), from) && near(r.to(), to));
    }

    /** Two cells of one row: one's right side the other's left side (either way), their heights overlapping by half. */
    private static boolean beside(DrawnBox a, DrawnBox b) {
        float level = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        return a != b && (near(a.right(), b.left()) || near(b.right(), a.left()))
                && level > 0.5f * Math.min(a.height(), b.height());
    }

    private static List<DrawnBox> distinct(List<DrawnBox> cells) {
        List<DrawnBox> out = new ArrayList<>();
        for (DrawnBox cell : cells) {
            if (out.stream().noneMatch(o -> near(o.left(), cell.left()) && near(o.top(), cell.top())
                    && near(o.right(), cell.right()) && near(o.bottom(), cell.bottom()))) {
                out.add(cell);
            }
        }
        return out;
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= CORNER;
    }
}
