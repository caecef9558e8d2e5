package org.casereview.etl.digest;

import java.util.regex.Pattern;

/**
 * Kramdown (Jekyll) attribute lists are markup, not text: a block list on a line of its own ("{: #child-a .review}",
 * "{:toc}") says something about the block next to it, and a span list straight after a span
 * ("[Read the review](url){: .btn target="_blank"}") about that span. Both are dropped, so the link line reads as a link
 * and a title or label keeps its shape; a block list's line is left empty so the lines after it keep their numbers.
 * Kramdown's extensions ("{::comment}" ... "{:/comment}") are left alone. Pandoc's and Goldmark's lists
 * ("{.button}", no colon) are dropped straight after a link only, and at the end of a heading line as its id or
 * classes ("## Child A: Rapid review {#child-a}", written by Docusaurus, Pandoc, kramdown, Hugo and MkDocs' attr_list).
 */
final class KramdownAttributeLists {

    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]{0,3}\\{:(?![:/])[^{}\\n]*\\}[ \\t]*$");
    private static final Pattern SPAN = Pattern.compile("(?<=\\S)\\{:(?![:/])[^{}\\n]*\\}");
    /**
     * Pandoc's and Goldmark's form, without the colon, straight after a link: "[text](url){.button #id key=value}". The
     * match opens with the brace and looks behind it for the link (the brace included), so the engine tries the look
     * behind only at a brace: a pattern opening with the look behind tried it, up to 2,000 characters back, at every
     * character of the text (a digest of 3,800 lines spent most of its parse here).
     */
    private static final Pattern LINK_ATTRIBUTES = Pattern.compile(
            "\\{(?<=\\]\\([^()\\n]{0,2000}\\)\\{)[ \\t]{0,5}(?:[.#][\\w-]|[A-Za-z][\\w-]{0,40}=)[^{}\\n]{0,200}\\}");

    private static final Pattern HEADING_ID = Pattern.compile(
            "(?m)^([ \\t]{0,3}#{1,6}[ \\t].{0,500}?\\S)[ \\t]+\\{[ \\t]{0,5}[#.][\\w:.-]{1,100}(?:[ \\t]+[^{}\\n]{0,200})?\\}[ \\t]*#*[ \\t]*$");

    private KramdownAttributeLists() {
    }

    static String drop(String text) {
        String s = text.contains("){") ? LINK_ATTRIBUTES.matcher(text).replaceAll("") : text;
        s = s.contains("{#") || s.contains("{.") ? HEADING_ID.matcher(s).replaceAll("$1") : s;
        if (!s.contains("{:")) {
            return s;
        }
        return SPAN.matcher(BLOCK.matcher(s).replaceAll("")).replaceAll("");
    }
}
