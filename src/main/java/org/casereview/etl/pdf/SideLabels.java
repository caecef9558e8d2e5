package org.casereview.etl.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.pdfbox.text.TextPosition;

/**
 * The side labels ({@link SideLabelRule}: 'LEARNING' under an icon, left of its list) among a text stripper's lines,
 * in stream order: the stripper writes them where they fall, so its writers mark them by their glyphs.
 */
public final class SideLabels {

    public static final SideLabels NONE = new SideLabels(Set.of());

    private static final float WORD_GAP = 0.15f;

    private final Set<TextPosition> labels;

    /** A stripper's line as the rule reads it: its visible glyphs by x, its words parted where a gap is. */
    private record StreamLine(MarginLabels.Row row, List<TextPosition> byX, String text) implements SideLabelRule.Line {

        static StreamLine of(MarginLabels.Row row) {
            List<TextPosition> byX = MarginLabels.byX(row.glyphs());
            return new StreamLine(row, byX, spaced(byX));
        }

        @Override
        public int words() {
            return text.isEmpty() ? 0 : text.split(" ").length;
        }

        @Override
        public float left() {
            return row.left();
        }

        @Override
        public float right() {
            return byX.isEmpty() ? row.left() : MarginLabels.right(byX.get(byX.size() - 1));
        }

        @Override
        public float baseline() {
            return (byX.isEmpty() ? row.glyphs() : byX).get(0).getYDirAdj();
        }

        @Override
        public float fontSize() {
            return (byX.isEmpty() ? row.glyphs() : byX).get(0).getFontSizeInPt();
        }
    }

    private SideLabels(Set<TextPosition> labels) {
        this.labels = labels;
    }

    /** The side labels among the stripper's glyphs (its articles, in stream order); {@code isLabel} names a section. */
    public static SideLabels find(List<List<TextPosition>> articles, Predicate<String> isLabel) {
        Set<TextPosition> labels = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<TextPosition> article : articles) {
            List<StreamLine> lines = MarginLabels.rows(article).stream().map(StreamLine::of).toList();
            for (SideLabelRule.Side side : SideLabelRule.sides(lines, isLabel)) {
                labels.addAll(lines.get(side.label()).row().glyphs());
            }
        }
        return labels.isEmpty() ? NONE : new SideLabels(labels);
    }

    /** True when the word's glyphs are a side label's (its first glyph tells). */
    public boolean isLabel(List<TextPosition> word) {
        return !word.isEmpty() && labels.contains(word.get(0));
    }

    private static String spaced(List<TextPosition> byX) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < byX.size(); i++) {
            TextPosition glyph = byX.get(i);
            if (i > 0 && glyph.getXDirAdj() - MarginLabels.right(byX.get(i - 1)) > WORD_GAP * glyph.getFontSizeInPt()) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
        }
        return text.toString().strip();
    }
}
