package org.casereview.etl.extract;

/**
 * The text of an HTML {@code <pre>} block (a list archive's message, a plain-text e-mail shown in a page) as the page
 * shows it: its line breaks, blank lines and indentation are text, as in a plain-text digest, where everywhere else in
 * HTML white space collapses. Trailing spaces and the blank lines round the block go; a run of blank lines is one.
 */
final class PreformattedText {

    private PreformattedText() {
    }

    static String tidy(String raw) {
        String text = raw.replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder lines = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            lines.append(line.stripTrailing()).append('\n');
        }
        return lines.toString().replaceAll("\n{3,}", "\n\n").replaceAll("^\n+", "").stripTrailing();
    }
}
