package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.UnreadableDocumentException;

/**
 * Raw HTML in a markdown file read with the HTML rules: a CommonMark HTML block ({@code <p>}, {@code <ul>},
 * {@code <details>}, ... up to the next blank line; a comment up to the line holding its {@code -->}, blank lines or
 * not, CommonMark's type 2) becomes the light markdown its HTML gives, and a raw
 * {@code <a href>} inside a paragraph a markdown link. Tags are markup, never text of the digest.
 */
final class MarkdownHtmlBlocks {
    /** The block-level tags that open a CommonMark HTML block (type 6), and comments (type 2). */
    private static final Pattern BLOCK_START = Pattern.compile("^ {0,3}(?:<!--|</?(?:address|article|aside|blockquote"
            + "|details|summary|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav"
            + "|ol|p|section|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\\s/>]|$))", Pattern.CASE_INSENSITIVE);
    /** A comment's opening (CommonMark HTML block type 2): its block ends at the line holding {@code -->}. */
    private static final Pattern COMMENT_START = Pattern.compile("^ {0,3}<!--");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern ANCHOR = Pattern.compile(
            "(?<!`)<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>([^<]+)</a>", Pattern.CASE_INSENSITIVE);

    /** The light markdown of an HTML fragment. */
    @FunctionalInterface
    interface HtmlReader {
        String read(String html) throws UnreadableDocumentException;
    }

    private MarkdownHtmlBlocks() {
    }

    /**
     * The markdown with its HTML blocks read; a block declaring another language than English ({@code <div lang="cy">}
     * up to its {@code </div>}, markdown between) is left out when it is a translation ({@link TranslationRegions}).
     */
    static String read(String markdown, HtmlReader html) throws UnreadableDocumentException {
        if (!markdown.contains("<")) {
            return markdown;
        }
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        boolean fenced = false;
        int translationEnd = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (FENCE.matcher(lines.get(i)).find()) {
                fenced = !fenced;
            }
            if (fenced || !BLOCK_START.matcher(lines.get(i)).find()) {
                out.add(fenced ? lines.get(i) : anchorsAsLinks(lines.get(i)));
                markEnd(out, translationEnd, i, i);
                continue;
            }
            String mark = "";
            if (i > translationEnd) {
                translationEnd = TranslationRegions.markdownBlockEnd(lines, i);
                mark = translationEnd >= i ? String.valueOf(TranslationRegions.START) : "";
            }
            int end = blockEnd(lines, i);
            String block = String.join("\n", lines.subList(i, end));
            out.add(mark + html.read("<html><body>" + block + "</body></html>").strip());
            markEnd(out, translationEnd, i, end - 1);
            i = end - 1;
        }
        return TranslationRegions.resolve(String.join("\n", out));
    }

    /**
     * The index after an HTML block's last line: a comment runs to the line holding its {@code -->} (a commented-out
     * draft or a note to co-editors may hold blank lines; all of it is hidden), any other block to the next blank line.
     */
    private static int blockEnd(List<String> lines, int start) {
        if (COMMENT_START.matcher(lines.get(start)).find()) {
            int open = lines.get(start).indexOf("<!--") + 4;
            for (int end = start; end < lines.size(); end++) {
                if (lines.get(end).indexOf("-->", end == start ? open : 0) >= 0) {
                    return end + 1;
                }
            }
            return lines.size(); // never closed: a browser hides the rest of the page
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return end;
    }

    /** The mark after the last line written when lines {@code from}..{@code to} hold the translation's last line. */
    private static void markEnd(List<String> out, int translationEnd, int from, int to) {
        if (translationEnd >= from && translationEnd <= to) {
            out.set(out.size() - 1, out.get(out.size() - 1) + TranslationRegions.END);
        }
    }

    /** {@code <a href="url">text</a>} as {@code [text](url)}. */
    private static String anchorsAsLinks(String line) {
        Matcher anchor = ANCHOR.matcher(line);
        return anchor.replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2).strip() + "](" + m.group(1).strip() + ")"));
    }
}
