package org.casereview.etl.pdf;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page has painted so far, in page space, under the glyphs still to come: each fill (at least a few points
 * either way) with its colour, and each image, shading or see-through fill as paint of no known colour. A glyph
 * filled in the colour of the paint under it (white words on the white page, pale words on a box of their own colour)
 * shows nothing; on paint of no known colour (a photograph, a gradient) it is taken as shown.
 */
final class PaintUnder {

    /** The colour of paint that is not one colour: an image, a shading, a translucent or blended fill, a pattern. */
    static final int UNKNOWN = -1;
    private static final int WHITE = 0xffffff;
    /** Colours no further apart than this in each channel (of 255) look the same on a page: #FEFEFE on white. */
    private static final int SAME = 12;

    /** One paint, as far as its clips let it paint; a point in page space. */
    private record Paint(Shape shape, List<Path2D> clips, Rectangle2D bounds, int rgb) {
        private boolean holds(double x, double y) {
            if (!bounds.contains(x, y) || !shape.contains(x, y)) {
                return false;
            }
            for (Path2D clip : clips) {
                if (!clip.contains(x, y)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Paint> paints = new ArrayList<>();
    /** The colours painted so far, each once: a glyph of none of them (nor white) needs no look under it. */
    private final List<Integer> colours = new ArrayList<>();
    /** The last {@link #mayMatch} question (a colour, how many colours were painted then) and its answer. */
    private int askedRgb = UNKNOWN;
    private int askedColours = -1;
    private boolean answer;

    void clear() {
        paints.clear();
        colours.clear();
        askedColours = -1;
    }

    /** Paint of the given colour ({@link #UNKNOWN} for none) over the shape, within its clips and bounds. */
    void add(Shape shape, List<Path2D> clips, Rectangle2D bounds, int rgb) {
        paints.add(new Paint(shape, clips, bounds, rgb));
        if (rgb != UNKNOWN && !colours.contains(rgb)) {
            colours.add(rgb);
        }
    }

    /** True when a glyph might be of the colour under it: white, or the colour of something painted on the page. */
    boolean mayMatch(int rgb) {
        // asked for every glyph: the colours painted only grow on a page, so the same question has the same answer
        if (rgb != askedRgb || colours.size() != askedColours) {
            askedRgb = rgb;
            askedColours = colours.size();
            answer = mayMatchNow(rgb);
        }
        return answer;
    }

    private boolean mayMatchNow(int rgb) {
        if (rgb == UNKNOWN) {
            return false;
        }
        if (same(rgb, WHITE)) {
            return true;
        }
        for (int colour : colours) {
            if (same(colour, rgb)) {
                return true;
            }
        }
        return false;
    }

    /** True when the paint on top at the page point (the white page where there is none) looks as the colour does. */
    boolean matches(int rgb, double x, double y) {
        for (int i = paints.size() - 1; i >= 0; i--) {
            Paint paint = paints.get(i);
            if (paint.holds(x, y)) {
                return paint.rgb != UNKNOWN && same(paint.rgb, rgb);
            }
        }
        return same(rgb, WHITE);
    }

    static boolean same(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) <= SAME
                && Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) <= SAME
                && Math.abs((a & 0xff) - (b & 0xff)) <= SAME;
    }
}
