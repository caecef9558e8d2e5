package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.pdf.DrawnDots;

/**
 * List bullets that are drawn, not printed: browsers (Chromium's disc and square markers) paint
 * them as small filled shapes, so the text layer has no bullet glyph. Follows the path operators
 * while the text is read and keeps every small, roughly square filled shape; {@link #attach}
 * turns each into a "•" fragment before the line it stands in front of. Larger drawn marks (an
 * icon, a tick in a circle, a badge holding a number) count as list markers when they repeat at
 * one x beside several rows ({@link DrawnMarks}).
 */
final class DrawnBullets {

    /** A filled shape in page space, y measured from the top like text positions. */
    record Dot(float minX, float maxX, float centreY) {
    }

    /** How far before a fragment (in its font sizes) an upright line counts as its cell's edge. */
    private static final float RULE_REACH = 0.8f;
    private static final float RULE_SLACK = 0.5f;
    /** Share of the font size above the baseline an upright line must cover. */
    private static final float RULE_COVER = 0.5f;
    /** The most a wrapped line of a list entry drops under the line before it, in font sizes. */
    private static final float WRAP_LEADING = 1.6f;

    private final DrawnDots drawn;

    DrawnBullets(PDFStreamEngine engine) {
        this.drawn = new DrawnDots(engine);
    }

    List<OperatorProcessor> operators() {
        return drawn.operators();
    }

    void startPage() {
        drawn.startPage();
    }

    /** The page's dots, in the coordinates of text positions (crop box origin, y from the top). */
    List<Dot> dots(float left, float top) {
        return drawn.dots().stream().map(d -> new Dot(d.minX() - left, d.maxX() - left, top - d.centreY())).toList();
    }

    /**
     * The page's thin horizontal lines, and the row borders of a table drawn as touching cell rectangles, in the
     * coordinates of text positions.
     */
    List<RuledLines.Rule> rules(float left, float top) {
        return Stream.concat(drawn.rules().stream(), drawn.cellRules().stream())
                .map(r -> new RuledLines.Rule(r.minX() - left, r.maxX() - left, top - r.y())).toList();
    }

    /** The page's thin horizontal lines of any length (a strike through one short word too), in text coordinates. */
    List<RuledLines.Rule> bars(float left, float top) {
        return drawn.bars().stream().map(b -> new RuledLines.Rule(b.minX() - left, b.maxX() - left, top - b.y())).toList();
    }

    /** The page's filled areas larger than a mark, in the coordinates of text positions. */
    List<FloatedBoxes.Panel> panels(float left, float top) {
        return drawn.panels().stream().map(p -> new FloatedBoxes.Panel(p.minX() - left, p.maxX() - left,
                top - p.maxY(), top - p.minY())).toList();
    }

    /** The page's filled bands (wider than a mark, no taller than one), in the coordinates of text positions. */
    List<FloatedBoxes.Panel> bands(float left, float top) {
        return drawn.bands().stream().map(p -> new FloatedBoxes.Panel(p.minX() - left, p.maxX() - left,
                top - p.maxY(), top - p.minY())).toList();
    }

    /** The page's stroked rectangles larger than a mark (a form's boxed fields), in the coordinates of text positions. */
    List<FloatedBoxes.Panel> frames(float left, float top) {
        return drawn.frames().stream().map(p -> new FloatedBoxes.Panel(p.minX() - left, p.maxX() - left,
                top - p.maxY(), top - p.minY())).toList();
    }

    /** The page's small shapes joined into marks, in the coordinates of text positions. */
    List<DrawnMarks.Mark> marks(float left, float top) {
        return DrawnMarks.join(drawn.shapes().stream().map(s -> new DrawnMarks.Mark(s.minX() - left, s.maxX() - left,
                top - s.maxY(), top - s.minY(), 1)).toList());
    }

    /** An upright drawn line in the coordinates of text positions, y from the top of the page. */
    record Upright(float x, float top, float bottom) {
    }

    /** The page's thin lines as a reader sees a page shown turned a quarter ({@link TurnedRules}). */
    TurnedRules turned(PDRectangle box, int rotation) {
        return TurnedRules.of(drawn.rules(), drawn.uprights(), box, rotation);
    }

    /** The page's thin upright lines (collinear segments merged), in the coordinates of text positions. */
    List<Upright> uprights(float left, float top) {
        return drawn.uprights().stream().map(u -> new Upright(u.x() - left, top - u.maxY(), top - u.minY())).toList();
    }

    /** The page's upright lines and narrow upright bars, one per path (a block's side border), in text coordinates. */
    List<Upright> sideRules(float left, float top) {
        return drawn.sideRules().stream().map(u -> new Upright(u.x() - left, top - u.maxY(), top - u.minY())).toList();
    }

    /**
     * Each fragment with an upright line just before it, across its height, marked as starting after a rule: in a
     * ruled grid a cell's text may end a few points before the next cell's, and the drawn edge parts the two.
     */
    static List<TextFragment> markRuled(List<TextFragment> fragments, List<Upright> uprights) {
        if (uprights.isEmpty()) {
            return fragments;
        }
        List<TextFragment> result = new ArrayList<>(fragments.size());
        for (TextFragment f : fragments) {
            boolean ruled = uprights.stream().anyMatch(u -> u.x() <= f.x() + RULE_SLACK
                    && u.x() >= f.x() - RULE_REACH * f.fontSize()
                    && u.top() <= f.y() - RULE_COVER * f.fontSize() && u.bottom() >= f.y());
            result.add(ruled ? f.withRuleBefore() : f);
        }
        return result;
    }

    static List<TextFragment> attach(List<TextFragment> fragments, List<Dot> dots) {
        return attach(fragments, dots, List.of());
    }

    /**
     * Each fragment that has a dot just before it, at its x-height, gets a bullet fragment in
     * front; not text larger than the page's body text, where a dot is an ornament of a heading,
     * unless dots at one x stand before several lines of one regular style (a list in larger type
     * than a table on the page). Dots that are part of a larger mark are left to the marks.
     */
    static List<TextFragment> attach(List<TextFragment> fragments, List<Dot> dots, List<DrawnMarks.Mark> marks) {
        return attach(fragments, dots, marks, List.of());
    }

    /**
     * As {@link #attach(List, List, List)}; a dot inside a filled area larger than a mark that ends before the text
     * after the dot (a drawn picture beside a row of text: the eyes of a face, the dots of a speech bubble) is part of
     * the picture, no bullet. A shaded box holding its list holds the text too, and its dots stay bullets.
     */
    static List<TextFragment> attach(List<TextFragment> fragments, List<Dot> dots, List<DrawnMarks.Mark> marks,
                                     List<FloatedBoxes.Panel> panels) {
        if (dots.isEmpty() && marks.isEmpty()) {
            return fragments;
        }
        float body = commonSize(fragments);
        List<TextFragment> result = new ArrayList<>(fragments);
        List<Dot> own = dots.stream().filter(d -> !DrawnMarks.partOfLargerMark(d, marks)).toList();
        TextFragment[] best = new TextFragment[own.size()];
        for (int i = 0; i < own.size(); i++) {
            best[i] = entryAfter(own.get(i), fragments);
        }
        for (int i = 0; i < own.size(); i++) {
            TextFragment entry = best[i];
            if (entry != null && !inPicture(own.get(i), entry, panels)
                    && (entry.fontSize() <= 1.15f * body || inRegularColumn(i, own, best)
                    || wrapsAsEntry(entry, fragments))) {
                result.add(new TextFragment("\u2022", own.get(i).minX(), own.get(i).maxX(), entry.y(), entry.fontSize(),
                        false));
            }
        }
        return marks.isEmpty() ? result : DrawnMarks.attach(result, marks, body);
    }

    /** A filled area round the dot ends left of the text the dot stands before. */
    private static boolean inPicture(Dot dot, TextFragment entry, List<FloatedBoxes.Panel> panels) {
        return panels.stream().anyMatch(p -> p.minX() <= dot.minX() && p.maxX() >= dot.maxX()
                && p.top() <= dot.centreY() && p.bottom() >= dot.centreY() && p.maxX() < entry.x());
    }

    /** The leftmost fragment just right of the dot, the dot at its x-height. */
    private static TextFragment entryAfter(Dot dot, List<TextFragment> fragments) {
        TextFragment best = null;
        for (TextFragment f : fragments) {
            float gap = f.x() - dot.maxX();
            float rise = f.y() - dot.centreY();
            if (gap > 0 && gap < 3f * f.fontSize() && rise > 0 && rise < 0.8f * f.fontSize()
                    && (best == null || f.x() < best.x())) {
                best = f;
            }
        }
        return best;
    }

    /** Another dot at the same x stands before a regular (not bold) fragment of the same size as this one's. */
    private static boolean inRegularColumn(int index, List<Dot> dots, TextFragment[] entries) {
        TextFragment entry = entries[index];
        if (entry.bold()) {
            return false;
        }
        for (int j = 0; j < dots.size(); j++) {
            TextFragment other = entries[j];
            if (j != index && other != null && !other.bold() && Math.abs(dots.get(j).minX() - dots.get(index).minX()) < 1f
                    && Math.abs(other.fontSize() - entry.fontSize()) < 0.3f) {
                return true;
            }
        }
        return false;
    }

    /**
     * The regular-weight line after the dot goes on in a line of its size and weight right under it, at its x: a list
     * entry wrapped under its own start (the page's common size may be a table's smaller type), not a heading's ornament.
     */
    private static boolean wrapsAsEntry(TextFragment entry, List<TextFragment> fragments) {
        if (entry.bold()) {
            return false;
        }
        for (TextFragment f : fragments) {
            float drop = f.y() - entry.y();
            if (!f.bold() && Math.abs(f.x() - entry.x()) < 1f && Math.abs(f.fontSize() - entry.fontSize()) < 0.3f
                    && drop > entry.fontSize() && drop < WRAP_LEADING * entry.fontSize()) {
                return true;
            }
        }
        return false;
    }

    /** The font size of most characters. */
    private static float commonSize(List<TextFragment> fragments) {
        Map<Float, Integer> chars = new HashMap<>();
        for (TextFragment f : fragments) {
            chars.merge(Math.round(f.fontSize() * 2) / 2f, f.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(0f);
    }
}
