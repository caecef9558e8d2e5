package org.casereview.etl.extract;

import java.util.regex.Pattern;

/**
 * GitLab Flavored Markdown's multi-line blockquote: a line that is only {@code >>>} opens a quoted block and the next
 * such line closes it. The fence is markup, never text of the digest; the lines between are read as the blocks they
 * are (a quote is only how they are shown), and each fence line becomes a blank line, as the rendered quote is a
 * block of its own. Lines inside code fences are left alone.
 */
final class MarkdownQuoteFences {

    private static final Pattern QUOTE_FENCE = Pattern.compile("^ {0,3}>>>[ \\t]*$");
    private static final Pattern CODE_FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");

    private MarkdownQuoteFences() {
    }

    static String read(String markdown) {
        if (!markdown.contains(">>>")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (CODE_FENCE.matcher(line).find()) {
                fenced = !fenced;
            }
            out.append(!fenced && QUOTE_FENCE.matcher(line).matches() ? "" : line).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
