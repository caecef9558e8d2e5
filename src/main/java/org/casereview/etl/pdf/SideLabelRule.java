package org.casereview.etl.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Labels set in a column of their own left of the lists they name, each a line of its own: a short word in capitals
 * ('LEARNING', 'GOOD PRACTICE') under an icon, without a colon. The icon takes the column's first line, so the word
 * stands level with the list's second line, or under a one-line list. Told by the layout, not by the word alone:
 * nothing else on the label's line, and the line before it or after it starts right of its right edge after a gap (a
 * capitalised word in running text has text under it at the text's own left edge); the line before it at most
 * REACH font sizes above it (an icon's height over the word). One rule for every reader of such a page: the
 * stripper's lines in stream order ({@link SideLabels}) and a box's lines top down (the layout reader).
 */
public final class SideLabelRule {

    /** Capital words only, a few of them. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,20}(?: \\p{Lu}{2,20}){0,2}");
    private static final int MAX_WORDS = 3;
    /** Font sizes between the label's right edge and the column beside it, at least. */
    private static final float GAP = 1f;
    /**
     * Font sizes the label may stand under the line before it: an icon's height over the word, so a label under a
     * one-line list (a line and a half below it) is one.
     */
    private static final float REACH = 2.5f;
    /** Baselines at most this many font sizes apart are lines of one column; a wider gap parts two rows. */
    private static final float LINE = 1.3f;

    /** A line as its reader cuts it. */
    public interface Line {
        /** Its words, single spaces. */
        String text();

        /** How many words its reader parts it into (asked only of a line of capitals). */
        int words();

        /** Its leftmost glyph's x. */
        float left();

        /** Its last glyph's right edge. */
        float right();

        /** Distance of its baseline from the page's top. */
        float baseline();

        float fontSize();
    }

    /** A label line and the first and last line (inclusive) of the column beside it, in the lines' order. */
    public record Side(int label, int first, int last) {
    }

    private SideLabelRule() {
    }

    /**
     * Each side label among the lines with the lines beside it: the lines next to it that start right of its edge, the
     * one before it (the icon puts the word under its column's top) and the one after it when no wider gap than a
     * line's parts them, and on from there line by line while no wider gap parts them; {@code isLabel} names a section.
     * Read top down, the sides are the rows of a label|content table; in stream order only the labels tell.
     */
    public static List<Side> sides(List<? extends Line> lines, Predicate<String> isLabel) {
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (CAPITALS.matcher(line.text()).matches() && isLabel.test(line.text()) && line.words() <= MAX_WORDS) {
                labels.add(i);
            }
        }
        List<Side> sides = new ArrayList<>();
        for (int at : labels) {
            Line label = lines.get(at);
            float edge = label.right() + GAP * Math.max(1f, label.fontSize());
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

    private static boolean beside(Line line, float edge, boolean isLabel) {
        return !isLabel && line.left() >= edge;
    }

    /** No wider gap than a line's parts the two lines (one above the other). */
    private static boolean near(Line upper, Line lower) {
        return lower.baseline() - upper.baseline() <= LINE * Math.max(upper.fontSize(), lower.fontSize());
    }
}
