package org.casereview.etl.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MultiMarkdown's own markup, which plain markdown would keep as text. Its metadata block: from the file's first line,
 * 'Key: value' lines (a key of any words, values continued on indented lines) up to the first blank line, with no '---'
 * around them (MultiMarkdown Composer, Scrivener, nvALT and Marked write it so). Only a block whose keys are all
 * MultiMarkdown's metadata keys and not only a title and a date is read so (a record's fields 'Title:', 'Area:',
 * 'Summary:' at the top of a digest are text): its title becomes the page's heading, the other keys go. A table of
 * contents marker alone on a line ('{{TOC}}', '[TOC]', '[[_TOC_]]') is markup. A heading's explicit id at its end
 * ('# Child A: Rapid review [child-a]') is no part of its title, unless a reference link of that name is defined.
 */
final class MultiMarkdownText {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9 _-]{0,40}?)[ \\t]*:(?:[ \\t]+(.*))?$");
    private static final Pattern CONTINUED = Pattern.compile("^[ \\t]+\\S.*$");
    /** MultiMarkdown's metadata keys (its guide's list, and the ones its exporters write), lower case, no spaces. */
    private static final Set<String> META_KEYS = Set.of("title", "subtitle", "author", "affiliation", "date", "address",
            "email", "web", "phone", "copyright", "keywords", "tags", "css", "baseheaderlevel", "htmlheaderlevel",
            "latexheaderlevel", "odfheaderlevel", "htmlheader", "htmlfooter", "xhtmlheader", "mmdheader", "mmdfooter",
            "latexinput", "latexmode", "latexconfig", "latexfooter", "latexleader", "latexbegin", "latexauthor",
            "latextitle", "quoteslanguage", "language", "format", "transcludebase", "bibtex", "revision", "version");
    private static final Set<String> TITLE_AND_DATE = Set.of("title", "date");
    private static final int MAX_LINES = 60;
    private static final Pattern TOC = Pattern.compile(
            "(?m)^[ \\t]{0,3}(?:\\{\\{TOC(?::[\\d-]{1,5})?\\}\\}|\\[TOC\\]|\\[\\[_TOC_\\]\\]|\\[\\[toc\\]\\]|\\$\\{toc\\})[ \\t]*\\n?");
    private static final Pattern HEADING_ID = Pattern.compile(
            "(?m)^([ \\t]{0,3}#{1,6}[ \\t].{0,500}?\\S)[ \\t]+\\[([A-Za-z][\\w:.-]{0,100})\\]([ \\t]*#*[ \\t]*)$");

    private MultiMarkdownText() {
    }

    static String read(String markdown) {
        String s = withoutMetadata(markdown);
        if (s.contains("TOC") || s.contains("toc")) {
            s = TOC.matcher(s).replaceAll("");
        }
        return s.contains("]") ? withoutHeadingIds(s) : s;
    }

    /** The text with its metadata block read (see the class comment), or as it is. */
    private static String withoutMetadata(String text) {
        String[] lines = text.split("\n", MAX_LINES + 2);
        String title = null;
        boolean other = false;
        int keys = 0;
        int end = 0;
        for (; end < Math.min(lines.length, MAX_LINES); end++) {
            String line = lines[end];
            Matcher key = KEY.matcher(line);
            if (line.isBlank()) {
                break;
            } else if (key.matches() && META_KEYS.contains(key.group(1).replaceAll("[ _-]", "").toLowerCase(Locale.ROOT))) {
                String name = key.group(1).replaceAll("[ _-]", "").toLowerCase(Locale.ROOT);
                keys++;
                other |= !TITLE_AND_DATE.contains(name);
                title = name.equals("title") && key.group(2) != null ? key.group(2).strip() : title;
            } else if (keys == 0 || !CONTINUED.matcher(line).matches()) {
                return text;
            }
        }
        if (keys < 2 || !other || end >= lines.length || end == MAX_LINES) {
            return text;
        }
        String rest = text.substring(offsetOfLine(text, end));
        return title == null || title.isEmpty() ? rest.stripLeading() : "# " + title + "\n" + rest;
    }

    private static int offsetOfLine(String text, int line) {
        int at = 0;
        for (int i = 0; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    private static String withoutHeadingIds(String text) {
        Matcher m = HEADING_ID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean reference = text.contains("[" + m.group(2) + "]:");
            m.appendReplacement(out, Matcher.quoteReplacement(reference ? m.group() : m.group(1) + m.group(3).stripTrailing()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
