package org.casereview.etl.extract;

/**
 * A soft hyphen (U+00AD) a PDF paints inside a line is a hyphen that shows. In a text a soft hyphen is only a place where a
 * word may break, shown at a line end alone, so the digest's text repair takes it out elsewhere; but a PDF holds only the
 * glyphs it paints, and some producers (MuPDF's text writer) map the hyphen they paint in '13-year-old' to U+00AD. One
 * painted between two letters or digits of one line is read as '-'; one at a line end stays the word break it is.
 */
final class PaintedSoftHyphens {

    private static final char SOFT_HYPHEN = '\u00ad';

    private PaintedSoftHyphens() {
    }

    static String shown(String text) {
        if (text.indexOf(SOFT_HYPHEN) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 1; i < out.length() - 1; i++) {
            if (out.charAt(i) == SOFT_HYPHEN && Character.isLetterOrDigit(out.charAt(i - 1))
                    && Character.isLetterOrDigit(out.charAt(i + 1))) {
                out.setCharAt(i, '-');
            }
        }
        return out.toString();
    }
}
