package org.casereview.etl.digest;

import java.util.regex.Pattern;

/**
 * Kramdown (Jekyll) attribute lists are markup, not text: a block list on a line of its own ("{: #child-a .review}",
 * "{:toc}") says something about the block next to it, and a span list straight after a span
 * ("[Read the review](url){: .btn target="_blank"}") about that span. Both are dropped, so the link line reads as a link
 * and a title or label keeps its shape; a block list's line is left empty so the lines after it keep their numbers.
 * Kramdown's extensions ("{::comment}" ... "{:/comment}") are left alone. Pandoc's and Goldmark's lists
 * ("{.button}", no colon) are dropped straight after a link only.
 */
final class KramdownAttributeLists {

    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]{0,3}\\{:(?![:/])[^{}\\n]*\\}[ \\t]*$");
    private static final Pattern SPAN = Pattern.compile("(?<=\\S)\\{:(?![:/])[^{}\\n]*\\}");
    /** Pandoc's and Goldmark's form, without the colon, straight after a link: "[text](url){.button #id key=value}". */
    private static final Pattern LINK_ATTRIBUTES = Pattern.compile(
            "(?<=\\]\\([^()\\n]{0,2000}\\))\\{[ \\t]{0,5}(?:[.#][\\w-]|[A-Za-z][\\w-]{0,40}=)[^{}\\n]{0,200}\\}");

    private KramdownAttributeLists() {
    }

    static String drop(String text) {
        String s = text.contains("){") ? LINK_ATTRIBUTES.matcher(text).replaceAll("") : text;
        if (!s.contains("{:")) {
            return s;
        }
        return SPAN.matcher(BLOCK.matcher(s).replaceAll("")).replaceAll("");
    }
}
