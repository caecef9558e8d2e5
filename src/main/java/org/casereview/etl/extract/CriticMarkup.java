package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CriticMarkup (MultiMarkdown Composer, Scrivener, Marked, iA Writer, Obsidian's and VS Code's plug-ins) is an
 * editor's tracked changes written into the markdown: read as accepted, the text the finished note shows, as
 * {@link DocxAcceptedText} reads Word's tracked changes. An addition '{++x++}' is x, a deletion '{--x--}' nothing, a
 * substitution '{~~old~>new~~}' the new text, a comment '{>>x<<}' nothing and a highlight '{==x==}' x. Only the exact
 * two-character delimiters count, so braces, '--' and '==' in text are safe. A line that a deletion or a comment
 * leaves empty, or a list item left with no words, goes.
 */
final class CriticMarkup {

    private static final int MAX = 2000;
    private static final char GONE = '\u0000';
    private static final Pattern ADDITION = Pattern.compile("\\{\\+\\+(.{0," + MAX + "}?)\\+\\+\\}", Pattern.DOTALL);
    private static final Pattern DELETION = Pattern.compile("[ \\t]?\\{--.{0," + MAX + "}?--\\}", Pattern.DOTALL);
    private static final Pattern SUBSTITUTION = Pattern.compile(
            "\\{~~.{0," + MAX + "}?~>(.{0," + MAX + "}?)~~\\}", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("[ \\t]?\\{>>.{0," + MAX + "}?<<\\}", Pattern.DOTALL);
    private static final Pattern HIGHLIGHT = Pattern.compile("\\{==(.{0," + MAX + "}?)==\\}", Pattern.DOTALL);
    private static final Pattern EMPTY_ITEM = Pattern.compile("[ \\t]*(?:[-*+]|\\d{1,3}[.)])?[ \\t]*");

    private CriticMarkup() {
    }

    static String accept(String markdown) {
        if (!hasMarks(markdown)) {
            return markdown;
        }
        String s = replace(ADDITION, markdown, "$1");
        s = replace(SUBSTITUTION, s, "$1");
        s = replace(HIGHLIGHT, s, "$1");
        s = replace(DELETION, s, String.valueOf(GONE));
        s = replace(COMMENT, s, String.valueOf(GONE));
        return s.indexOf(GONE) < 0 ? s : withoutEmptiedLines(s);
    }

    private static boolean hasMarks(String s) {
        return s.contains("{++") || s.contains("{--") || s.contains("{~~") || s.contains("{>>") || s.contains("{==");
    }

    private static String replace(Pattern pattern, String text, String replacement) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.replaceAll(replacement) : text;
    }

    /** Lines that held a removed mark and are now blank or a bare list marker go; the mark's place is closed up. */
    private static String withoutEmptiedLines(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int at = line.indexOf(GONE);
            if (at < 0) {
                kept.add(line);
                continue;
            }
            String rest = line.replace(String.valueOf(GONE), "");
            if (!EMPTY_ITEM.matcher(rest).matches()) {
                kept.add(rest.stripTrailing());
            }
        }
        return String.join("\n", kept);
    }
}
