package org.casereview.etl.report;

/**
 * Glyphs overprinted at one position, as a typewriter or nroff builds a symbol it has no glyph for: mandoc's PDF
 * draws the bullet {@code \(bu} as '+' struck over 'o'. Such a cluster standing alone is one bullet, not the word
 * '+o'. An accent struck over its letter is left alone.
 */
final class OverstruckGlyphs {

    static final String BULLET = "\u2022";
    /** How far apart two glyphs' centres may be, as a share of the wider glyph, to print at one position. */
    private static final float SAME_SPOT = 0.25f;

    private OverstruckGlyphs() {
    }

    /**
     * True when glyphs {@code start} to {@code end} (their texts, left edges and widths in their direction), two or more
     * and not all the same, print at one position and none is an accent.
     */
    static boolean isOverstrike(String[] texts, float[] lefts, float[] widths, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        float centre = lefts[start] + widths[start] / 2;
        boolean different = false;
        for (int i = start; i < end; i++) {
            String text = texts[i];
            if (text == null || text.isBlank() || text.codePoints().anyMatch(OverstruckGlyphs::isAccent)) {
                return false;
            }
            float width = Math.max(widths[start], widths[i]);
            if (Math.abs(lefts[i] + widths[i] / 2 - centre) > SAME_SPOT * width) {
                return false;
            }
            different |= !text.equals(texts[start]);
        }
        return different;
    }

    private static boolean isAccent(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.MODIFIER_SYMBOL || type == Character.MODIFIER_LETTER;
    }
}
