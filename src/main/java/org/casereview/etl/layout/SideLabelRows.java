package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.casereview.etl.pdf.SideLabelRule;

/**
 * A box's labels set in a column of their own left of the lists they name ({@link SideLabelRule}: 'LEARNING' under an
 * icon, left of its list): the word stands level with the list's second line, or below a one-line list; read top
 * down, it would cut its list after the first line. Each such label is read as a row: the label, then its column's
 * lines from their top; a line between two labels goes with the nearer.
 */
final class SideLabelRows {

    /** A box's line as the rule reads it: its words as the layout reader writes them. */
    private record BoxLine(GlyphLine line, String text) implements SideLabelRule.Line {

        static BoxLine of(GlyphLine line) {
            return new BoxLine(line, GlyphText.text(line.glyphs()).strip().replaceAll("\\s+", " "));
        }

        @Override
        public int words() {
            return line.words().size();
        }

        @Override
        public float left() {
            return line.glyphs().get(0).getXDirAdj();
        }

        @Override
        public float right() {
            return GlyphLine.end(line.glyphs().get(line.glyphs().size() - 1));
        }

        @Override
        public float baseline() {
            return line.baseline();
        }

        @Override
        public float fontSize() {
            return line.fontSize();
        }
    }

    private SideLabelRows() {
    }

    /** The box's lines (top down) as parts, side labels as rows from {@code firstRow} on; empty when it has none. */
    static Optional<List<LabelColumn.Part>> read(List<GlyphLine> lines, int firstRow, Predicate<String> isLabel) {
        List<SideLabelRule.Side> sides = SideLabelRule.sides(lines.stream().map(BoxLine::of).toList(), isLabel);
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        List<LabelColumn.Part> parts = new ArrayList<>();
        int row = firstRow;
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            SideLabelRule.Side side = next < sides.size() && sides.get(next).first() == i ? sides.get(next++) : null;
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
}
