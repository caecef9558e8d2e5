package org.casereview.etl.extract;

/**
 * Text with backspace overstrikes, as nroff (groff's grotty with its old output, {@code -P-c}), {@code man} piped to a
 * file and line-printer programs write it: a character, a backspace and another character are struck in one place.
 * 'X\bX' is X in bold, '_\bX' (or 'X\b_') X underlined, nroff's bullet is 'o' struck with '+'; any other pair shows the
 * character struck last. Read as {@code col -b} does, else every bold word reads twice ('CChhiilldd') and every underlined
 * one is a run of '_' and letters.
 */
final class OverstruckText {
    private static final char BACKSPACE = '\b';
    private static final char BULLET = '\u2022';

    private OverstruckText() {
    }

    /** The text as a terminal shows it: each overstruck pair one character. */
    static String resolve(String text) {
        if (text.indexOf(BACKSPACE) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean struck = c == BACKSPACE && !out.isEmpty() && i + 1 < text.length()
                    && !isLineEnd(out.charAt(out.length() - 1)) && !isLineEnd(text.charAt(i + 1));
            if (struck) {
                int last = out.length() - 1;
                out.setCharAt(last, struckTogether(out.charAt(last), text.charAt(++i)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What two characters struck in one place show. */
    static char struckTogether(char first, char second) {
        if (first == '_' && second != '_') {
            return second;
        }
        if (second == '_') {
            return first;
        }
        if (first == '+' && second == 'o' || first == 'o' && second == '+') {
            return BULLET;
        }
        return second;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
