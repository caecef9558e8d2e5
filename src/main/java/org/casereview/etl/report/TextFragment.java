package org.casereview.etl.report;

/**
 * A run of glyphs of one style without a large gap, as placed on the page.
 *
 * @param text     the glyphs' text
 * @param x        left edge
 * @param endX     right edge
 * @param y        baseline, from the top of the page
 * @param fontSize font size in points
 * @param bold     set in a bold face (or filled and stroked, as word processors fake bold)
 * @param coloured printed in a colour other than black or grey
 * @param italic   set in an italic or oblique face
 * @param afterRule a drawn upright line stands just before it across its height (a ruled cell's edge)
 * @param smallCaps set in a small-capital face (a font of its own, as LaTeX's {@code \scshape} sets it)
 * @param face      the font family of its first glyph ({@link FontFaces#family}), null when not known
 */
record TextFragment(String text, float x, float endX, float y, float fontSize, boolean bold, boolean coloured,
                    boolean italic, boolean afterRule, boolean smallCaps, String face) {

    TextFragment(String text, float x, float endX, float y, float fontSize, boolean bold, boolean coloured,
                 boolean italic, boolean afterRule, boolean smallCaps) {
        this(text, x, endX, y, fontSize, bold, coloured, italic, afterRule, smallCaps, null);
    }

    TextFragment(String text, float x, float endX, float y, float fontSize, boolean bold, boolean coloured,
                 boolean italic, boolean afterRule) {
        this(text, x, endX, y, fontSize, bold, coloured, italic, afterRule, false);
    }

    TextFragment(String text, float x, float endX, float y, float fontSize, boolean bold, boolean coloured,
                 boolean italic) {
        this(text, x, endX, y, fontSize, bold, coloured, italic, false);
    }

    TextFragment(String text, float x, float endX, float y, float fontSize, boolean bold, boolean coloured) {
        this(text, x, endX, y, fontSize, bold, coloured, false);
    }

    TextFragment(String text, float x, float endX, float y, float fontSize, boolean bold) {
        this(text, x, endX, y, fontSize, bold, false, false);
    }

    TextFragment withRuleBefore() {
        return new TextFragment(text, x, endX, y, fontSize, bold, coloured, italic, true, smallCaps, face);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
