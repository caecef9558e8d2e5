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
     * than a word gap's share of the type size after the glyph before the space ends. Ghostscript writes a justified
     * groff line as '(nev )240(er)', taking the space's advance back with a TJ number; the letters either side touch,
     * and as with a gap between glyphs, no gap of that width parts two words. A space only narrowed by justification
     * keeps a sixth of an em or more.
     */
    static boolean printsNoGap(float[] lefts, float[] widths, float[] sizes, int i) {
        return lefts[i + 1] - (lefts[i - 1] + widths[i - 1]) < SHARE_OF_SIZE * sizes[i];
    }

    private static float fontSize(float[] sizes) {
        float size = 0;
        for (float glyph : sizes) {
            size = Math.max(size, glyph);
        }
        return size;
    }
}
