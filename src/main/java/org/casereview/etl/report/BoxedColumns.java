package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A form of boxed fields in two columns: drawn outlines, each holding a field's label and answer, stacked down the
 * left and the right of the page with a strip between them that no box crosses. The boxes are the regions: each is
 * read top to bottom, the left column's boxes first, then the right's; the text over the boxes (a header band) and
 * under them (a footer) stays in place. Read line by line across the page, two fields at one height would interleave,
 * and a label level with its neighbour's would read as one heading. Not a table: the cells of a table's row stand
 * level (top and bottom) across its columns, a form's fields in two columns do not; nor boxes with other text beside
 * them.
 */
final class BoxedColumns {

    private static final int MIN_BOXES = 4;
    private static final int MIN_BOXES_A_SIDE = 2;
    /** Points a box's edge may stand off a column's edge, or off another box's, and still count as level. */
    private static final float EDGE = 2f;
    /** A box this wide is no field of one column. */
    private static final float MAX_WIDTH = 0.6f;

    private BoxedColumns() {
    }

    /** The page's lines read box by box, or null when the page is no two-column form of boxes. */
    static List<TextLine> read(int page, float pageWidth, List<TextFragment> fragments, List<FloatedBoxes.Panel> frames,
                               List<RuledLines.Rule> rules) {
        List<FloatedBoxes.Panel> boxes = holdingText(frames, fragments, pageWidth);
        Float gutter = boxes.size() < MIN_BOXES ? null : gutter(boxes);
        if (gutter == null || levelAcross(boxes, gutter)) {
            return null;
        }
        float top = boxes.stream().map(FloatedBoxes.Panel::top).min(Float::compare).orElseThrow();
        float bottom = boxes.stream().map(FloatedBoxes.Panel::bottom).max(Float::compare).orElseThrow();
        List<TextFragment> above = new ArrayList<>();
        List<TextFragment> below = new ArrayList<>();
        List<List<TextFragment>> inside = new ArrayList<>();
        boxes.forEach(b -> inside.add(new ArrayList<>()));
        for (TextFragment f : fragments) {
            int box = holder(boxes, f);
            if (box >= 0) {
                inside.get(box).add(f);
            } else if (f.y() < top) {
                above.add(f);
            } else if (f.y() > bottom) {
                below.add(f);
            } else if (!f.isBlank()) {
                return null;
            }
        }
        List<TextLine> result = new ArrayList<>(LineAssembler.assemble(page, pageWidth, above, rules));
        for (boolean left : new boolean[] {true, false}) {
            for (int b = 0; b < boxes.size(); b++) {
                if (boxes.get(b).maxX() <= gutter + EDGE == left) {
                    result.addAll(LineAssembler.lines(page, inside.get(b)));
                }
            }
        }
        result.addAll(LineAssembler.assemble(page, pageWidth, below, rules));
        return result;
    }

    /** The outermost frames narrower than a column's share of the page that hold text, top first. */
    private static List<FloatedBoxes.Panel> holdingText(List<FloatedBoxes.Panel> frames, List<TextFragment> fragments,
                                                       float pageWidth) {
        List<FloatedBoxes.Panel> kept = new ArrayList<>();
        for (FloatedBoxes.Panel frame : frames) {
            if (frame.maxX() - frame.minX() < MAX_WIDTH * pageWidth
                    && frames.stream().noneMatch(other -> other != frame && frame.within(other))
                    && fragments.stream().anyMatch(f -> !f.isBlank() && frame.holds(f))) {
                kept.add(frame);
            }
        }
        kept.sort(Comparator.comparingDouble(FloatedBoxes.Panel::top));
        return kept;
    }

    /** An x that every box stands wholly left or right of, with two boxes at least on each side; else null. */
    private static Float gutter(List<FloatedBoxes.Panel> boxes) {
        for (FloatedBoxes.Panel candidate : boxes) {
            float x = candidate.maxX();
            long left = boxes.stream().filter(b -> b.maxX() <= x + EDGE).count();
            long right = boxes.stream().filter(b -> b.minX() >= x - EDGE && b.maxX() > x + EDGE).count();
            if (left >= MIN_BOXES_A_SIDE && right >= MIN_BOXES_A_SIDE && left + right == boxes.size()) {
                return x;
            }
        }
        return null;
    }

    /** A box whose top and bottom stand level with a box across the gutter: a table's row of cells. */
    private static boolean levelAcross(List<FloatedBoxes.Panel> boxes, float gutter) {
        for (FloatedBoxes.Panel a : boxes) {
            for (FloatedBoxes.Panel b : boxes) {
                boolean across = a.maxX() <= gutter + EDGE && b.minX() >= gutter - EDGE && b.maxX() > gutter + EDGE;
                if (across && Math.abs(a.top() - b.top()) <= EDGE && Math.abs(a.bottom() - b.bottom()) <= EDGE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int holder(List<FloatedBoxes.Panel> boxes, TextFragment f) {
        for (int b = 0; b < boxes.size(); b++) {
            if (boxes.get(b).holds(f)) {
                return b;
            }
        }
        return -1;
    }
}
