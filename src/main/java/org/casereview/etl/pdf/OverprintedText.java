package org.casereview.etl.pdf;

import java.util.ArrayList;
import java.util.List;
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

    /** The page's glyphs kept, in drawing order (a repeat is not kept). */
    private final List<TextPosition> kept = new ArrayList<>();
    /** Where in {@link #kept} the glyph repeating the run continues is expected, or -1. */
    private int echo = -1;

    /** Starts a page. */
    public void startPage() {
        kept.clear();
        echo = -1;
    }

    /** True when the glyph repeats one drawn before it at (nearly) the same spot; else it is kept for what follows. */
    public boolean repeats(TextPosition glyph) {
        if (echo >= 0 && echo < kept.size() && same(kept.get(echo), glyph)) {
            echo++;
            return true;
        }
        echo = -1;
        if (!kept.isEmpty() && startsBack(kept.get(kept.size() - 1), glyph)) {
            int found = repeated(glyph);
            if (found >= 0) {
                echo = found + 1;
                return true;
            }
        }
        kept.add(glyph);
        return false;
    }

    /** The glyph starts left of where the glyph before it ends, on its baseline: a run begun again. */
    private static boolean startsBack(TextPosition before, TextPosition glyph) {
        float end = before.getXDirAdj() + before.getWidthDirAdj();
        if (before.getDir() != glyph.getDir() || glyph.getXDirAdj() >= end) {
            return false; // most glyphs: the size on the page is not worked out for them
        }
        float near = near(glyph);
        return Math.abs(before.getYDirAdj() - glyph.getYDirAdj()) <= near && glyph.getXDirAdj() < end - near;
    }

    /** The glyph kept last on this baseline that the glyph lies on, looked for back along the baseline; or -1. */
    private int repeated(TextPosition glyph) {
        float near = near(glyph);
        for (int i = kept.size() - 1; i >= Math.max(0, kept.size() - LOOK_BACK); i--) {
            TextPosition earlier = kept.get(i);
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
