package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.text.TextPosition;

/**
 * A table on an untagged page, found from its header line: the columns start where the header's cells do (or at
 * the drawn vertical rules between them), the rows are parted by drawn horizontal rules or, where there are none,
 * by a blank gap across the whole table before a line that has text in the first column. A line belongs to the row
 * whose band holds most of its glyphs' height above the baseline ({@link GlyphLine#middle()}): a producer that did
 * not grow a row to its text sets the last line's baseline just below the row's bottom rule.
 *
 * @param rows      the header row, then one list of cell texts per row
 * @param links     shaped as {@code rows}: for each cell, the URI of the link annotation over each of its lines (an
 *                  empty line where none is)
 * @param startLine index of the table's first page line (its header line, or the first line going on from the page
 *                  before)
 * @param endLine   index of the first page line after the table
 * @param bounds    where the columns meet, left to right
 * @param left      the table's left edge (its header's first cell)
 * @param right     the table's right edge (its header's last cell)
 * @param cut       its last row has its walls but no rule under it: the page break cut it, and it goes on over the page
 */
record TableGrid(List<List<String>> rows, List<List<String>> links, int startLine, int endLine, List<Float> bounds, float left, float right,
                 boolean cut) {

    /** Share of the header's width a horizontal rule must span to part rows. */
    private static final float ROW_RULE_SPAN = 0.6f;
    private static final float MERGE = 2f;
    /** Baselines this many times the font size below every line before start a row (tables without rules). */
    private static final float ROW_GAP = 1.6f;
    /** Baselines this many times the font size apart end a table without rules. */
    private static final float END_GAP = 4f;

    /**
     * @param dots  the page's drawn dots: list markers in a cell start its items
     * @param links the page's link annotations
     */
    static Optional<TableGrid> find(List<GlyphLine> lines, int headerLine, TableHeader heading, List<Ruling> rulings,
                                    List<DrawnDot> dots, List<PageLinks.Link> links) {
        GlyphLine header = lines.get(headerLine);
        List<GlyphLine.Run> head = heading.cells();
        List<GlyphLine> below = lines.subList(heading.end(), lines.size());
        List<Float> bounds = ColumnBounds.of(head, header, rulings, below);
        float left = head.get(0).start();
        float right = head.get(head.size() - 1).end();
        List<Float> rules = rowRules(rulings, header.middle(), left, right);
        List<GlyphLine> headerBand = rules.size() >= 2 ? between(lines, header.top() - MERGE, rules.get(0))
                : lines.subList(headerLine, heading.end());
        List<List<GlyphLine>> bands = new ArrayList<>();
        Banded banded = bands(lines, heading.end(), rules, rulings, bounds, bands);
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = cells(headerBand, bounds).stream().map(cell -> CellText.of(cell, 0)).toList();
        Cells cells = rows(names, bands, bounds, dots, links);
        return Optional.of(new TableGrid(cells.rows(), cells.links(), headerLine, banded.end(), bounds, left, right,
                banded.cut()));
    }

    /**
     * The table of the page before going on at the top of this page without its header row: the same columns, from
     * the first line no word of which crosses a column edge; a row split by the page break has an empty first cell.
     */
    static Optional<TableGrid> continued(List<GlyphLine> lines, TableGrid previous, List<Ruling> rulings,
                                         List<DrawnDot> dots, List<PageLinks.Link> links) {
        int start = 0;
        while (start < lines.size() && ColumnBounds.crossings(lines.get(start), previous.bounds()) > 0) {
            start++;
        }
        if (start >= lines.size()) {
            return Optional.empty();
        }
        List<Float> rules = rowRules(rulings, lines.get(start).top() - lines.get(start).height(), previous.left(),
                previous.right());
        List<List<GlyphLine>> bands = new ArrayList<>();
        if (rules.size() >= 2) {
            bands.add(between(lines.subList(start, lines.size()), Float.NEGATIVE_INFINITY, rules.get(0)));
        }
        Banded banded = bands(lines, start, rules, rulings, previous.bounds(), bands);
        bands.removeIf(List::isEmpty);
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        Cells cells = rows(previous.rows().get(0), bands, previous.bounds(), dots, links);
        return Optional.of(new TableGrid(cells.rows(), cells.links(), start, banded.end(), previous.bounds(),
                previous.left(), previous.right(), banded.cut()));
    }

    /** Where the rows end (the first line after them), and whether the last was cut by the page break. */
    private record Banded(int end, boolean cut) {
    }

    /** The rows from line {@code first} on, parted by the rules or by gaps, into {@code bands}. */
    private static Banded bands(List<GlyphLine> lines, int first, List<Float> rules, List<Ruling> rulings,
                             List<Float> bounds, List<List<GlyphLine>> bands) {
        int end;
        boolean cut = false;
        if (rules.size() >= 2) {
            List<List<GlyphLine>> ruled = new ArrayList<>();
            for (int r = 0; r + 1 < rules.size(); r++) {
                ruled.add(between(lines, rules.get(r), rules.get(r + 1)));
            }
            float last = rules.get(rules.size() - 1);
            float open = openRowBottom(rulings, last, bounds);
            cut = open > last;
            if (cut) {
                ruled.add(between(lines, last, open)); // a row the page break cut: its walls go on below its top rule
            }
            bands.addAll(ruled.size() == 1 ? byGaps(ruled.get(0), bounds.get(0)) : ruled);
            end = firstBelow(lines, Math.max(last, open));
        } else {
            end = unruledEnd(lines, first, bounds);
            bands.addAll(byGaps(lines.subList(first, end), bounds.get(0)));
        }
        bands.removeIf(List::isEmpty);
        return new Banded(end, cut);
    }

    /** Cell texts row by row, and the links over their lines in the same shape. */
    private record Cells(List<List<String>> rows, List<List<String>> links) {
    }

    private static Cells rows(List<String> names, List<List<GlyphLine>> bands, List<Float> bounds, List<DrawnDot> dots,
                              List<PageLinks.Link> pageLinks) {
        List<List<List<List<TextPosition>>>> cells = new ArrayList<>();
        bands.forEach(band -> cells.add(cells(band, bounds)));
        float pitch = CellText.pitch(cells.stream().flatMap(List::stream).toList());
        List<List<DrawnDot>> columnDots = new ArrayList<>();
        for (int c = 0; c <= bounds.size(); c++) {
            int column = c;
            columnDots.add(dots.stream().filter(d -> column(d.x(), bounds) == column).toList());
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        rows.add(names);
        links.add(names.stream().map(name -> "").toList());
        for (List<List<List<TextPosition>>> row : cells) {
            List<String> texts = new ArrayList<>();
            List<String> uris = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                CellText.Linked cell = CellText.linked(row.get(c), pitch, columnDots.get(c), pageLinks);
                texts.add(cell.text());
                uris.add(cell.links());
            }
            rows.add(texts);
            links.add(uris);
        }
        return new Cells(rows, links);
    }

    /** Each column's lines of glyphs in a band, a glyph in the column its middle falls in. */
    private static List<List<List<TextPosition>>> cells(List<GlyphLine> band, List<Float> bounds) {
        List<List<List<TextPosition>>> cells = new ArrayList<>();
        for (int c = 0; c <= bounds.size(); c++) {
            cells.add(new ArrayList<>());
        }
        for (GlyphLine line : band) {
            List<List<TextPosition>> parts = new ArrayList<>();
            for (int c = 0; c <= bounds.size(); c++) {
                parts.add(new ArrayList<>());
            }
            line.glyphs().forEach(g -> parts.get(column(g.getXDirAdj() + g.getWidthDirAdj() / 2, bounds)).add(g));
            for (int c = 0; c < parts.size(); c++) {
                if (!parts.get(c).isEmpty()) {
                    cells.get(c).add(parts.get(c));
                }
            }
        }
        return cells;
    }

    static int column(float x, List<Float> bounds) {
        int c = 0;
        while (c < bounds.size() && x >= bounds.get(c)) {
            c++;
        }
        return c;
    }

    /** Horizontal rules below {@code from} that span most of the table, top to bottom, near ones merged. */
    private static List<Float> rowRules(List<Ruling> rulings, float from, float left, float right) {
        List<Float> ats = rulings.stream().filter(r -> r.horizontal() && r.at() > from)
                .filter(r -> r.overlap(left, right) >= ROW_RULE_SPAN * (right - left))
                .map(Ruling::at).sorted().toList();
        List<Float> merged = new ArrayList<>();
        for (float at : ats) {
            if (merged.isEmpty() || at - merged.get(merged.size() - 1) > MERGE) {
                merged.add(at);
            }
        }
        return merged;
    }

    /**
     * Where the vertical rules at the column edges that start at the table's last horizontal rule end, when they go on
     * below it (the walls of a row whose bottom rule the page break left out); {@code last} when none does. Every
     * inner column edge must have its wall there.
     */
    private static float openRowBottom(List<Ruling> rulings, float last, List<Float> bounds) {
        float bottom = last;
        for (float x : bounds) {
            float wall = last;
            for (Ruling r : rulings) {
                if (!r.horizontal() && Math.abs(r.at() - x) <= MERGE && Math.abs(r.from() - last) <= MERGE
                        && r.to() > last + MERGE) {
                    wall = Math.max(wall, r.to());
                }
            }
            if (wall <= last) {
                return last;
            }
            bottom = Math.max(bottom, wall);
        }
        return bottom;
    }

    private static List<GlyphLine> between(List<GlyphLine> lines, float top, float bottom) {
        return lines.stream().filter(l -> l.middle() > top && l.middle() < bottom).toList();
    }

    private static int firstBelow(List<GlyphLine> lines, float at) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).middle() > at) {
                return i;
            }
        }
        return lines.size();
    }

    /** The first line from {@code first} on that a word crosses a column edge in, or that follows a wide gap. */
    private static int unruledEnd(List<GlyphLine> lines, int first, List<Float> bounds) {
        for (int i = first; i < lines.size(); i++) {
            GlyphLine line = lines.get(i);
            float gap = i > first ? line.baseline() - lines.get(i - 1).baseline() : 0;
            if (gap > END_GAP * line.fontSize() || ColumnBounds.crossings(line, bounds) > 0) {
                return i;
            }
        }
        return lines.size();
    }

    /** Rows parted by a gap over the whole table before a line with text in the first column. */
    private static List<List<GlyphLine>> byGaps(List<GlyphLine> lines, float firstBound) {
        List<List<GlyphLine>> rows = new ArrayList<>();
        List<GlyphLine> row = new ArrayList<>();
        float lowest = Float.NEGATIVE_INFINITY;
        for (GlyphLine line : lines.stream().sorted(Comparator.comparingDouble(GlyphLine::baseline)).toList()) {
            boolean firstColumn = line.glyphs().get(0).getXDirAdj() < firstBound;
            if (!row.isEmpty() && firstColumn && line.baseline() - lowest > ROW_GAP * line.fontSize()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(line);
            lowest = Math.max(lowest, line.baseline());
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
