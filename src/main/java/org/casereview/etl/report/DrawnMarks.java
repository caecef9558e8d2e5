package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drawn list markers larger than a bullet dot: an icon (a lightbulb of a circle and a base), a tick
 * in a circle, a filled badge with the item's number printed in it. One such mark beside a line is
 * decoration; the same mark repeated at one x beside several rows of regular text marks a list, each
 * row one entry. The mark becomes a "•" (or "N." for a badge holding a number) before the first line
 * of its row, and the number printed in the badge leaves the text.
 */
final class DrawnMarks {

    /** A bullet dot is at most this wide: a mark is larger, or made of several shapes. */
    private static final float DOT_SIDE = 7f;
    private static final float MAX_SIDE = 36f;
    private static final float TOUCH = 1f;
    /** A page of many small shapes is a chart or a map: no marks are looked for there. */
    private static final int MAX_SHAPES = 300;
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}]{1,3}[.)]?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    /** Painted shapes that touch, joined: their box in text coordinates (y from the top) and how many they are. */
    record Mark(float minX, float maxX, float top, float bottom, int parts) {

        float width() {
            return maxX - minX;
        }

        float height() {
            return bottom - top;
        }

        boolean touches(Mark other) {
            return other.minX <= maxX + TOUCH && other.maxX >= minX - TOUCH
                    && other.top <= bottom + TOUCH && other.bottom >= top - TOUCH;
        }

        Mark union(Mark other) {
            return new Mark(Math.min(minX, other.minX), Math.max(maxX, other.maxX), Math.min(top, other.top),
                    Math.max(bottom, other.bottom), parts + other.parts);
        }

        boolean holds(float x, float y) {
            return x >= minX - 0.5f && x <= maxX + 0.5f && y >= top - 0.5f && y <= bottom + 0.5f;
        }

        /** Larger than a bullet dot, roughly square, small enough to stand beside a line. */
        boolean markSized() {
            float w = width();
            float h = height();
            return Math.max(w, h) > DOT_SIDE && Math.min(w, h) >= 4f && w <= MAX_SIDE && h <= MAX_SIDE
                    && w < 2f * h && h < 2f * w;
        }

        boolean sameShape(Mark other) {
            return Math.abs(minX - other.minX) < 2f && Math.abs(width() - other.width()) < 0.25f * Math.max(width(), other.width())
                    && Math.abs(height() - other.height()) < 0.25f * Math.max(height(), other.height());
        }
    }

    private DrawnMarks() {
    }

    /** Shapes that touch or overlap become one mark (a lightbulb's globe and base). */
    static List<Mark> join(List<Mark> shapes) {
        if (shapes.size() > MAX_SHAPES) {
            return List.of();
        }
        List<Mark> marks = new ArrayList<>(shapes);
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < marks.size() && !merged; i++) {
                for (int j = i + 1; j < marks.size(); j++) {
                    if (marks.get(i).touches(marks.get(j))) {
                        marks.set(i, marks.get(i).union(marks.remove(j)));
                        merged = true;
                        break;
                    }
                }
            }
        }
        return marks;
    }

    /** A dot that is a part of a larger mark (the base of a drawn lightbulb) is no bullet of its own. */
    static boolean partOfLargerMark(DrawnBullets.Dot dot, List<Mark> marks) {
        float x = (dot.minX() + dot.maxX()) / 2;
        for (Mark mark : marks) {
            if ((mark.parts() > 1 || Math.max(mark.width(), mark.height()) > DOT_SIDE) && mark.holds(x, dot.centreY())) {
                return true;
            }
        }
        return false;
    }

    /** The fragments with a marker before each row that a repeated mark stands beside. */
    static List<TextFragment> attach(List<TextFragment> fragments, List<Mark> marks, float body) {
        List<Mark> sized = marks.stream().filter(Mark::markSized).toList();
        if (sized.size() < 2) {
            return fragments;
        }
        List<Entry> entries = new ArrayList<>();
        for (Mark mark : sized) {
            Entry entry = entry(mark, fragments, body);
            if (entry != null) {
                entries.add(entry);
            }
        }
        Set<TextFragment> printedLabels = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TextFragment> markers = new ArrayList<>();
        for (Entry entry : entries) {
            if (entries.stream().anyMatch(o -> o != entry && o.row() != entry.row() && o.mark().sameShape(entry.mark()))) {
                printedLabels.addAll(entry.inside());
                markers.add(new TextFragment(markerText(entry.inside()), entry.mark().minX(), entry.mark().maxX(),
                        entry.row().y(), entry.row().fontSize(), false));
            }
        }
        if (markers.isEmpty()) {
            return fragments;
        }
        List<TextFragment> result = new ArrayList<>(fragments.size() + markers.size());
        for (TextFragment f : fragments) {
            if (!printedLabels.contains(f)) {
                result.add(f);
            }
        }
        result.addAll(markers);
        return result;
    }

    /** A mark, the first fragment of the row it stands beside, and the short label printed inside it. */
    private record Entry(Mark mark, TextFragment row, List<TextFragment> inside) {
    }

    /** The mark's row: the topmost fragment just right of it within its height; null when it holds other text. */
    private static Entry entry(Mark mark, List<TextFragment> fragments, float body) {
        List<TextFragment> inside = new ArrayList<>();
        for (TextFragment f : fragments) {
            if (!f.isBlank() && mark.holds((f.x() + f.endX()) / 2, f.y() - 0.35f * f.fontSize())) {
                if (!LABEL.matcher(f.text().strip()).matches()) {
                    return null;
                }
                inside.add(f);
            }
        }
        TextFragment row = null;
        for (TextFragment f : fragments) {
            if (f.isBlank() || inside.contains(f) || headingLike(f, body)) {
                continue;
            }
            float gap = f.x() - mark.maxX();
            boolean beside = gap > -0.5f && gap < 2.5f * f.fontSize()
                    && f.y() - 0.75f * f.fontSize() < mark.bottom() && f.y() + 0.15f * f.fontSize() > mark.top();
            if (beside && (row == null || f.y() < row.y() - 1 || Math.abs(f.y() - row.y()) <= 1 && f.x() < row.x())) {
                row = f;
            }
        }
        return row == null || textBefore(mark, row, fragments) ? null : new Entry(mark, row, inside);
    }

    /** Text on the row's line just left of the mark: the mark is inline, within the line, not before it. */
    private static boolean textBefore(Mark mark, TextFragment row, List<TextFragment> fragments) {
        for (TextFragment f : fragments) {
            if (!f.isBlank() && Math.abs(f.y() - row.y()) < 0.5f * row.fontSize() && f.endX() <= mark.minX() + 0.5f
                    && f.endX() > mark.minX() - 3f * row.fontSize()) {
                return true;
            }
        }
        return false;
    }

    /** Text larger than the body, or bold and larger: a heading, whose mark is an ornament. */
    private static boolean headingLike(TextFragment f, float body) {
        return f.fontSize() > 1.35f * body || f.bold() && f.fontSize() > 1.05f * body;
    }

    private static String markerText(List<TextFragment> inside) {
        if (inside.size() == 1) {
            String label = inside.get(0).text().strip();
            if (NUMBER.matcher(label).matches()) {
                return label + ".";
            }
        }
        return "\u2022";
    }
}
