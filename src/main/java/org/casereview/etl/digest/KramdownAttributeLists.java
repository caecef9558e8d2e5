package org.casereview.etl.digest;

import java.util.regex.Pattern;

/**
 * Kramdown (Jekyll) attribute lists are markup, not text: a block list on a line of its own ("{: #child-a .review}",
 * "{:toc}") says something about the block next to it, and a span list straight after a span
 * ("[Read the review](url){: .btn target="_blank"}") about that span. Both are dropped, so the link line reads as a link
 * and a title or label keeps its shape; a block list's line is left empty so the lines after it keep their numbers.
 * Kramdown's extensions ("{::comment}" ... "{:/comment}") are left alone.
 */
final class KramdownAttributeLists {

    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]{0,3}\\{:(?![:/])[^{}\\n]*\\}[ \\t]*$");
    private static final Pattern SPAN = Pattern.compile("(?<=\\S)\\{:(?![:/])[^{}\\n]*\\}");

    private KramdownAttributeLists() {
    }

    static String drop(String text) {
        if (!text.contains("{:")) {
            return text;
        }
        return SPAN.matcher(BLOCK.matcher(text).replaceAll("")).replaceAll("");
    }
}
