package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira / Confluence wiki markup (the wiki-markup editor's source of a page, saved or sent as '.txt') read as the light
 * markdown other digests become, as {@link WikiText} does for MediaWiki: headings ('h2. Title') as '#' headings of the
 * same level, bullets ('* ', '- ') and numbered items ('# ', nested '** ', '#* ') as markdown items, '*bold*' and
 * '_italic_' as '**' and '*', links ('[text|URL]') as markdown links and '[URL]' as the URL, table header rows
 * ('||a||b||') as a pipe table's head. A macro's own lines ('{toc}', '{info}', '{panel:title=…}', '{code}' ...) are no
 * text: a macro's title ('{panel:title=Good practice identified:|…}') is its box's label, a line of its own; the rest
 * of the markup line is left out. What is inside a macro is read as text.
 * <p>
 * Told apart from MediaWiki (headings '== Title ==', links '[URL text]' and '[[Page|text]]') and markdown (headings '#
 * Title', where '# ' is a numbered item here) by its own evidence ({@link #isWikiMarkup}): two or more 'hN. ' heading
 * lines and a line of markup only this wiki writes (a macro, a '[text|URL]' link, a '||head||' row).
 */
final class JiraWikiMarkup {

    private static final Pattern HEADING = Pattern.compile("^h([1-6])\\.[ \\t]+(\\S.{0,300})$");
    private static final Pattern LIST_LINE = Pattern.compile("^([*#-]{1,6})[ \\t]+(\\S.{0,4000})$");
    private static final Pattern MACRO_LINE = Pattern.compile(
            "^\\{(toc|info|note|tip|warning|panel|expand|code|noformat|quote|section|column|excerpt|anchor|children"
                    + "|status|color)(?::([^}]{0,500}))?}(.{0,4000})$");
    private static final Pattern MACRO_TITLE = Pattern.compile("(?:^|\\|)title=([^|]{1,300})");
    private static final Pattern MACRO_END = Pattern.compile(
            "\\{(?:info|note|tip|warning|panel|expand|code|noformat|quote|section|column|excerpt|color)}");
    private static final Pattern HEADER_ROW = Pattern.compile("^\\|\\|(.{1,4000}?)\\|\\|?$");
    private static final Pattern PIPED_LINK = Pattern.compile(
            "(?<!\\[)\\[([^\\[\\]|]{1,500})\\|((?:https?|ftp|mailto):[^\\s\\[\\]|]{1,2000})(?:\\|[^\\[\\]]{0,300})?]");
    private static final Pattern BARE_LINK = Pattern.compile("(?<!\\[)\\[((?:https?|ftp|mailto):[^\\s\\[\\]|]{1,2000})]");
    private static final Pattern BOLD = Pattern.compile("(?<![\\p{L}\\p{N}*])\\*(?=\\S)([^*]{1,500}?)(?<=\\S)\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)([^_]{1,500}?)(?<=\\S)_(?![\\p{L}\\p{N}_])");
    private static final Pattern MONOSPACE = Pattern.compile("\\{\\{(.{1,500}?)}}");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    /** Markup only this wiki writes: a macro, a '[text|URL]' link, a '||head||' row. */
    private static final Pattern OWN_MARKUP = Pattern.compile(
            "^\\{(?:toc|info|note|tip|warning|panel|expand|code|noformat|quote)[:}]|" + PIPED_LINK.pattern() + "|^\\|\\|\\S");
    private static final int MIN_HEADINGS = 2;
    private static final int MIN_OWN_MARKUP_LINES = 1;

    private JiraWikiMarkup() {
    }

    /** Whether a plain text is this wiki's markup: two 'hN. ' heading lines and a line of its own markup. */
    static boolean isWikiMarkup(String text) {
        if (!text.contains("h1. ") && !text.contains("h2. ") && !text.contains("h3. ") && !text.contains("h4. ")) {
            return false;
        }
        int headings = 0;
        int markup = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (HEADING.matcher(line).matches()) {
                headings++;
            } else if (OWN_MARKUP.matcher(line).find()) {
                markup++;
            }
        }
        return headings >= MIN_HEADINGS && markup >= MIN_OWN_MARKUP_LINES;
    }

    /** The text as light markdown (see the class comment); LF line ends expected. */
    static String toMarkdown(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            out.addAll(markdownLines(raw.strip()));
        }
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n");
    }

    private static List<String> markdownLines(String line) {
        Matcher macro = MACRO_LINE.matcher(line);
        if (macro.matches()) {
            List<String> lines = new ArrayList<>();
            Matcher title = MACRO_TITLE.matcher(macro.group(2) == null ? "" : macro.group(2));
            if (title.find()) {
                lines.add("");
                lines.add(inline(title.group(1).strip()));
            }
            String rest = MACRO_END.matcher(macro.group(3)).replaceAll("").strip();
            lines.add(rest.isEmpty() ? "" : markdownLine(rest));
            return lines;
        }
        String withoutEnds = MACRO_END.matcher(line).replaceAll("");
        if (!withoutEnds.equals(line) && withoutEnds.isBlank()) {
            return List.of("");
        }
        Matcher header = HEADER_ROW.matcher(withoutEnds);
        if (header.matches()) {
            String[] cells = header.group(1).split("\\|\\|", -1);
            return List.of("| " + String.join(" | ", cells).strip() + " |", "|" + " --- |".repeat(cells.length));
        }
        return List.of(markdownLine(withoutEnds));
    }

    private static String markdownLine(String line) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            return "#".repeat(Integer.parseInt(heading.group(1))) + " " + inline(heading.group(2)).strip();
        }
        Matcher list = LIST_LINE.matcher(line);
        if (list.matches() && !(list.group(1).startsWith("-") && list.group(1).length() > 1)) {
            String marks = list.group(1);
            char last = marks.charAt(marks.length() - 1);
            return "  ".repeat(marks.length() - 1) + (last == '#' ? "1. " : "* ") + inline(list.group(2)).strip();
        }
        return inline(line);
    }

    /** Links as markdown links, bold and italic as markdown's, monospace as its text. */
    private static String inline(String text) {
        String s = text;
        if (s.indexOf('[') >= 0) {
            s = PIPED_LINK.matcher(s).replaceAll(link -> Matcher.quoteReplacement(
                    "[" + link.group(1).strip() + "](" + link.group(2) + ")"));
            s = BARE_LINK.matcher(s).replaceAll(link -> Matcher.quoteReplacement(link.group(1)));
        }
        if (s.contains("{{")) {
            s = MONOSPACE.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0) {
            s = BOLD.matcher(s).replaceAll("**$1**");
        }
        if (s.indexOf('_') >= 0) {
            s = ITALIC.matcher(s).replaceAll("*$1*");
        }
        return s;
    }
}
