package org.casereview.etl.report;

import java.util.Arrays;

/**
 * Word spaces that no space glyph marks inside what PDFBox hands over as one word. PDFBox starts a word where a
 * gap passes the smaller of half the font's space and 0.3 of the average glyph width; a subset font with no space
 * glyph (pdfTeX) gives it no true space, and before a wide glyph the glyph-width share passes the shrunk
 * interword gaps of a tight justified line. Instead, as pdftotext does with a share of the font size, a gap wider
 * than the word's usual gap between its glyphs by a share of the type size is a word space: the usual gap (the
 * median) is about nil for kerned text and the tracking for letter-spaced text, so neither splits.
 */
final class WordGaps {

    /** pdftotext breaks words at a tenth of the type size; lines join fragments with a space past 0.12. */
    private static final float SHARE_OF_SIZE = 0.12f;
    /** The share of a space glyph's width that a space printing no gap leaves, or overlaps at most. */
    private static final float SPACE_LEFT = 0.4f;

    private WordGaps() {
    }

    /**
     * The gap past which glyphs of a run stand in two words; no limit for a run with no wide gap. {@code gaps[i]} is the
     * gap between glyph i and glyph i + 1 ({@code next.x - (previous.x + previous.width)}), {@code sizes[i]} glyph i's
     * type size.
     */
    static float limit(float[] gaps, float[] sizes) {
        int count = gaps.length;
        if (count < 2) {
            return Float.MAX_VALUE;
        }
        boolean wide = false;
        for (int i = 0; i < count; i++) {
            wide |= gaps[i] > SHARE_OF_SIZE * sizes[i];
        }
        if (!wide) {
            return Float.MAX_VALUE;
        }
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        float usual = sorted[(count - 1) / 2];
        return usual + SHARE_OF_SIZE * fontSize(sizes);
    }

    /**
     * Whether glyph {@code i}, a space glyph between two glyphs of its run, prints no gap: the next glyph starts less
     * than a word gap's share of the type size after the glyph before the space ends, the space's own advance mostly
     * taken back (less than {@value #SPACE_LEFT} of its width left, or at most that much of it overlapped). Ghostscript
     * writes a justified groff line as '(nev )240(er)'; the letters either side touch, and as with a gap between
     * glyphs, no gap of that width parts two words. A space narrowed by justification keeps two thirds of its width or
     * so; glyphs overlapping by more than that print where their widths do not say (an OCR text layer's words, each
     * scaled to its own box; a label printed twice over itself), and their space stays.
     */
    static boolean printsNoGap(float[] lefts, float[] widths, float[] sizes, int i) {
        float across = lefts[i + 1] - (lefts[i - 1] + widths[i - 1]);
        float space = widths[i];
        return across < SHARE_OF_SIZE * sizes[i] && across < SPACE_LEFT * space && across > -SPACE_LEFT * space;
    }

    private static float fontSize(float[] sizes) {
        float size = 0;
        for (float glyph : sizes) {
            size = Math.max(size, glyph);
        }
        return size;
    }
}
