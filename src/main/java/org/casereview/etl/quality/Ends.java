package org.casereview.etl.quality;

/** Where a regex's {@code $} (not multi-line) can stand at the end of a text, for checks that look only there first. */
final class Ends {

    private Ends() {
    }

    /**
     * The end of the text without one final line break ("\n", "\r\n", "\r", U+0085, U+2028, U+2029): before it is the
     * last place {@code $} matches but for the very end.
     */
    static int beforeFinalLineBreak(String text) {
        int end = text.length();
        if (text.endsWith("\r\n")) {
            return end - 2;
        }
        return end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0 ? end - 1 : end;
    }
}
