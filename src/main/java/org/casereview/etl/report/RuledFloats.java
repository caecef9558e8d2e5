package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation floated beside running text and marked off by a rule down its side (a browser's left border on a
 * float), whatever its words: whole lines in a face of their own (another size, or italic beside upright text)
 * standing on one side of an upright rule and close to it, with lines of other text on the other side over the same
 * height and no line crossing the rule. Read across the page, its lines would join the text's (a heading beside it
 * ends inside a line); as a panel it is read as a block of its own after the paragraph beside it
 * ({@link FloatedBoxes}). A quotation repeating the body's words is {@link PullQuotes}'; a shaded box is
 * {@link FloatedBoxes}'.
 */
final class RuledFloats {

    private static final float EDGE = 1f;
    private static final int MIN_LINES = 2;
    private static final float SIZE_STEP = 0.5f;
    /** The quotation's text starts (or ends) within this many of its type sizes of the rule: the padding. */
    private static final float NEAR = 1.5f;
    private static final float MAX_WIDTH = 0.6f;

    private RuledFloats() {
    }

    /** The page's ruled floats as panels holding their lines, top first. */
    static List<FloatedBoxes.Panel> find(List<TextFragment> fragments, List<DrawnBullets.Upright> rules,
                                         float pageWidth) {
        List<FloatedBoxes.Panel> found = new ArrayList<>();
        for (DrawnBullets.Upright rule : rules) {
            FloatedBoxes.Panel panel = floatBeside(rule, fragments, pageWidth);
            if (panel != null && found.stream().noneMatch(p -> p.within(panel) || panel.within(p))) {
                found.add(panel);
            }
        }
        found.sort((a, b) -> Float.compare(a.top(), b.top()));
        return found;
    }

    private static FloatedBoxes.Panel floatBeside(DrawnBullets.Upright rule, List<TextFragment> fragments,
                                                  float pageWidth) {
        List<TextFragment> left = new ArrayList<>();
        List<TextFragment> right = new ArrayList<>();
        for (TextFragment f : fragments) {
            if (f.isBlank() || f.y() < rule.top() || f.y() > rule.bottom()) {
                continue;
            }
            if (f.x() < rule.x() - EDGE && f.endX() > rule.x() + EDGE) {
                return null;
            }
            (f.x() >= rule.x() - EDGE ? right : left).add(f);
        }
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        float toRight = (float) right.stream().mapToDouble(TextFragment::x).min().orElseThrow() - rule.x();
        float toLeft = rule.x() - (float) left.stream().mapToDouble(TextFragment::endX).max().orElseThrow();
        boolean quoteRight = toRight <= toLeft;
        List<TextFragment> inside = quoteRight ? right : left;
        List<TextFragment> beside = quoteRight ? left : right;
        float size = FloatedBoxes.commonSize(inside);
        float minX = quoteRight ? rule.x() : (float) inside.stream().mapToDouble(TextFragment::x).min().orElseThrow();
        float maxX = quoteRight ? (float) inside.stream().mapToDouble(TextFragment::endX).max().orElseThrow() : rule.x();
        if (Math.min(toRight, toLeft) > NEAR * size || maxX - minX > MAX_WIDTH * pageWidth
                || FloatedBoxes.baselines(inside) < MIN_LINES || FloatedBoxes.baselines(beside) < MIN_LINES || !faceOfItsOwn(inside, beside)) {
            return null;
        }
        float top = (float) inside.stream().mapToDouble(TextFragment::y).min().orElseThrow() - EDGE;
        float bottom = (float) inside.stream().mapToDouble(TextFragment::y).max().orElseThrow() + EDGE;
        return new FloatedBoxes.Panel(minX, maxX, top, bottom);
    }

    /** Another size, or italic throughout beside text mostly upright. */
    private static boolean faceOfItsOwn(List<TextFragment> inside, List<TextFragment> beside) {
        if (Math.abs(FloatedBoxes.commonSize(inside) - FloatedBoxes.commonSize(beside)) >= SIZE_STEP) {
            return true;
        }
        long uprightBeside = beside.stream().filter(f -> !f.italic()).count();
        return inside.stream().allMatch(TextFragment::italic) && 2 * uprightBeside > beside.size();
    }
}
