package org.casereview.etl.text;

import java.util.regex.Pattern;

/**
 * Control characters (NUL, the other C0 and C1 controls, DEL) kept out of the data: stripped from
 * text where it enters the pipeline, escaped where it is quoted (a file name in a message).
 */
public final class ControlCharacters {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\x0B\\x0C]");
    private static final Pattern CONTROLS_BUT_TAB_AND_NEWLINE = Pattern.compile("[\\p{Cc}&&[^\t\n]]");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

    private ControlCharacters() {
    }

    /**
     * The text without control characters, keeping tab and newline. A vertical tab or form feed
     * (a manual line break or page break in some editors) becomes a newline; a CR is dropped, line
     * ends being LF by then.
     */
    public static String strip(String text) {
        if (text == null || !contains(text)) {
            return text;
        }
        String lines = LINE_BREAKS.matcher(text).replaceAll("\n");
        return CONTROLS_BUT_TAB_AND_NEWLINE.matcher(lines).replaceAll("");
    }

    /** The text as one line: tab and newline become spaces, other control characters are dropped. */
    public static String oneLine(String text) {
        if (text == null || !containsAny(text)) {
            return text;
        }
        return CONTROLS.matcher(text.replace('\t', ' ').replace('\n', ' ')).replaceAll("");
    }

    /** True when the text holds a control character other than tab or newline. */
    public static boolean contains(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds any control character, tab and newline included. */
    public static boolean containsAny(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code \p{Cc}} without a regex (every line of every report passes here): C0, DEL and C1, all in the BMP. */
    private static boolean isControl(char c) {
        return c <= 0x1f || c >= 0x7f && c <= 0x9f;
    }

    /**
     * The text with every control character written out ({@code \n}, {@code \t}, {@code \u0000}): one visible line. So
     * are the characters that break a line or turn the text's direction where it is shown ({@code \u2028}, {@code
     * \u202E}: {@link LogSafe}), which would otherwise reach a CSV file's cell raw.
     */
    public static String escape(String text) {
        if (text == null || !LogSafe.holdsUnsafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.getType(c) == Character.CONTROL || c <= Character.MAX_VALUE && LogSafe.unsafe((char) c)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
