package org.casereview.etl.extract;

import java.util.regex.Pattern;

/**
 * Markdown's highlight marks ('==marked text==', as HackMD / CodiMD, Obsidian, Typora and markdown-it-mark write them)
 * read as their text: the marks only colour it. A run of '=' alone on a line (a setext heading's underline) or '=='
 * with a space inside ('== Title ==') is no highlight.
 */
final class MarkdownHighlights {

    private static final Pattern HIGHLIGHT = Pattern.compile("(?<![=\\\\])==(?=[^=\\s])([^=\\n]{1,500}?)(?<=[^=\\s])==(?!=)");

    private MarkdownHighlights() {
    }

    static String read(String markdown) {
        return markdown.contains("==") ? HIGHLIGHT.matcher(markdown).replaceAll("$1") : markdown;
    }
}
