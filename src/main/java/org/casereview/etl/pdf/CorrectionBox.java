package org.casereview.etl.pdf;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * An opaque box laid over words with new words drawn on it, as a PDF editor corrects a printed page ('edit text': a
 * white rectangle over the old word, the new word over it in the line). Told from a panel laid over a page (a browser
 * print's cookie banner, whose own words stand on lines of their own over many lines of the page) by its size and its
 * words' place and its colour: the box is the paper's (white or nearly: an editor whites the old word out; a dark
 * panel laid over a line with white words of its own is a panel), about one line high, and every word drawn on it
 * stands on the baseline of the words it covers, in their size. What a correction covers is no text of the page;
 * what a panel covers is.
 */
final class CorrectionBox {

    /** The box is at most this many type sizes of the words it covers high. */
    private static final float MAX_LINES = 2.5f;
    /** A drawn glyph stands on a covered glyph's baseline within this share of its size... */
    private static final float LEVEL = 0.3f;
    /** ...in a size at most this factor apart. */
    private static final float SIZE_RATIO = 1.4f;

    /** A box of at least this luminance is the paper's colour. */
    private static final float PAPER = 0.9f;

    private CorrectionBox() {
    }

    /** Whether a box of this luminance (0 black, 1 white) is painted in the paper's colour. */
    static boolean isPaper(float luminance) {
        return luminance >= PAPER;
    }

    /**
     * Whether the box ({@code bounds}, page space) with {@code carried} glyphs drawn on it after it covered
     * {@code covered} is a correction: none carried, or each carried one level with a covered one.
     */
    static boolean corrects(Rectangle2D bounds, List<TextPosition> covered, List<TextPosition> carried) {
        if (carried.isEmpty() || covered.isEmpty()) {
            return false;
        }
        float size = (float) covered.stream().mapToDouble(CorrectionBox::size).max().orElse(0);
        return size > 0 && bounds.getHeight() <= MAX_LINES * size
                && carried.stream().allMatch(glyph -> covered.stream().anyMatch(under -> level(glyph, under)));
    }

    private static boolean level(TextPosition glyph, TextPosition under) {
        float a = size(glyph);
        float b = size(under);
        return a > 0 && b > 0 && Math.max(a, b) <= SIZE_RATIO * Math.min(a, b)
                && Math.abs(glyph.getYDirAdj() - under.getYDirAdj()) <= LEVEL * Math.max(a, b);
    }

    private static float size(TextPosition glyph) {
        return Math.abs(glyph.getYScale());
    }
}
