package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A box's labels set in a column of their own left of the lists they name, each a line of its own: a short word in
 * capitals ('LEARNING', 'GOOD PRACTICE') under an icon, without a colon. The icon takes the column's first line, so the
 * word stands level with the list's second line, or below a one-line list; read top down, it would cut its list after
 * the first line. Told by the layout: nothing else on the label's line, and the lines above and below it start right
 * of its right edge (a capitalised word in running text has text under it at the text's own left edge). Each such label
 * is read as a row: the label, then its column's lines from their top; a line between two labels goes with the nearer.
 */
final class SideLabelRows {

    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,20}(?: \\p{Lu}{2,20}){0,2}");
    /** Font sizes between the label's right edge and the column beside it, at least. */
    private static final float GAP = 1f;
    /** Font sizes the label may stand under the line above it (an icon's height over the word). */
    private static final float REACH = 2.5f;
    /** Baselines at most this many font sizes apart are lines of one column; a wider gap parts two rows. */
    private static final float LINE = 1.3f;

    /** A label line and the first and last line (inclusive) of the column beside it. */
    private record Side(int label, int first, int last) {
    }

    private SideLabelRows() {
    }

    /** The box's lines (top down) as parts, side labels as rows from {@code firstRow} on; empty when it has none. */
    static Optional<List<LabelColumn.Part>> read(List<GlyphLine> lines, int firstRow, Predicate<String> isLabel) {
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = GlyphText.text(lines.get(i).glyphs()).strip().replaceAll("\\s+", " ");
            if (CAPITALS.matcher(text).matches() && isLabel.test(text) && lines.get(i).words().size() <= 3) {
                labels.add(i);
            }
        }
        List<Side> sides = sides(lines, labels);
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        List<LabelColumn.Part> parts = new ArrayList<>();
        int row = firstRow;
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            Side side = next < sides.size() && sides.get(next).first() == i ? sides.get(next++) : null;
            int line = i;
            if (side == null) {
                if (sides.stream().noneMatch(s -> s.label() == line)) {
                    parts.add(new LabelColumn.Part(lines.get(i), -1, false));
                }
                continue;
            }
            parts.add(new LabelColumn.Part(lines.get(side.label()), row, true));
            for (int j = side.first(); j <= side.last(); j++) {
                if (j != side.label()) {
                    parts.add(new LabelColumn.Part(lines.get(j), row, false));
                }
            }
            row++;
            i = Math.max(side.last(), side.label());
        }
        return Optional.of(parts);
    }

    /**
     * Each label with the lines beside it, top down: the lines next to it that start right of its edge, the nearest
     * above it (the icon puts the word under its column's top) and below it when no wider gap than a line's parts
     * them, and on from there line by line while no wider gap parts them; a label with none beside it is none.
     */
    private static List<Side> sides(List<GlyphLine> lines, List<Integer> labels) {
        List<Side> sides = new ArrayList<>();
        for (int at : labels) {
            GlyphLine label = lines.get(at);
            float edge = right(label) + GAP * Math.max(1f, label.fontSize());
            boolean above = at > 0 && beside(lines.get(at - 1), edge, labels.contains(at - 1))
                    && label.baseline() - lines.get(at - 1).baseline() <= REACH * label.fontSize();
            boolean below = at + 1 < lines.size() && beside(lines.get(at + 1), edge, labels.contains(at + 1))
                    && (!above || near(lines.get(at - 1), lines.get(at + 1)));
            if (!above && !below) {
                continue;
            }
            int first = above ? at - 1 : at;
            while (first > 0 && beside(lines.get(first - 1), edge, labels.contains(first - 1))
                    && near(lines.get(first - 1), lines.get(first))) {
                first--;
            }
            int last = below ? at + 1 : at;
            while (below && last + 1 < lines.size() && beside(lines.get(last + 1), edge, labels.contains(last + 1))
                    && near(lines.get(last), lines.get(last + 1))) {
                last++;
            }
            sides.add(new Side(at, first, last));
        }
        return sides;
    }

    private static boolean beside(GlyphLine line, float edge, boolean isLabel) {
        return !isLabel && line.glyphs().get(0).getXDirAdj() >= edge;
    }

    /** No wider gap than a line's parts the two lines (one above the other). */
    private static boolean near(GlyphLine upper, GlyphLine lower) {
        return lower.baseline() - upper.baseline() <= LINE * Math.max(upper.fontSize(), lower.fontSize());
    }

    private static float right(GlyphLine line) {
        return GlyphLine.end(line.glyphs().get(line.glyphs().size() - 1));
    }
}
