package org.casereview.etl.text;

/**
 * Text taken from file names, links and documents, made safe for one log line or message: control
 * characters, line and paragraph separators and bidirectional overrides are written as escapes
 * ({@code \n}, {@code \u2028}), so a newline in a file name cannot forge a log line.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /** The text with every unsafe character escaped; {@code null} stays {@code null}. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** True when the text holds a character {@link #text} escapes. */
    public static boolean holdsUnsafe(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (unsafe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
