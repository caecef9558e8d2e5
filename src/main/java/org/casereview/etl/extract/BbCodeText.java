package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forum post's BBCode source (phpBB, vBulletin, SMF, Discourse's BBCode: the post editor's text, saved or sent as
 * '.txt') read as the light markdown other digests become, as {@link JiraWikiMarkup} does for a wiki's: a line that is
 * only text set larger than the post's ('[size=150]…[/size]', '[size=5]', '[size=18px]') a '#' heading, the largest
 * size first, the next '##' and so on; a list ('[list]', '[list=1]' … '[/list]') its '[*]' points as items, each a line
 * of its own however the source runs them on; '[b]' as '**', '[i]' as '*'; '[url=URL]text[/url]' a markdown link and
 * '[url]URL[/url]' the URL; a quote's text as a paragraph of its own; an image, a rule and the tags that only style the
 * text (colour, font, underline, alignment) no text. Told from prose by its own evidence ({@link #isBbCode}): closing
 * tags of BBCode's names ('[/b]', '[/list]', '[/url]' …), which no prose writes.
 */
final class BbCodeText {

    private static final Pattern CLOSING_TAG = Pattern.compile(
            "(?i)\\[/(?:b|i|u|s|url|list|size|color|colour|font|quote|center|left|right|justify|highlight|email|code|li|\\*)]");
    private static final int MIN_CLOSING_TAGS = 2;

    private static final Pattern IMAGE = Pattern.compile("(?is)\\[img(?:=[^]]{0,200})?].{0,2000}?\\[/img]");
    private static final Pattern RULE = Pattern.compile("(?i)\\[hr](?:\\[/hr])?");
    private static final Pattern NAMED_LINK = Pattern.compile("(?is)\\[url=\"?([^]\"\\s]{1,2000})\"?](.{1,500}?)\\[/url]");
    private static final Pattern BARE_LINK = Pattern.compile("(?is)\\[url]([^\\[\\s]{1,2000})\\[/url]");
    private static final Pattern EMAIL = Pattern.compile("(?is)\\[email(?:=[^]]{0,300})?](.{1,300}?)\\[/email]");
    private static final Pattern LIST_OPEN = Pattern.compile("(?i)\\[list(=[^]]{1,10})?]");
    private static final Pattern LIST_CLOSE = Pattern.compile("(?i)\\[/list]");
    private static final Pattern POINT = Pattern.compile("(?i)\\[\\*]|\\[li]");
    private static final Pattern POINT_END = Pattern.compile("(?i)\\[/\\*]|\\[/li]");
    private static final Pattern QUOTE = Pattern.compile("(?i)\\[/?quote(?:=[^]]{0,200})?]");
    /** A line that is only text set in a size, bold or not: its size's value and unit (none, %, px, pt). */
    private static final Pattern SIZED_LINE = Pattern.compile(
            "(?i)^(?:\\[(?:b|u|i|center|color=[^]]{1,30}|colour=[^]]{1,30})])*\\[size=\"?(\\d{1,3})(%|px|pt)?\"?](.{1,300})\\[/size](?:\\[/(?:b|u|i|center|color|colour)])*$");
    private static final Pattern BOLD = Pattern.compile("(?is)\\[b](.{1,2000}?)\\[/b]");
    private static final Pattern ITALIC = Pattern.compile("(?is)\\[i](.{1,2000}?)\\[/i]");
    private static final Pattern STYLE_TAG = Pattern.compile(
            "(?i)\\[/?(?:u|s|size|color|colour|font|center|left|right|justify|highlight|code)(?:=[^]]{0,60})?]");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    /** A percentage, a point or pixel size, or a step of the 1-7 scale above which a line is set larger than text. */
    private static final int NORMAL_PERCENT = 100;
    private static final int NORMAL_POINTS = 14;
    private static final int NORMAL_STEP = 3;
    private static final int MAX_STEP = 7;

    private BbCodeText() {
    }

    /** Whether a plain text is BBCode: two or more of its closing tags. */
    static boolean isBbCode(String text) {
        if (text.indexOf("[/") < 0) {
            return false;
        }
        Matcher m = CLOSING_TAG.matcher(text);
        int count = 0;
        while (count < MIN_CLOSING_TAGS && m.find()) {
            count++;
        }
        return count >= MIN_CLOSING_TAGS;
    }

    /** The text as light markdown (see the class comment); LF line ends expected. */
    static String toMarkdown(String text) {
        String s = RULE.matcher(IMAGE.matcher(text).replaceAll("")).replaceAll("\n");
        s = NAMED_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2).strip() + "](" + m.group(1) + ")"));
        s = BARE_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = EMAIL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = QUOTE.matcher(s).replaceAll("\n\n");
        s = lists(s);
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        headings(lines);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(inline(line).strip());
        }
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n").strip() + "\n";
    }

    /** Each list's points as items on lines of their own, an ordered list's numbered; the list's tags a line end. */
    private static String lists(String text) {
        StringBuilder out = new StringBuilder();
        Matcher open = LIST_OPEN.matcher(text);
        int at = 0;
        while (open.find(at)) {
            Matcher close = LIST_CLOSE.matcher(text);
            int end = close.find(open.end()) ? close.start() : text.length();
            out.append(text, at, open.start()).append('\n');
            boolean ordered = open.group(1) != null;
            String[] points = POINT.split(POINT_END.matcher(text.substring(open.end(), end)).replaceAll(""), -1);
            int n = 0;
            for (int i = 1; i < points.length; i++) {
                String point = points[i].strip().replaceAll("\\s*\n\\s*", " ");
                if (!point.isEmpty()) {
                    out.append(ordered ? (++n) + ". " : "- ").append(point).append('\n');
                }
            }
            at = end < text.length() ? close.end() : end;
            out.append('\n');
        }
        return out.append(text.substring(at)).toString();
    }

    /** Lines set larger than text as headings, the largest size '#', the next '##' and so on. */
    private static void headings(List<String> lines) {
        List<Integer> sizes = new ArrayList<>();
        Integer[] sizeOf = new Integer[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Matcher sized = SIZED_LINE.matcher(lines.get(i).strip());
            if (sized.matches() && larger(Integer.parseInt(sized.group(1)), sized.group(2))) {
                int size = scaled(Integer.parseInt(sized.group(1)), sized.group(2));
                sizeOf[i] = size;
                if (!sizes.contains(size)) {
                    sizes.add(size);
                }
            }
        }
        sizes.sort((a, b) -> b - a);
        for (int i = 0; i < lines.size(); i++) {
            if (sizeOf[i] != null) {
                Matcher sized = SIZED_LINE.matcher(lines.get(i).strip());
                sized.matches();
                String words = STYLE_TAG.matcher(ITALIC.matcher(BOLD.matcher(sized.group(3)).replaceAll("$1")).replaceAll("$1"))
                        .replaceAll("").strip();
                lines.set(i, "#".repeat(Math.min(sizes.indexOf(sizeOf[i]) + 1, 6)) + " " + words);
            }
        }
    }

    private static boolean larger(int value, String unit) {
        if (unit == null) {
            return value > MAX_STEP ? value > NORMAL_PERCENT : value > NORMAL_STEP;
        }
        return "%".equals(unit) ? value > NORMAL_PERCENT : value > NORMAL_POINTS;
    }

    /** Sizes of one post compared on one scale: percentages as they are, steps and points as rough percentages. */
    private static int scaled(int value, String unit) {
        if (unit == null && value <= MAX_STEP) {
            return value * 100 / NORMAL_STEP;
        }
        return unit == null || "%".equals(unit) ? value : value * 100 / NORMAL_POINTS;
    }

    private static String inline(String line) {
        if (line.indexOf('[') < 0) {
            return line;
        }
        String s = BOLD.matcher(line).replaceAll("**$1**");
        s = ITALIC.matcher(s).replaceAll("*$1*");
        return STYLE_TAG.matcher(s).replaceAll("");
    }
}
