package org.casereview.etl.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Which way a page's text lines step in content-stream order: down the page (reading order, as browsers, office
 * suites and TeX write them, columns included: a column jump is one step up among many down) or up it (some report
 * engines write a page's lines from the bottom up); and whether lines written late fill the gaps between lines
 * written before them (a form flattened into its page: every field caption first, then every field's value, each in
 * the box under its caption), or go back into lines drawn before them (a page drawn one font at a time, its bold words
 * put back into their lines). A line with a column of text beside it (a frame or a column placed in a gap of the body
 * text, whole, after it) fills no form: position order would read across both columns. Feed each line's baseline and
 * span, in stream order, page by page; a document whose pages mostly run up or are filled in is read in position order
 * instead of stream order. So is a page drawn glyph by glyph in no order at all: its pieces in stream order are single
 * glyphs that jump up and down the page ({@link #scattered}). So is a page whose words were corrected in place
 * ({@link #wordsReplaced}): the new words, drawn after the page, stand in the lines they correct.
 */
public final class LineSteps {

    /** Fewer steps say nothing: a cover page or a short last page. */
    private static final int MIN_STEPS = 3;
    /** A step smaller than this share of the line's font size is the same line (a superscript, a bullet). */
    private static final float SAME_LINE = 0.5f;
    /** A page is filled in when at least this many of its lines, and this share of them, fill earlier gaps. */
    private static final int MIN_FILLING = 3;
    private static final float FILLING_SHARE = 0.25f;
    /** Lines of a page looked at for filling (a page of far more is a table or a listing, not a form). */
    private static final int MAX_LINES = 400;
    /** A page is scattered when at least this many of its pieces, and this share of them, are one glyph wide... */
    private static final int MIN_SCATTERED = 40;
    private static final float SCATTERED_SHARE = 0.6f;
    /** ...and at least this share of its steps go up the page. */
    private static final float SCATTERED_UP = 0.25f;

    private record Line(float top, float same, float left, float right) {
        boolean overlaps(Line other) {
            return !Float.isNaN(left) && !Float.isNaN(other.left) && left < other.right && other.left < right;
        }

        /**
         * This line is on the other's baseline, inside its span (not from where it starts: a line drawn over another
         * from its margin overprints it) or touching one of its ends (a word space): a word put back into a line. A
         * line running on across the other's end (a column drawn across a panel's lines) is none.
         */
        boolean within(Line other) {
            if (Float.isNaN(left) || Float.isNaN(other.left) || Math.abs(top - other.top) > same) {
                return false;
            }
            boolean inside = left >= other.left - same && right <= other.right + same && Math.abs(left - other.left) > same;
            return inside || Math.abs(left - other.right) <= same || Math.abs(right - other.left) <= same;
        }

        /** The other line is at about this one's height, left or right of it past a gutter of a font size. */
        boolean beside(Line other) {
            float gutter = 2 * same;
            return !Float.isNaN(left) && !Float.isNaN(other.left) && Math.abs(top - other.top) <= gutter
                    && (other.left >= right + gutter || left >= other.right + gutter);
        }
    }

    private int pagesByPosition;
    private int pagesCounted;
    private int up;
    private int down;
    private final List<Line> lines = new ArrayList<>();
    private Line last;
    private boolean replaced;

    /** Starts a page: the steps of the page before are judged. */
    public void startPage() {
        endPage();
    }

    /**
     * The next line in stream order, its span unknown.
     *
     * @param top  its baseline's distance from the top of the page
     * @param size its font size
     */
    public void line(float top, float size) {
        line(top, size, Float.NaN, Float.NaN);
    }

    /**
     * The next line, or words of it, in stream order: words on the baseline of the line before widen it.
     *
     * @param left  where its first glyph starts on the page
     * @param right where its last glyph ends
     */
    public void line(float top, float size, float left, float right) {
        float same = SAME_LINE * Math.max(1f, size);
        if (last != null) {
            float step = top - last.top();
            if (step >= -same && step <= same) {
                Line widened = new Line(last.top(), last.same(), min(last.left(), left), max(last.right(), right));
                if (!lines.isEmpty() && lines.get(lines.size() - 1) == last) {
                    lines.set(lines.size() - 1, widened);
                }
                last = widened;
                return;
            }
            if (step < 0) {
                up++;
            } else {
                down++;
            }
        }
        last = new Line(top, same, left, right);
        if (lines.size() < MAX_LINES) {
            lines.add(last);
        }
    }

    /**
     * The page being read had words covered by a box with new words drawn on it, in their line (a PDF editor's
     * correction): those words are read where they stand, so the page is read in position order unless it has columns.
     */
    public void wordsReplaced() {
        replaced = true;
    }

    /** True when most pages with several line steps have most of them going up the page, or are filled in. */
    public boolean byPosition() {
        endPage();
        return pagesCounted > 0 && 2 * pagesByPosition > pagesCounted;
    }

    private void endPage() {
        if (up + down >= MIN_STEPS) {
            pagesCounted++;
            if (up > 2 * down || up > 0 && filledIn() || scattered() || replaced && noColumns()) {
                pagesByPosition++;
            }
        }
        replaced = false;
        up = 0;
        down = 0;
        lines.clear();
        last = null;
    }

    /**
     * Enough of the page's lines stand between two lines written one after the other before them, across both, with
     * no column beside them.
     */
    private boolean filledIn() {
        float highest = Float.MAX_VALUE;
        float lowest = -Float.MAX_VALUE;
        for (Line other : lines) {
            highest = Math.min(highest, other.top() + other.same());
            lowest = Math.max(lowest, other.top() - other.same());
        }
        int filling = 0;
        for (int j = 2; j < lines.size(); j++) {
            if ((fillsAGap(j, highest, lowest) || putBack(j)) && !besideAColumn(lines.get(j))) {
                filling++;
            }
        }
        return filling >= MIN_FILLING && filling >= FILLING_SHARE * lines.size();
    }

    /**
     * The page's pieces in stream order are mostly single glyphs (no wider than their font size), and its steps go up
     * the page often: each glyph was drawn on its own, in an order that is not the reading order (a generator that
     * writes a page's glyphs from a table keyed by glyph, or shuffled). Text written in reading order, glyph by glyph
     * or not, makes pieces of whole words and lines, as consecutive glyphs on one baseline widen one piece; so only the
     * positions give this page its order.
     */
    private boolean scattered() {
        int oneGlyph = 0;
        for (Line line : lines) {
            if (!Float.isNaN(line.left()) && line.right() - line.left() <= 2 * line.same()) {
                oneGlyph++;
            }
        }
        return oneGlyph >= MIN_SCATTERED && oneGlyph >= SCATTERED_SHARE * lines.size()
                && up >= SCATTERED_UP * (up + down);
    }

    /**
     * A gap between the page's top and bottom lines is none: a running head and a folio written before the body hold the
     * whole page between them, which is no gap a writer fills in. {@code highest} and {@code lowest}: the top and bottom
     * lines' baselines, each widened by its slack.
     */
    private boolean fillsAGap(int j, float highest, float lowest) {
        Line line = lines.get(j);
        for (int i = 0; i + 1 < j; i++) {
            Line above = lines.get(i);
            Line below = lines.get(i + 1);
            if (line.top() > above.top() + line.same() && line.top() < below.top() - line.same()
                    && !(above.top() <= highest && below.top() >= lowest)
                    && line.overlaps(above) && line.overlaps(below)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line goes back into a line written before the one before it, on its baseline and within its span: a word
     * drawn apart from its line (a printer driver drawing a page one font at a time puts each bold word back into a
     * line drawn long before), as only a page not drawn in reading order has, so it counts as filling in the page.
     */
    private boolean putBack(int j) {
        Line line = lines.get(j);
        for (int i = 0; i + 1 < j; i++) {
            if (line.within(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean noColumns() {
        return lines.stream().noneMatch(this::besideAColumn);
    }

    private boolean besideAColumn(Line line) {
        for (Line other : lines) {
            if (line.beside(other)) {
                return true;
            }
        }
        return false;
    }

    private static float min(float a, float b) {
        return Float.isNaN(a) ? b : Float.isNaN(b) ? a : Math.min(a, b);
    }

    private static float max(float a, float b) {
        return Float.isNaN(a) ? b : Float.isNaN(b) ? a : Math.max(a, b);
    }
}
