package org.casereview.etl.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/**
 * Labels set in a column of their own left of the lists they name, each a line of its own: a short word in capitals
 * ('LEARNING', 'GOOD PRACTICE') under an icon, without a colon. The icon takes the column's first line, so the word
 * stands level with the list's second line, not its first. Told by the layout, not by the word alone: the label's
 * line holds nothing else, the lines next to it in the stream start right of its right edge after a gap, and it
 * stands between the first and the last of those lines. A capitalised word in running text has text under it that
 * starts at the text's own left edge.
 */
public final class SideLabels {

    public static final SideLabels NONE = new SideLabels(Set.of());

    /** Capital words only, a few of them. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,20}(?: \\p{Lu}{2,20}){0,2}");
    /** Font sizes between the label's right edge and the list beside it, at least. */
    private static final float GAP = 1f;
    /** Font sizes the label may stand above the first line beside it or below the last. */
    private static final float REACH = 1.2f;
    private static final float WORD_GAP = 0.15f;

    private final Set<TextPosition> labels;

    private SideLabels(Set<TextPosition> labels) {
        this.labels = labels;
    }

    /** The side labels among the stripper's glyphs (its articles, in stream order); {@code isLabel} names a section. */
    public static SideLabels find(List<List<TextPosition>> articles, Predicate<String> isLabel) {
        Set<TextPosition> labels = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<TextPosition> article : articles) {
            List<MarginLabels.Row> rows = MarginLabels.rows(article);
            for (int i = 0; i < rows.size(); i++) {
                List<TextPosition> glyphs = MarginLabels.byX(rows.get(i).glyphs());
                if (!glyphs.isEmpty() && CAPITALS.matcher(words(glyphs)).matches() && isLabel.test(words(glyphs))
                        && beside(glyphs, rows, i)) {
                    labels.addAll(rows.get(i).glyphs());
                }
            }
        }
        return labels.isEmpty() ? NONE : new SideLabels(labels);
    }

    /** True when the word's glyphs are a side label's (its first glyph tells). */
    public boolean isLabel(List<TextPosition> word) {
        return !word.isEmpty() && labels.contains(word.get(0));
    }

    /**
     * The rows after the label's (else before it) that start right of it make a column beside it, and the label stands
     * within their height.
     */
    private static boolean beside(List<TextPosition> label, List<MarginLabels.Row> rows, int at) {
        TextPosition last = label.get(label.size() - 1);
        float size = Math.max(1f, last.getFontSizeInPt());
        float edge = MarginLabels.right(last) + GAP * size;
        List<Float> after = column(rows, at, 1, edge);
        List<Float> column = after.isEmpty() ? column(rows, at, -1, edge) : after;
        if (column.isEmpty()) {
            return false;
        }
        float y = label.get(0).getYDirAdj();
        float top = Collections.min(column);
        float bottom = Collections.max(column);
        return y >= top - REACH * size && y <= bottom + REACH * size;
    }

    /** Baselines of the rows next to {@code at} (stepping by {@code step}) that start right of {@code edge}. */
    private static List<Float> column(List<MarginLabels.Row> rows, int at, int step, float edge) {
        List<Float> baselines = new ArrayList<>();
        for (int i = at + step; i >= 0 && i < rows.size(); i += step) {
            MarginLabels.Row row = rows.get(i);
            if (row.glyphs().isEmpty() || row.left() < edge) {
                break;
            }
            baselines.add(row.glyphs().get(0).getYDirAdj());
        }
        return baselines;
    }

    private static String words(List<TextPosition> byX) {
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
