package org.casereview.etl.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which clip paths of a page are boxes along the page's axes (the crop box every page starts with, a column's
 * {@code re W n}), each found once: a rectangle lying strictly inside such a box meets the clip's inside, so
 * {@link Path2D#intersects} (a walk over the path's segments, asked for every glyph) need not be asked. Clip paths
 * are not changed once in a graphics state (PDFBox adds copies), so a path is looked at once per page.
 */
final class ClipBoxes {

    /** Stands for a path that is no axis-aligned box. */
    private static final Rectangle2D NOT_A_BOX = new Rectangle2D.Double();

    private final Map<Path2D, Rectangle2D> boxes = new IdentityHashMap<>();
    /**
     * The clip list asked last, how many paths it held, and the box common to them (their intersection; none when one
     * is no box). A graphics state's list only grows (PDFBox copies it before a first clip of its own), so the list and
     * its size tell its paths.
     */
    private List<Path2D> lastClips;
    private int lastCount;
    private boolean commonBox;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;

    void clear() {
        boxes.clear();
        lastClips = null;
    }

    /** True when the rectangle lies strictly inside the clip and the clip is a box: it meets the clip's inside. */
    boolean inside(Path2D clip, double x, double y, double width, double height) {
        Rectangle2D box = boxes.computeIfAbsent(clip, ClipBoxes::boxOf);
        return box != NOT_A_BOX && x > box.getMinX() && y > box.getMinY() && x + width < box.getMaxX()
                && y + height < box.getMaxY();
    }

    /** {@link #inside} for every clip of the list: the rectangle meets the inside of each. */
    boolean insideAll(List<Path2D> clips, double x, double y, double width, double height) {
        if (clips != lastClips || clips.size() != lastCount) {
            lastClips = clips;
            lastCount = clips.size();
            intersect(clips);
        }
        return commonBox && x > minX && y > minY && x + width < maxX && y + height < maxY;
    }

    /** The intersection of the clips when each is a box: strictly inside it is strictly inside each. */
    private void intersect(List<Path2D> clips) {
        minX = Double.NEGATIVE_INFINITY;
        minY = Double.NEGATIVE_INFINITY;
        maxX = Double.POSITIVE_INFINITY;
        maxY = Double.POSITIVE_INFINITY;
        commonBox = true;
        for (Path2D clip : clips) {
            Rectangle2D box = boxes.computeIfAbsent(clip, ClipBoxes::boxOf);
            if (box == NOT_A_BOX) {
                commonBox = false;
                return;
            }
            minX = Math.max(minX, box.getMinX());
            minY = Math.max(minY, box.getMinY());
            maxX = Math.min(maxX, box.getMaxX());
            maxY = Math.min(maxY, box.getMaxY());
        }
    }

    /**
     * The path's bounds when it is one closed box along the axes: a move and three or four lines (a closing line or
     * a close) through the four corners of its bounds, each line along an axis; otherwise {@link #NOT_A_BOX}.
     */
    private static Rectangle2D boxOf(Path2D path) {
        Rectangle2D bounds = path.getBounds2D();
        if (!(bounds.getWidth() > 0 && bounds.getHeight() > 0)) {
            return NOT_A_BOX;
        }
        double[] point = new double[6];
        double[] xs = new double[6];
        double[] ys = new double[6];
        int points = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(point);
            boolean first = points == 0;
            if (type == PathIterator.SEG_CLOSE) {
                continue;
            }
            boolean line = type == PathIterator.SEG_LINETO;
            if (first == line || !line && type != PathIterator.SEG_MOVETO || points == xs.length) {
                return NOT_A_BOX;
            }
            xs[points] = point[0];
            ys[points] = point[1];
            points++;
        }
        return isBox(bounds, xs, ys, points) ? bounds : NOT_A_BOX;
    }

    /** Four or five points (the last back at the first) on the bounds' corners, each step along one axis. */
    private static boolean isBox(Rectangle2D bounds, double[] xs, double[] ys, int points) {
        if (points == 5 && (xs[4] != xs[0] || ys[4] != ys[0])) {
            return false;
        }
        if (points != 4 && points != 5) {
            return false;
        }
        int corners = 0;
        for (int i = 0; i < 4; i++) {
            boolean left = xs[i] == bounds.getMinX();
            boolean bottom = ys[i] == bounds.getMinY();
            if (!left && xs[i] != bounds.getMaxX() || !bottom && ys[i] != bounds.getMaxY()) {
                return false;
            }
            corners |= 1 << ((left ? 0 : 1) + (bottom ? 0 : 2));
            int next = (i + 1) % 4;
            if ((xs[i] == xs[next]) == (ys[i] == ys[next])) {
                return false;
            }
        }
        return corners == 0b1111;
    }
}
