package org.casereview.etl.text;

/**
 * A minus sign (U+2212) between two letters or digits is a hyphen drawn with the minus glyph: PostScript's
 * {@code ISOLatin1Encoding} puts {@code /minus} at 0x2D, so text shown through it reads "14−year−old". It becomes an
 * ASCII hyphen there; a minus sign before a number ("−5", "a − b") stays what it is.
 */
public final class MinusHyphens {

    private static final char MINUS = '\u2212';

    private MinusHyphens() {
    }

    public static String asHyphens(String text) {
        int at = text.indexOf(MINUS);
        if (at < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; at >= 0; at = text.indexOf(MINUS, at + 1)) {
            if (at > 0 && at + 1 < text.length() && Character.isLetterOrDigit(text.codePointBefore(at))
                    && Character.isLetterOrDigit(text.codePointAt(at + 1))) {
                chars[at] = '-';
            }
        }
        return new String(chars);
    }
}
