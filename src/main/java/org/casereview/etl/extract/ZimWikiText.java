package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of a Zim Desktop Wiki notebook, the text file Zim keeps it in, read as Zim shows it and turned into the light
 * markdown HTML digests become: Zim's header lines ('Content-Type: text/x-zim-wiki', 'Wiki-Format: zim 0.6',
 * 'Creation-Date: …') left out; headings ('====== Title ======', six marks the page's title, two the smallest) as '#'
 * headings by level; list lines, the check boxes of a to-do list among them ('[ ] open', '[*] done', '[x] not done',
 * '[>] moved', '[<] moved back'), as markdown items; '//italic//' as '*', '__highlight__' and "''verbatim''" as their
 * text; links ('[[URL|text]]' a markdown link, '[[Page|text]]' and '[[Page]]' their text); images ('{{./file.png}}')
 * left out.
 * <p>
 * Only a file with Zim's own header is read so ({@link #isZimPage}); any other text stays as it is.
 */
final class ZimWikiText {
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?i)\\AContent-Type:[ \\t]*text/x-zim-wiki[ \\t]*\\r?\\n");
    private static final Pattern HEADING = Pattern.compile("^(={2,6})[ \\t]*(\\S.{0,300}?)[ \\t]*={2,6}[ \\t]*$");
    private static final Pattern CHECK_BOX = Pattern.compile("^(\\t*)\\[[ *x><]\\][ \\t]+(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^(\\t*)\\*[ \\t]+(?=\\S)");
    private static final Pattern URL_LINK = Pattern.compile("\\[\\[((?:https?|ftp|mailto):[^\\]|\\s]{1,2000})\\|([^\\]]{1,500})\\]\\]");
    private static final Pattern BARE_LINK = Pattern.compile("\\[\\[([^\\]|]{1,2000})\\]\\]");
    private static final Pattern PAGE_LINK = Pattern.compile("\\[\\[[^\\]|]{1,500}\\|([^\\]]{1,500})\\]\\]");
    private static final Pattern IMAGE = Pattern.compile("\\{\\{[^}]{1,500}\\}\\}");
    private static final Pattern ITALIC = Pattern.compile("(?<!:)//(\\S(?:.{0,500}?\\S)?)//");
    private static final Pattern HIGHLIGHT = Pattern.compile("__(\\S(?:.{0,500}?\\S)?)__");
    private static final Pattern VERBATIM = Pattern.compile("''(\\S(?:.{0,500}?\\S)?)''");
    private static final int LARGEST_MARKS = 6;

    private ZimWikiText() {
    }

    /** Whether the text is a Zim page: its first line names Zim's wiki type. */
    static boolean isZimPage(String text) {
        return CONTENT_TYPE.matcher(text.startsWith("\uFEFF") ? text.substring(1) : text).lookingAt();
    }

    /** The page as light markdown; LF line ends expected. */
    static String toMarkdown(String text) {
        String[] lines = text.split("\n", -1);
        int start = 0;
        while (start < lines.length && !lines[start].isBlank()) {
            start++; // Zim's header: lines up to the first blank one
        }
        List<String> out = new ArrayList<>(lines.length);
        for (int i = start; i < lines.length; i++) {
            out.add(line(lines[i]));
        }
        return String.join("\n", out).strip() + "\n";
    }

    private static String line(String raw) {
        Matcher heading = HEADING.matcher(raw);
        if (heading.matches()) {
            return "#".repeat(LARGEST_MARKS + 1 - heading.group(1).length()) + " " + inline(heading.group(2));
        }
        Matcher box = CHECK_BOX.matcher(raw);
        if (box.lookingAt()) {
            return "  ".repeat(box.group(1).length()) + "- " + inline(raw.substring(box.end()));
        }
        Matcher bullet = BULLET.matcher(raw);
        if (bullet.lookingAt()) {
            return "  ".repeat(bullet.group(1).length()) + "- " + inline(raw.substring(bullet.end()));
        }
        return inline(raw);
    }

    private static String inline(String text) {
        String t = IMAGE.matcher(text).replaceAll("");
        t = URL_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2).strip() + "](" + m.group(1) + ")"));
        t = PAGE_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        t = BARE_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        t = ITALIC.matcher(t).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1) + "*"));
        t = HIGHLIGHT.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return VERBATIM.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
