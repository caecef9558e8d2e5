package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * A table's header line with the lines its cells wrap onto ("Key" over "learning", "Recommend-" over "ations"): a line
 * just under it (closer than rows are apart, no drawn rule between) in the same size and weight, each stretch of
 * which lies under one of the header's cells, goes on with the cell above it.
 *
 * @param cells one run per column: the header line's cell with the glyphs wrapped under it
 * @param names each cell's text, its lines joined
 * @param end   index of the first page line after the header
 */
record TableHeader(List<GlyphLine.Run> cells, List<String> names, int end) {

    private static final int MAX_WRAPPED_LINES = 2;
    /** Baselines at most this many times the font size apart are one cell's lines. */
    private static final float WRAP_GAP = 1.6f;
    private static final float SIZE_SLACK = 0.5f;
    private static final float ROW_RULE_SPAN = 0.6f;

    /** The header that starts at line {@code first}, whose cells on that line are {@code head}. */
    static TableHeader of(List<GlyphLine> lines, int first, List<GlyphLine.Run> head, float cellGap,
                          List<Ruling> rulings) {
        List<List<List<TextPosition>>> columns = new ArrayList<>();
        head.forEach(cell -> columns.add(new ArrayList<>(List.of(cell.glyphs()))));
        int end = first + 1;
        while (end < lines.size() && end - first <= MAX_WRAPPED_LINES) {
            List<List<TextPosition>> under = wrapped(lines.get(first), lines.get(end - 1), lines.get(end), head,
                    cellGap, rulings);
            if (under == null) {
                break;
            }
            for (int c = 0; c < under.size(); c++) {
                if (!under.get(c).isEmpty()) {
                    columns.get(c).add(under.get(c));
                }
            }
            end++;
        }
        return new TableHeader(merged(columns), columns.stream().map(lines1 -> CellText.of(lines1, 0)).toList(), end);
    }

    /** The header of line {@code first} alone. */
    static TableHeader single(int first, List<GlyphLine.Run> head) {
        return new TableHeader(head, head.stream().map(GlyphLine.Run::text).toList(), first + 1);
    }

    /** The line's glyphs under each header cell when it goes on with the header; null when it does not. */
    private static List<List<TextPosition>> wrapped(GlyphLine header, GlyphLine previous, GlyphLine line,
                                                    List<GlyphLine.Run> head, float cellGap, List<Ruling> rulings) {
        float gap = line.baseline() - previous.baseline();
        boolean bold = GlyphText.style(header.glyphs()).bold();
        if (gap <= 0 || gap > WRAP_GAP * header.fontSize() || Math.abs(line.fontSize() - header.fontSize()) > SIZE_SLACK
                || line.glyphs().stream().anyMatch(g -> GlyphText.isBold(g) != bold)
                || ruled(rulings, previous.middle(), line.middle(), head)) {
            return null;
        }
        List<List<TextPosition>> under = new ArrayList<>();
        head.forEach(cell -> under.add(new ArrayList<>()));
        for (GlyphLine.Run run : line.runs(cellGap)) {
            int column = column(run, head);
            if (column < 0 || !under.get(column).isEmpty()) {
                return null;
            }
            under.get(column).addAll(run.glyphs());
        }
        return under;
    }

    /** The header cell a stretch lies under (between the middles of the gaps around the cell), or -1. */
    private static int column(GlyphLine.Run run, List<GlyphLine.Run> head) {
        for (int c = 0; c < head.size(); c++) {
            float left = c == 0 ? head.get(0).start() - cellWidthSlack(head) : gapMiddle(head, c);
            float right = c == head.size() - 1 ? head.get(c).end() + cellWidthSlack(head) : gapMiddle(head, c + 1);
            if (run.start() >= left && run.end() <= right) {
                return c;
            }
        }
        return -1;
    }

    private static float gapMiddle(List<GlyphLine.Run> head, int c) {
        return (head.get(c - 1).end() + head.get(c).start()) / 2;
    }

    /** A wrapped last or first cell may be wider than its first line: by up to the narrowest gap between cells. */
    private static float cellWidthSlack(List<GlyphLine.Run> head) {
        float slack = Float.MAX_VALUE;
        for (int c = 1; c < head.size(); c++) {
            slack = Math.min(slack, head.get(c).start() - head.get(c - 1).end());
        }
        return slack == Float.MAX_VALUE ? 0 : slack / 2;
    }

    private static boolean ruled(List<Ruling> rulings, float top, float bottom, List<GlyphLine.Run> head) {
        float left = head.get(0).start();
        float right = head.get(head.size() - 1).end();
        return rulings.stream().anyMatch(r -> r.horizontal() && r.at() > top && r.at() < bottom
                && r.overlap(left, right) >= ROW_RULE_SPAN * (right - left));
    }

    private static List<GlyphLine.Run> merged(List<List<List<TextPosition>>> columns) {
        List<GlyphLine.Run> cells = new ArrayList<>();
        for (List<List<TextPosition>> column : columns) {
            List<TextPosition> glyphs = column.stream().flatMap(List::stream).toList();
            float start = (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
            float end = (float) glyphs.stream().mapToDouble(GlyphLine::end).max().orElse(0);
            cells.add(new GlyphLine.Run(glyphs, start, end));
        }
        return cells;
    }
}
