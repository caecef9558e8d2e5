package org.casereview.etl.pdf;

import java.util.Arrays;
import java.util.Objects;

import org.apache.pdfbox.text.TextPosition;

/**
 * Text drawn again over itself: a printer driver's simulated bold (each title drawn twice in the regular face, the copy
 * a fraction of a point to the right), a drop shadow (the words again, a point off, in grey), a word redrawn glyph by
 * glyph. A viewer shows the words once, heavier; a text reader without this rule reads them twice ('Child A: ...
 * reviewChild A: ...'). A glyph repeats when it is the glyph drawn earlier on the page at (nearly) the same spot: the
 * same character, in the same direction, less than {@value #NEAR} of its type size away both ways. Two glyphs of real
 * text never lie that close (the narrowest, an 'l' or an 'i', advances about a fifth of the size). Cheap: the glyphs
 * are looked back over only when one starts back over the glyph drawn just before it on its baseline (a run begun
 * again), and then only along that baseline; while a run repeats, each next glyph is matched against the next of the
 * run it repeats.
 */
public final class OverprintedText {

    /** Share of the type size within which a glyph drawn again lies on the first. */
    private static final float NEAR = 0.15f;
    /** Glyphs looked back over at most, along a baseline, for the one a run begun again repeats. */
    private static final int LOOK_BACK = 200;

    /** The page's glyphs kept, in drawing order (a repeat is not kept): {@link #size} of them. */
    private TextPosition[] kept = new TextPosition[256];
    private int size;
    /** The direction of the glyph kept last and where it ends along it, worked out once, as it is kept. */
    private float lastDir;
    private float lastEnd;
    /** Where in {@link #kept} the glyph repeating the run continues is expected, or -1. */
    private int echo = -1;

    /** Starts a page. */
    public void startPage() {
        Arrays.fill(kept, 0, size, null);
        size = 0;
        echo = -1;
    }

    /** True when the glyph repeats one drawn before it at (nearly) the same spot; else it is kept for what follows. */
    public boolean repeats(TextPosition glyph) {
        if (echo >= 0 && echo < size && same(kept[echo], glyph)) {
            echo++;
            return true;
        }
        echo = -1;
        float dir = glyph.getDir();
        float x = glyph.getXDirAdj();
        // most glyphs start at or past the end of the glyph before: the size on the page is not worked out for them
        if (size > 0 && dir == lastDir && x < lastEnd && startsBack(kept[size - 1], glyph, x)) {
            int found = repeated(glyph);
            if (found >= 0) {
                echo = found + 1;
                return true;
            }
        }
        keep(glyph, dir, x);
        return false;
    }

    private void keep(TextPosition glyph, float dir, float x) {
        if (size == kept.length) {
            kept = Arrays.copyOf(kept, 2 * size);
        }
        kept[size++] = glyph;
        lastDir = dir;
        lastEnd = x + glyph.getWidthDirAdj();
    }

    /**
     * The glyph, in the direction of the glyph before and starting left of where that one ends, starts on its baseline
     * and more than the glyph's nearness back: a run begun again.
     */
    private boolean startsBack(TextPosition before, TextPosition glyph, float x) {
        float near = near(glyph);
        return Math.abs(before.getYDirAdj() - glyph.getYDirAdj()) <= near && x < lastEnd - near;
    }

    /** The glyph kept last on this baseline that the glyph lies on, looked for back along the baseline; or -1. */
    private int repeated(TextPosition glyph) {
        float near = near(glyph);
        for (int i = size - 1; i >= Math.max(0, size - LOOK_BACK); i--) {
            TextPosition earlier = kept[i];
            if (earlier.getDir() != glyph.getDir() || Math.abs(earlier.getYDirAdj() - glyph.getYDirAdj()) > near) {
                return -1;
            }
            if (same(earlier, glyph)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(TextPosition earlier, TextPosition glyph) {
        float near = near(glyph);
        return earlier.getDir() == glyph.getDir() && Objects.equals(earlier.getUnicode(), glyph.getUnicode())
                && Math.abs(earlier.getXDirAdj() - glyph.getXDirAdj()) <= near
                && Math.abs(earlier.getYDirAdj() - glyph.getYDirAdj()) <= near;
    }

    /**
     * Of the glyph's size on the page (its text rendering matrix, the transformation included): PDFBox's size in points
     * is through the text matrix only, so on a page drawn scaled (a tenth, a print driver's device units) it would
     * reach the lines above and below.
     */
    private static float near(TextPosition glyph) {
        float onPage = glyph.getTextMatrix().getScalingFactorY();
        float size = onPage > 0 && Float.isFinite(onPage) ? onPage : glyph.getFontSizeInPt();
        return NEAR * Math.max(0.1f, size);
    }
}
