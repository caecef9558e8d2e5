package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown blockquotes read for what they hold: the '>' marks of a quoted block (nested "> >" too) are taken off, so
 * the headings, labels, lists and links inside it keep their shapes. A callout (Obsidian, GitHub: "> [!review]- Title",
 * "> [!NOTE]") says its type in brackets; its title, when it has one, is the block's heading, and a callout line
 * without a title is left empty. A single quoted line that opens no callout stays as it is: a digest prints '>' as an
 * arrow before a link ("> Read the overview report"). Lines keep their numbers.
 */
final class MarkdownBlockquotes {

    /** The quote marks opening a line: up to three spaces of indent, then '>' marks, each with the space after it. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^ {0,3}>(?:[ \\t]?>)*[ \\t]?");
    /** A callout's first line inside the quote: "[!type]", folded with "-" or "+", then its title. */
    private static final Pattern CALLOUT = Pattern.compile("^\\[![\\w-]{1,40}\\][-+]?(?:[ \\t]+(.*\\S))?[ \\t]*$");

    private MarkdownBlockquotes() {
    }

    static String unquote(String text) {
        if (text.indexOf('>') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && QUOTE_MARKS.matcher(lines[end]).find()) {
                end++;
            }
            if (end - i >= 2 || end > i && isCallout(lines[i])) {
                for (int k = i; k < end; k++) {
                    lines[k] = inside(lines[k]);
                }
            }
            i = Math.max(end, i + 1);
        }
        return String.join("\n", lines);
    }

    private static boolean isCallout(String line) {
        Matcher marks = QUOTE_MARKS.matcher(line);
        return marks.find() && CALLOUT.matcher(line.substring(marks.end())).matches();
    }

    /** A quoted line's text without its marks; a callout's first line as the heading of its title. */
    private static String inside(String line) {
        Matcher marks = QUOTE_MARKS.matcher(line);
        String text = marks.find() ? line.substring(marks.end()) : line;
        Matcher callout = CALLOUT.matcher(text);
        if (!callout.matches()) {
            return text;
        }
        return callout.group(1) == null ? "" : "## " + callout.group(1);
    }
}
