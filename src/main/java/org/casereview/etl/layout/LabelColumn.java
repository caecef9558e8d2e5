package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/**
 * A box's lines laid out as a label|content table (an e-mail or form whose left column names what stands beside
 * it: 'Summary', 'Learning includes:'): a narrow column of short cells at the box's left text edge, in one type
 * size, set off by a gutter from a wide right column that no line crosses. Read as rows, top down: a row's label
 * (its lines joined, a label wrapped over two lines included), then the text beside it; a line across the gutter
 * (a title, an intro) ends the table. A page line reader would read the two columns across, line by line.
 */
final class LabelColumn {

    /** A label line's first glyph stands this close to the box's left text edge. */
    private static final float ALIGN = 1.5f;
    /** A gap this many glyph heights wide parts a label cell from the text beside it (a word space is far less). */
    private static final float WIDE_GAP = 1.2f;
    /** Points a glyph may stray into the gutter. */
    private static final float SLACK = 1f;
    /** The label column is at most this share of the box's text width... */
    private static final float NARROW = 0.4f;
    /** ...and a label line at most this many words. */
    private static final int MAX_LABEL_WORDS = 5;
    private static final int MIN_ROWS = 2;
    /** A label line this close under the one before (in line pitches) goes on that label. */
    private static final float SAME_CELL = 1.3f;
    private static final float SAME_SIZE = 0.1f;
    private static final Pattern LIST_MARKER = Pattern.compile("\\(?(?:\\p{L}|[ivxlcdmIVXLCDM]{1,5})[.)]|\\p{L}");

    /** A line or a part of one in reading order: row -1 for a line outside a table, else its row and column. */
    record Part(GlyphLine line, int row, boolean label) {
    }

    private enum Shape { ROW, LABEL, CONTENT, OTHER }

    /** The gutter between the columns: label cells end before {@code left}, text beside them starts after {@code right}. */
    private record Gutter(float textLeft, float left, float right, float labelSize) {
    }

    private final List<GlyphLine> lines;
    private final List<Shape> shapes;
    private final Gutter gutter;
    private final List<Part> parts = new ArrayList<>();

    private LabelColumn(List<GlyphLine> lines, Gutter gutter) {
        this.lines = lines;
        this.gutter = gutter;
        this.shapes = lines.stream().map(line -> shape(line, gutter)).toList();
    }

    /**
     * The box's lines (top down) in reading order, its label|content tables as rows; {@code firstRow} numbers them.
     * A box whose labels stand in a column of their own beside their lists ({@link SideLabelRows}; {@code isLabel}
     * names a section) is read by those.
     */
    static List<Part> read(List<GlyphLine> lines, int firstRow, Predicate<String> isLabel) {
        Optional<List<Part>> sided = SideLabelRows.read(lines, firstRow, isLabel);
        if (sided.isPresent()) {
            return sided.get();
        }
        Gutter gutter = gutter(lines);
        if (gutter == null) {
            return lines.stream().map(line -> new Part(line, -1, false)).toList();
        }
        LabelColumn reader = new LabelColumn(lines, gutter);
        int row = firstRow;
        int i = 0;
        while (i < lines.size()) {
            int end = reader.spanEnd(i);
            if (end - i > 1 && reader.labelledRows(i, end) >= MIN_ROWS) {
                row = reader.rows(i, end, row);
                i = end;
            } else {
                reader.parts.add(new Part(lines.get(i), -1, false));
                i++;
            }
        }
        return reader.parts;
    }

    /** True when some run of the box's lines forms a label|content table. */
    static boolean holdsTable(List<GlyphLine> lines, Predicate<String> isLabel) {
        return read(lines, 0, isLabel).stream().anyMatch(p -> p.row() >= 0);
    }

    /** From a line with a label and text beside it, the lines up to the first that crosses the gutter (exclusive). */
    private int spanEnd(int start) {
        if (shapes.get(start) != Shape.ROW) {
            return start + 1;
        }
        int end = start + 1;
        while (end < lines.size() && shapes.get(end) != Shape.OTHER) {
            end++;
        }
        while (end > start + 1 && shapes.get(end - 1) == Shape.LABEL && !labelGoesOn(end - 1, start)) {
            end--; // a short line after the table is not a label of it
        }
        return end;
    }

    private long labelledRows(int start, int end) {
        long rows = 0;
        for (int i = start; i < end; i++) {
            rows += labelled(i) && !labelGoesOn(i, start) ? 1 : 0;
        }
        return rows;
    }

    private boolean labelled(int i) {
        return shapes.get(i) == Shape.ROW || shapes.get(i) == Shape.LABEL;
    }

    /** Adds the span's rows, label lines first, and returns the next row number. */
    private int rows(int start, int end, int firstRow) {
        int row = firstRow - 1;
        List<Part> label = new ArrayList<>();
        List<Part> content = new ArrayList<>();
        for (int i = start; i < end; i++) {
            GlyphLine line = lines.get(i);
            if (i == start || labelled(i) && !labelGoesOn(i, start)) {
                parts.addAll(label);
                parts.addAll(content);
                label.clear();
                content.clear();
                row++;
            }
            if (labelled(i)) {
                label.add(new Part(part(line, this::inLabel), row, true));
            }
            if (shapes.get(i) != Shape.LABEL) {
                content.add(new Part(part(line, g -> g.getXDirAdj() >= gutter.right() - SLACK), row, false));
            }
        }
        parts.addAll(label);
        parts.addAll(content);
        return row + 1;
    }

    private boolean inLabel(TextPosition glyph) {
        return GlyphLine.end(glyph) <= gutter.left() + SLACK;
    }

    /**
     * A label line goes on the label above it (a label wrapped in its cell): the line before has a label part too,
     * at about one line's pitch, and that label does not end with a colon.
     */
    private boolean labelGoesOn(int i, int start) {
        if (i == start || !labelled(i - 1)) {
            return false;
        }
        GlyphLine above = lines.get(i - 1);
        String aboveLabel = GlyphText.text(above.glyphs().stream().filter(this::inLabel).toList());
        float gap = lines.get(i).baseline() - above.baseline();
        return !aboveLabel.endsWith(":") && gap <= SAME_CELL * pitch(start);
    }

    /** The smallest distance between consecutive baselines in the labels' type from {@code start} on (the pitch). */
    private float pitch(int start) {
        float pitch = Float.MAX_VALUE;
        for (int i = start + 1; i < lines.size(); i++) {
            float gap = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (gap > 0 && labelSized(lines.get(i)) && labelSized(lines.get(i - 1))) {
                pitch = Math.min(pitch, gap);
            }
        }
        return pitch;
    }

    private static GlyphLine part(GlyphLine line, Predicate<TextPosition> keep) {
        List<TextPosition> glyphs = line.glyphs().stream().filter(keep).toList();
        return new GlyphLine(glyphs, line.baseline(), line.height());
    }

    private static Shape shape(GlyphLine line, Gutter gutter) {
        boolean atLeft = Math.abs(line.glyphs().get(0).getXDirAdj() - gutter.textLeft()) <= ALIGN;
        boolean inLabel = true;
        boolean inContent = true;
        boolean crosses = false;
        for (TextPosition glyph : line.glyphs()) {
            boolean left = GlyphLine.end(glyph) <= gutter.left() + SLACK;
            boolean right = glyph.getXDirAdj() >= gutter.right() - SLACK;
            inLabel &= left;
            inContent &= right;
            crosses |= !left && !right;
        }
        if (crosses) {
            return Shape.OTHER;
        }
        if (inContent) {
            return Shape.CONTENT;
        }
        boolean labelLike = atLeft && Math.abs(line.fontSize() - gutter.labelSize()) <= SAME_SIZE * gutter.labelSize()
                && labelWords(line, gutter) <= MAX_LABEL_WORDS;
        if (!labelLike) {
            return Shape.OTHER;
        }
        return inLabel ? Shape.LABEL : Shape.ROW;
    }

    private boolean labelSized(GlyphLine line) {
        return Math.abs(line.fontSize() - gutter.labelSize()) <= SAME_SIZE * gutter.labelSize();
    }

    private static long labelWords(GlyphLine line, Gutter gutter) {
        return line.words().stream().filter(w -> w.end() <= gutter.left() + SLACK).count();
    }

    /**
     * The gutter of the lines that start with a short, narrow label-like run and then, after a wide gap, more text,
     * at the left edge most of them share: the end of the widest such label and the start of the nearest text beside
     * one; null when fewer than two lines are so, or a label would reach past the other's text.
     */
    private static Gutter gutter(List<GlyphLine> lines) {
        if (lines.size() < MIN_ROWS) {
            return null;
        }
        float textLeft = Float.MAX_VALUE;
        float textRight = -Float.MAX_VALUE;
        for (GlyphLine line : lines) {
            textLeft = Math.min(textLeft, line.glyphs().get(0).getXDirAdj());
            textRight = Math.max(textRight, GlyphLine.end(line.glyphs().get(line.glyphs().size() - 1)));
        }
        List<GlyphLine> candidates = new ArrayList<>();
        List<List<GlyphLine.Run>> runsOf = new ArrayList<>();
        for (GlyphLine line : lines) {
            List<GlyphLine.Run> runs = line.runs(WIDE_GAP * Math.max(1f, line.height()));
            GlyphLine.Run first = runs.get(0);
            if (runs.size() > 1 && isLabelText(first.text()) && first.end() - textLeft <= NARROW * (textRight - textLeft)) {
                candidates.add(line);
                runsOf.add(runs);
            }
        }
        float labelX = commonStart(runsOf);
        float left = -Float.MAX_VALUE;
        float right = Float.MAX_VALUE;
        float size = 0;
        int labels = 0;
        for (int i = 0; i < candidates.size(); i++) {
            List<GlyphLine.Run> runs = runsOf.get(i);
            if (Math.abs(runs.get(0).start() - labelX) <= ALIGN) {
                left = Math.max(left, runs.get(0).end());
                right = Math.min(right, runs.get(1).start());
                size = candidates.get(i).fontSize();
                labels++;
            }
        }
        return labels >= MIN_ROWS && right - left > 2 * SLACK ? new Gutter(labelX, left, right, size) : null;
    }

    /** Words (not a list's bullet or number, "a)", "iv."), a few of them. */
    private static boolean isLabelText(String text) {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0)) && !LIST_MARKER.matcher(text).matches()
                && text.split("\\s+").length <= MAX_LABEL_WORDS;
    }

    /** The left edge the most of these lines' first runs start at. */
    private static float commonStart(List<List<GlyphLine.Run>> runsOf) {
        float best = Float.NaN;
        long most = 0;
        for (List<GlyphLine.Run> runs : runsOf) {
            float start = runs.get(0).start();
            long count = runsOf.stream().filter(r -> Math.abs(r.get(0).start() - start) <= ALIGN).count();
            if (count > most) {
                most = count;
                best = start;
            }
        }
        return best;
    }
}
