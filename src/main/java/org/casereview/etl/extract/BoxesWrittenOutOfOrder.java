package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text boxes of an untagged page read in the order they stand on it when the content stream contradicts it. A slide
 * program writes its boxes in z-order (the box made first first: a slide's list box before its title and its
 * summary), a newsletter its linked frames in the order they were made (page 2's second column before its first);
 * the text layer follows the stream. The page's lines, in stream order, fall into boxes: runs of lines going down
 * the page in one face size, a new box where a line goes back up, jumps far down, or changes size by half again. A
 * box must come before another when it stands above it over the same width, or beside it on its left (side by side
 * over half the smaller's height). Only a page where the stream writes a box of {@value #MIN_BOX_LINES} lines or more
 * after one it must come before (another of as many lines) is read again: its boxes in that order, the highest
 * first among those free to come. Any other page, and any page whose lines the text does not hold as the page
 * lines have them, is left as it is.
 */
final class BoxesWrittenOutOfOrder {

    /** A box that contradicts the stream is this many lines at least: a paragraph, a column, not a label. */
    private static final int MIN_BOX_LINES = 3;
    /** A line this many of its font sizes below the last starts a new box. */
    private static final float FAR_BELOW = 3.5f;
    /** A font size this many times the last line's (or that share of it) starts a new box. */
    private static final float NEW_SIZE = 1.5f;
    /** Boxes side by side share at least this part of the smaller's height. */
    private static final float BESIDE = 0.5f;
    /** Shares of the page: a slack at the edges of boxes, and for one baseline. */
    private static final float EDGE = 0.005f;
    /** One mark (a bullet glyph, a dash) and the space after it at a line's start. */
    private static final Pattern LEADING_MARK = Pattern.compile("^[^\\p{L}\\p{N}\\s]\\s+");

    private BoxesWrittenOutOfOrder() {
    }

    private record Box(List<PdfPageLines.Line> lines, float left, float right, float top, float bottom) {
        static Box of(List<PdfPageLines.Line> lines) {
            float left = 1;
            float right = 0;
            float top = 1;
            float bottom = 0;
            for (PdfPageLines.Line line : lines) {
                left = Math.min(left, line.left());
                right = Math.max(right, line.right());
                top = Math.min(top, line.top() - line.size());
                bottom = Math.max(bottom, line.top());
            }
            return new Box(List.copyOf(lines), left, right, top, bottom);
        }

        /** This box must be read before {@code other}: above it over the same width, or beside it on its left. */
        boolean before(Box other) {
            boolean sameWidth = Math.min(right, other.right) - Math.max(left, other.left) > EDGE;
            if (sameWidth) {
                return bottom <= other.top + EDGE;
            }
            float level = Math.min(bottom, other.bottom) - Math.max(top, other.top);
            return right <= other.left + EDGE && level > BESIDE * Math.min(bottom - top, other.bottom - other.top);
        }

        boolean large() {
            return lines.size() >= MIN_BOX_LINES;
        }
    }

    /** The text lines with every page whose boxes are written out of order read in the boxes' order. */
    static List<String> moved(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        List<String> out = new ArrayList<>(lines);
        int from = 0;
        for (List<PdfPageLines.Line> page : pages) {
            List<Box> boxes = boxes(page);
            List<Box> order = contradicted(boxes) ? order(boxes) : null;
            int[] spans = order == null ? null : spans(out, from, boxes);
            if (spans == null) {
                continue;
            }
            int kept = 0; // the boxes already in their place stay as the text has them
            while (order.get(kept) == boxes.get(kept)) {
                kept++;
            }
            List<String> read = new ArrayList<>();
            for (Box box : order.subList(kept, order.size())) {
                int k = boxes.indexOf(box);
                read.addAll(out.subList(spans[k], spans[k + 1]));
                if (read.isEmpty() || !read.get(read.size() - 1).isBlank()) {
                    read.add("");
                }
            }
            out.subList(spans[kept], spans[boxes.size()]).clear();
            out.addAll(spans[kept], read);
            from = spans[kept] + read.size();
        }
        return out;
    }

    /** The page's lines in runs going down the page in one face size. */
    static List<Box> boxes(List<PdfPageLines.Line> page) {
        List<Box> boxes = new ArrayList<>();
        List<PdfPageLines.Line> run = new ArrayList<>();
        for (PdfPageLines.Line line : page) {
            if (line.size() <= 0 || line.right() <= 0) {
                return List.of(); // no position: nothing to order by
            }
            if (!run.isEmpty() && startsBox(run.get(run.size() - 1), line)) {
                boxes.add(Box.of(run));
                run.clear();
            }
            run.add(line);
        }
        if (!run.isEmpty()) {
            boxes.add(Box.of(run));
        }
        return boxes;
    }

    private static boolean startsBox(PdfPageLines.Line last, PdfPageLines.Line line) {
        float ratio = line.size() / last.size();
        return line.top() < last.top() - EDGE || line.top() - last.top() > FAR_BELOW * last.size()
                || ratio >= NEW_SIZE || ratio <= 1 / NEW_SIZE;
    }

    /** A large box written after a large box it must come before. */
    private static boolean contradicted(List<Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).large() && boxes.get(j).large() && boxes.get(j).before(boxes.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The boxes in reading order, the highest of those nothing must precede first; null when they form a cycle. */
    private static List<Box> order(List<Box> boxes) {
        List<Box> left = new ArrayList<>(boxes);
        List<Box> order = new ArrayList<>();
        while (!left.isEmpty()) {
            Box next = null;
            for (Box box : left) {
                boolean free = left.stream().noneMatch(other -> other != box && other.before(box));
                if (free && (next == null || box.top() < next.top())) {
                    next = box;
                }
            }
            if (next == null) {
                return null;
            }
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    /**
     * Where each box's lines start in the text, from {@code from} on, one after another (blank lines between them
     * aside), and where the last ends; null when the text does not hold them so.
     */
    private static int[] spans(List<String> text, int from, List<Box> boxes) {
        int[] spans = new int[boxes.size() + 1];
        int at = indexOf(text, boxes.get(0).lines().get(0).text(), from);
        if (at < 0) {
            return null;
        }
        for (int k = 0; k < boxes.size(); k++) {
            while (k > 0 && at < text.size() && text.get(at).isBlank()) {
                at++;
            }
            spans[k] = at;
            at = spanEnd(text, at, boxes.get(k).lines());
            if (at < 0) {
                return null;
            }
        }
        spans[boxes.size()] = at;
        return spans;
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (key(lines.get(i)).equals(key(text))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the lines of {@code box} end in {@code lines} from {@code start} on, blank lines between them aside. */
    private static int spanEnd(List<String> lines, int start, List<PdfPageLines.Line> box) {
        int at = start;
        for (int i = 0; i < box.size(); i++) {
            while (i > 0 && at < lines.size() && lines.get(at).isBlank()) {
                at++;
            }
            if (at >= lines.size() || !key(lines.get(at)).equals(key(box.get(i).text()))) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** A line as both texts have it: the text layer writes a printed bullet as a markdown dash. */
    private static String key(String line) {
        return LEADING_MARK.matcher(line.strip()).replaceFirst("").replaceAll("\\s+", " ");
    }
}
