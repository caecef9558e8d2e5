package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki source read as a plain-text digest (a wiki page's source saved or sent as '.txt'), turned into the light
 * markdown HTML digests become, as {@link AsciiDocText} and {@link RestructuredText} do for their markup: headings
 * ('== Title ==') as '#' headings of the same level, bold and italic quotes ({@code '''x'''}, {@code ''x''}) as '**' and
 * '*', list lines ('*', '#', nested '**', '#*') as markdown items, definition lines (';Term', ';Term : text') as a bold
 * term or 'Term: text', indented lines (':') as text, external links ('[URL text]') as markdown links, internal links
 * ('[[Target|text]]', '[[Target]]s') as their text. What a reader of the page does not see as text is left out:
 * templates ('{{Name|…}}', also over several lines), magic words ('__NOTOC__'), comments, '&lt;ref&gt;' notes,
 * category and file links, horizontal rules.
 * <p>
 * Only text with the wiki's own evidence is read so ({@link #isWikiText}); any other plain text stays as it is.
 */
final class WikiText {
    private static final Pattern HEADING = Pattern.compile("^(={1,6})[ \\t]*([^=\\s].{0,300}?)[ \\t]*\\1[ \\t]*$");
    private static final Pattern MAGIC_WORD = Pattern.compile("^__[A-Z]{2,30}__$");
    private static final Pattern RULE = Pattern.compile("^-{4,}$");
    private static final Pattern LIST_LINE = Pattern.compile("^([*#:;]{1,6})[ \\t]*(.{0,4000})$");
    private static final Pattern HIDDEN_LINK = Pattern.compile(
            "\\[\\[(?:Category|File|Image|Media|Datei|Fichier|Kategorie|Catégorie):[^\\[\\]]{0,500}(?:\\[\\[[^\\]]{0,300}\\]\\][^\\[\\]]{0,300}){0,5}\\]\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNAL_LINK = Pattern.compile("\\[\\[:?([^\\[\\]|]{1,300})(?:\\|([^\\[\\]]{0,300}))?\\]\\](\\p{L}{0,30})");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[((?:https?|ftp|mailto):[^\\s\\[\\]]{1,2000})(?:[ \\t]+([^\\]]{1,500}))?\\]");
    private static final Pattern BOLD_ITALIC = Pattern.compile("'''''(.{1,500}?)'''''");
    private static final Pattern BOLD = Pattern.compile("'''(.{1,500}?)'''");
    private static final Pattern ITALIC = Pattern.compile("''(.{1,500}?)''");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern REF = Pattern.compile("<ref(?:\\s[^>]{0,300})?(?:/>|>.*?</ref>)", Pattern.DOTALL);
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    /** Wiki-only markup in a line: bold quotes, piped or inline internal links, templates, magic words, categories. */
    private static final Pattern WIKI_MARKUP = Pattern.compile(
            "'''[^'\\s][^']{0,300}'''|''[^'\\s][^']{0,300}''|\\[\\[[^\\[\\]|]{1,300}\\|[^\\[\\]]{0,300}\\]\\]"
                    + "|\\S[ \\t]?\\[\\[[^\\[\\]]{1,300}\\]\\]|^\\{\\{|^__[A-Z]{2,30}__$|\\[\\[Category:");
    private static final int MIN_HEADINGS = 2;
    private static final int MIN_MARKUP_LINES = 2;
    private static final int MIN_MARKUP_LINES_WITHOUT_HEADINGS = 4;

    private WikiText() {
    }

    /**
     * Whether a plain text is wikitext by its own evidence: at least two headings written with '=' on both sides and
     * two lines of wiki-only markup (bold or italic quotes, internal links, templates, magic words, category links), or
     * four such lines without headings.
     */
    static boolean isWikiText(String text) {
        if (!text.contains("''") && !text.contains("[[") && !text.contains("{{")) {
            return false;
        }
        int headings = 0;
        int markup = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            if (HEADING.matcher(line).matches() && line.startsWith("==")) {
                headings++;
            } else if (WIKI_MARKUP.matcher(line).find()) {
                markup++;
            }
        }
        return headings >= MIN_HEADINGS && markup >= MIN_MARKUP_LINES || markup >= MIN_MARKUP_LINES_WITHOUT_HEADINGS;
    }

    /** The text as light markdown (see the class comment); LF line ends expected. */
    static String toMarkdown(String text) {
        String visible = withoutTemplates(REF.matcher(COMMENT.matcher(text).replaceAll("")).replaceAll(""));
        List<String> out = new ArrayList<>();
        for (String raw : visible.split("\n", -1)) {
            out.add(markdownLine(raw.stripTrailing()));
        }
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n");
    }

    /**
     * The text without its templates, nested ones too; a template standing on lines of its own leaves those lines
     * blank (it never joins the paragraphs around it), one inside a line leaves nothing.
     */
    static String withoutTemplates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (depth > 0 && c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                depth--;
                i++;
            } else if (depth == 0 || c == '\n') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line as markdown: a markup-only line as an empty one. */
    private static String markdownLine(String line) {
        if (MAGIC_WORD.matcher(line).matches() || RULE.matcher(line).matches()) {
            return "";
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            return "#".repeat(heading.group(1).length()) + " " + inline(heading.group(2)).strip();
        }
        Matcher list = LIST_LINE.matcher(line);
        if (list.matches()) {
            return listLine(list.group(1), inline(list.group(2)).strip());
        }
        return inline(line);
    }

    /**
     * A list line: '*' and '#' items (the last mark says which, their number the depth), ';' a term (bold alone, or
     * 'Term: text' with its definition after ' : '), ':' an indented line (its text).
     */
    private static String listLine(String marks, String text) {
        char last = marks.charAt(marks.length() - 1);
        if (last == ';') {
            int colon = text.indexOf(" : ");
            return colon < 0 ? "**" + text + "**" : text.substring(0, colon).strip() + ": " + text.substring(colon + 3).strip();
        }
        if (last == ':') {
            return text;
        }
        String indent = "  ".repeat(marks.length() - 1);
        return indent + (last == '#' ? "1. " : "* ") + text;
    }

    /** Inline markup: links as markdown links or their text, bold and italic quotes as '**' and '*'. */
    private static String inline(String text) {
        String s = LINE_BREAK_TAG.matcher(text).replaceAll(" ");
        if (s.indexOf('[') >= 0) {
            s = HIDDEN_LINK.matcher(s).replaceAll("");
            s = INTERNAL_LINK.matcher(s).replaceAll(link -> Matcher.quoteReplacement(linkText(link) + link.group(3)));
            s = EXTERNAL_LINK.matcher(s).replaceAll(link -> Matcher.quoteReplacement(link.group(2) == null
                    || link.group(2).isBlank() ? link.group(1) : "[" + link.group(2).strip() + "](" + link.group(1) + ")"));
        }
        if (s.contains("''")) {
            s = ITALIC.matcher(BOLD.matcher(BOLD_ITALIC.matcher(s).replaceAll("***$1***")).replaceAll("**$1**"))
                    .replaceAll("*$1*");
        }
        return s;
    }

    /** An internal link's text: the text after its pipe, else its target without the section after '#'. */
    private static String linkText(MatchResult link) {
        if (link.group(2) != null && !link.group(2).isBlank()) {
            return link.group(2).strip();
        }
        String target = link.group(1);
        int hash = target.indexOf('#');
        return (hash > 0 ? target.substring(0, hash) : target.replace("#", " ")).strip();
    }
}
