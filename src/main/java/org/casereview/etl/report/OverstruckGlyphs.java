package org.casereview.etl.report;

import java.util.List;

import org.apache.pdfbox.text.TextPosition;

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

    /** True when the glyphs, two or more and not all the same, print at one position and none is an accent. */
    static boolean isOverstrike(List<TextPosition> glyphs) {
        if (glyphs.size() < 2) {
            return false;
        }
        TextPosition first = glyphs.get(0);
        float centre = first.getXDirAdj() + first.getWidthDirAdj() / 2;
        boolean different = false;
        for (TextPosition glyph : glyphs) {
            String text = glyph.getUnicode();
            if (text == null || text.isBlank() || text.codePoints().anyMatch(OverstruckGlyphs::isAccent)) {
                return false;
            }
            float width = Math.max(first.getWidthDirAdj(), glyph.getWidthDirAdj());
            if (Math.abs(glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2 - centre) > SAME_SPOT * width) {
                return false;
            }
            different |= !text.equals(first.getUnicode());
        }
        return different;
    }

    private static boolean isAccent(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.MODIFIER_SYMBOL || type == Character.MODIFIER_LETTER;
    }
}
