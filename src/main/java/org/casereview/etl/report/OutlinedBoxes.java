package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outlined boxes of text side by side: stroked outlines (square or rounded corners, not filled) each holding lines of
 * its own, two of them at least standing beside each other at the same height apart by more than a table's cell
 * spacing (a briefing's cards, boxes either side of a picture, a wheel's segments). Each box is a region read whole.
 * Boxes that line up in rows (every box level with another stands level with it at the top: a grid of cards) are read
 * row by row from the top, each row from the left, as a reader reads a grid, and text level with a row in a cell of the
 * grid with no outline (under or over a box of another row: a filled title panel in a briefing's centre) is read
 * whole before the boxes, a title read first; boxes that do not (a wheel's boxes round
 * its picture, one under it level with none), or rows with text between their boxes (a picture's labels between the
 * boxes either side of it), are read in columns from the left, a column's boxes and its other lines from the top. The
 * text over the boxes (a header) and under them (a footer) stays in place, and so does a line outside the boxes level
 * with them (a heading between two rows). Read line by line across the page, the boxes' lines at one height would
 * join. Not for a grid of cells (boxes that meet side to side are a table's), nor a page border or a frame round a
 * column (wider than a column's share of the page), nor a page where the boxes hold little of the text, nor where a
 * line runs across a box's edge.
 */
final class OutlinedBoxes {

    /** Points a fragment may stand over a box's edge and still be inside it. */
    private static final float EDGE = 1f;
    /** A box this wide is no box of one column (a page border, a frame round the body). */
    private static final float MAX_WIDTH = 0.6f;
    /** Boxes side by side closer than this (points) are a table's cells (borders drawn cell by cell), not regions. */
    private static final float CELL_SPACING = 6f;
    /** Share of the page's printed characters the boxes must hold. */
    private static final float MOST_TEXT = 0.6f;
    private static final int MIN_LINES = 2;
    /** Points the tops of a row's boxes may stand apart and still be level. */
    private static final float ROW_EDGE = 3f;

    /** A box or a line outside the boxes: the lines it gives and where it stands. */
    private record Unit(float left, float right, float top, List<TextLine> lines) {
    }

    /** Boxes standing level in a row: from the top of the highest to the foot of the lowest, across their span. */
    private record Row(float top, float bottom, float left, float right) {

        Row with(FloatedBoxes.Panel box) {
            return new Row(Math.min(top, box.top()), Math.max(bottom, box.bottom()), Math.min(left, box.minX()),
                    Math.max(right, box.maxX()));
        }

        boolean holds(float y) {
            return y >= top && y < bottom;
        }

        /** A fragment level with the row within its span: between two of its boxes. */
        boolean between(TextFragment f) {
            return holds(f.y()) && f.endX() > left && f.x() < right;
        }
    }

    private OutlinedBoxes() {
    }

    /** The page's lines read box by box, or null when the page is not laid out in outlined boxes side by side. */
    static List<TextLine> read(int page, float pageWidth, List<TextFragment> fragments, List<FloatedBoxes.Panel> frames,
                               List<RuledLines.Rule> rules) {
        List<FloatedBoxes.Panel> boxes = holdingLines(frames, fragments, pageWidth);
        if (boxes.size() < 2 || !sideBySide(boxes) || meetSideToSide(boxes)) {
            return null;
        }
        float top = (float) boxes.stream().mapToDouble(FloatedBoxes.Panel::top).min().orElseThrow();
        float bottom = (float) boxes.stream().mapToDouble(FloatedBoxes.Panel::bottom).max().orElseThrow();
        List<TextFragment> above = new ArrayList<>();
        List<TextFragment> below = new ArrayList<>();
        List<TextFragment> between = new ArrayList<>();
        List<List<TextFragment>> inside = new ArrayList<>();
        boxes.forEach(b -> inside.add(new ArrayList<>()));
        int printed = 0;
        int held = 0;
        for (TextFragment f : fragments) {
            int box = holder(boxes, f);
            if (boxes.stream().anyMatch(b -> b.overlapsAcross(f)) && box < 0 && !f.isBlank()) {
                return null;
            }
            int chars = f.text().strip().length();
            printed += chars;
            held += box >= 0 ? chars : 0;
            (box >= 0 ? inside.get(box) : f.y() < top ? above : f.y() > bottom ? below : between).add(f);
        }
        if (held < MOST_TEXT * printed) {
            return null;
        }
        List<Unit> units = new ArrayList<>();
        for (int b = 0; b < boxes.size(); b++) {
            FloatedBoxes.Panel box = boxes.get(b);
            units.add(new Unit(box.minX(), box.maxX(), box.top(), LineAssembler.lines(page, inside.get(b))));
        }
        List<Row> rows = rows(boxes, between);
        List<TextLine> result = new ArrayList<>(LineAssembler.assemble(page, pageWidth, above, rules));
        if (rows != null) {
            List<TextFragment> loose = new ArrayList<>();
            titlePanels(page, between, boxes, rows, loose).forEach(result::addAll);
            units.addAll(lineUnits(page, loose));
        } else {
            units.addAll(lineUnits(page, between));
        }
        (rows != null ? byRows(units, rows) : columns(units)).forEach(unit -> result.addAll(unit.lines()));
        result.addAll(LineAssembler.assemble(page, pageWidth, below, rules));
        return result;
    }

    /** The outermost outlines narrower than a column's share of the page holding two lines of text or more. */
    private static List<FloatedBoxes.Panel> holdingLines(List<FloatedBoxes.Panel> frames, List<TextFragment> fragments,
                                                        float pageWidth) {
        List<FloatedBoxes.Panel> narrow = frames.stream().filter(f -> f.maxX() - f.minX() < MAX_WIDTH * pageWidth)
                .toList();
        List<FloatedBoxes.Panel> kept = new ArrayList<>();
        for (FloatedBoxes.Panel frame : narrow) {
            long baselines = fragments.stream().filter(f -> !f.isBlank() && frame.holds(f))
                    .map(f -> Math.round(f.y())).distinct().count();
            if (baselines >= MIN_LINES && narrow.stream().noneMatch(other -> other != frame && frame.within(other))) {
                kept.add(frame);
            }
        }
        return kept;
    }

    /** Two boxes stand level (their heights overlap) with a space wider than a cell spacing between them. */
    private static boolean sideBySide(List<FloatedBoxes.Panel> boxes) {
        for (FloatedBoxes.Panel a : boxes) {
            for (FloatedBoxes.Panel b : boxes) {
                if (level(a, b) && b.minX() - a.maxX() > CELL_SPACING) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two level boxes whose sides meet or nearly meet: the cells of a table drawn one by one. */
    private static boolean meetSideToSide(List<FloatedBoxes.Panel> boxes) {
        for (FloatedBoxes.Panel a : boxes) {
            for (FloatedBoxes.Panel b : boxes) {
                float gap = b.minX() - a.maxX();
                if (a != b && level(a, b) && gap >= -EDGE && gap <= CELL_SPACING) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean level(FloatedBoxes.Panel a, FloatedBoxes.Panel b) {
        return a.top() < b.bottom() && b.top() < a.bottom();
    }

    private static int holder(List<FloatedBoxes.Panel> boxes, TextFragment f) {
        for (int b = 0; b < boxes.size(); b++) {
            if (boxes.get(b).holds(f)) {
                return b;
            }
        }
        return -1;
    }

    /**
     * The boxes in rows from the top: a box standing level with the row above it (their heights overlap) belongs to it
     * and must stand level with it at the top. Null when a box does not, or when a line outside the boxes stands level
     * with a row between its boxes (not in a cell of the grid).
     */
    private static List<Row> rows(List<FloatedBoxes.Panel> boxes, List<TextFragment> between) {
        List<FloatedBoxes.Panel> byTop = new ArrayList<>(boxes);
        byTop.sort(Comparator.comparingDouble(FloatedBoxes.Panel::top));
        List<Row> rows = new ArrayList<>();
        for (FloatedBoxes.Panel box : byTop) {
            Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last == null || box.top() >= last.bottom()) {
                rows.add(new Row(box.top(), box.bottom(), box.minX(), box.maxX()));
            } else if (box.top() - last.top() <= ROW_EDGE) {
                rows.set(rows.size() - 1, last.with(box));
            } else {
                return null;
            }
        }
        return textBetweenBoxes(between, boxes, rows) ? null : rows;
    }

    /**
     * A line level with a row stands between its boxes, not in a cell of the grid: under or over no box of another
     * row, or in a cell whose lines stand level with more than one row (a picture's labels down the page).
     */
    private static boolean textBetweenBoxes(List<TextFragment> between, List<FloatedBoxes.Panel> boxes,
                                            List<Row> rows) {
        Map<FloatedBoxes.Panel, Row> cellRows = new HashMap<>();
        for (TextFragment f : between) {
            Row row = f.isBlank() ? null : rows.stream().filter(r -> r.between(f)).findFirst().orElse(null);
            if (row == null) {
                continue;
            }
            FloatedBoxes.Panel cell = cellOf(f, boxes);
            Row seen = cell == null ? null : cellRows.putIfAbsent(cell, row);
            if (cell == null || seen != null && seen != row) {
                return true;
            }
        }
        return false;
    }

    /**
     * The box of another row that spans a fragment across the page: a fragment under or over it stands in that box's
     * grid column, in a cell of the grid with no outline (a filled title panel in a briefing's centre). Null when none
     * does (a picture's labels between two columns of boxes).
     */
    private static FloatedBoxes.Panel cellOf(TextFragment f, List<FloatedBoxes.Panel> boxes) {
        for (FloatedBoxes.Panel box : boxes) {
            if (!box.level(f) && f.x() >= box.minX() - EDGE && f.endX() <= box.maxX() + EDGE) {
                return box;
            }
        }
        return null;
    }

    private static List<Unit> lineUnits(int page, List<TextFragment> fragments) {
        return LineAssembler.lines(page, fragments).stream()
                .map(l -> new Unit(l.x(), l.endX(), l.y(), List.of(l))).toList();
    }

    /**
     * The lines of each cell of a grid that has no outline (text level with a row, under or over a box of another
     * row): a briefing's title panel in the grid's centre, read before the boxes as a reader reads a title first.
     * Other lines outside the boxes (a heading between two rows) go to {@code loose}.
     */
    private static List<List<TextLine>> titlePanels(int page, List<TextFragment> between,
                                                    List<FloatedBoxes.Panel> boxes, List<Row> rows,
                                                    List<TextFragment> loose) {
        Map<FloatedBoxes.Panel, List<TextFragment>> byCell = new LinkedHashMap<>();
        for (TextFragment f : between) {
            FloatedBoxes.Panel column = rows.stream().anyMatch(r -> r.between(f)) ? cellOf(f, boxes) : null;
            if (column == null) {
                loose.add(f);
            } else {
                byCell.computeIfAbsent(column, c -> new ArrayList<>()).add(f);
            }
        }
        return byCell.values().stream().map(cell -> LineAssembler.lines(page, cell)).toList();
    }

    /** Rows from the top, each from the left: a box with its row, a line level with a row beside its boxes. */
    private static List<Unit> byRows(List<Unit> units, List<Row> rows) {
        List<Unit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparingDouble((Unit unit) -> rowTop(rows, unit)).thenComparingDouble(Unit::left)
                .thenComparingDouble(Unit::top));
        return ordered;
    }

    /** The top of the row a unit stands level with, or its own top when it stands between rows. */
    private static float rowTop(List<Row> rows, Unit unit) {
        return rows.stream().filter(r -> r.holds(unit.top())).map(Row::top).findFirst().orElse(unit.top());
    }

    /** Columns from the left (units whose spans across the page overlap), each from its top. */
    private static List<Unit> columns(List<Unit> units) {
        List<Unit> byLeft = new ArrayList<>(units);
        byLeft.sort(Comparator.comparingDouble(Unit::left));
        List<List<Unit>> columns = new ArrayList<>();
        float columnRight = Float.NEGATIVE_INFINITY;
        for (Unit unit : byLeft) {
            if (columns.isEmpty() || unit.left() >= columnRight - EDGE) {
                columns.add(new ArrayList<>());
                columnRight = unit.right();
            }
            columnRight = Math.max(columnRight, unit.right());
            columns.get(columns.size() - 1).add(unit);
        }
        List<Unit> ordered = new ArrayList<>();
        for (List<Unit> column : columns) {
            column.sort(Comparator.comparingDouble(Unit::top).thenComparingDouble(Unit::left));
            ordered.addAll(column);
        }
        return ordered;
    }
}
