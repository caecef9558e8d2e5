package org.casereview.etl.layout;

import org.apache.pdfbox.text.TextPosition;

/** Whether a glyph is set in a bold face, from its font's name (the only weight most PDFs state). */
public final class BoldGlyphs {

    private BoldGlyphs() {
    }

    public static boolean isBold(TextPosition glyph) {
        String name = glyph.getFont() == null || glyph.getFont().getName() == null ? "" : glyph.getFont().getName();
        return name.matches("(?i).*(bold|black|heavy|semibold|demi).*");
    }
}
