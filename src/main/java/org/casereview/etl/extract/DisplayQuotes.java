package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A display quote (a pull quote): a few lines in quotation marks, set in type half as large again as the page's body or
 * more, between a rule above and a rule below, with body text before and after it. A newsletter sets one inside an
 * article's flow to catch the eye; it is the page's display, not a sentence of the paragraph it interrupts (its words are
 * the article's own or a quoted voice), so it is left out of the text. A title set large between two rules is no quote:
 * it has no quotation marks.
 */
final class DisplayQuotes {

    /** A rule across the page: its ends and its height, as shares of the page's width and height (from the top). */
    record Rule(float left, float right, float top) {
    }

    /** The quote's type is this many times the body's at least. */
    private static final float DISPLAY_SIZE = 1.4f;
    /** Lines before and after it are the body's (this many times its size at most): the quote stands inside a flow. */
    private static final float BODY_SIZE = 1.15f;
    /** Lines a display quote has at most. */
    private static final int MAX_LINES = 5;
    /** The rules lie this many of the quote's font sizes at most above its first baseline and below its last. */
    private static final float RULE_ABOVE = 2.5f;
    private static final float RULE_BELOW = 2f;
    /** Glyphs reach this share of the font size above the baseline. */
    private static final float CAP = 0.7f;
    /** Lines of one quote differ in size by this share at most. */
    private static final float SAME_SIZE = 0.05f;
    private static final String OPENING = "\u201c\"\u2018'\u00ab\u201e";
    private static final String CLOSING = "\u201d\"\u2019'\u00bb";

    private DisplayQuotes() {
    }

    /** The texts of the page's display quote lines, in order. */
    static List<String> of(List<PdfPageLines.Line> page, List<Rule> rules) {
        if (rules.size() < 2 || page.size() < 3) {
            return List.of();
        }
        float body = bodySize(page);
        List<String> quotes = new ArrayList<>();
        for (int i = 1; i < page.size() - 1; i++) {
            PdfPageLines.Line first = page.get(i);
            if (body <= 0 || first.size() < DISPLAY_SIZE * body || first.text().isEmpty()
                    || OPENING.indexOf(first.text().charAt(0)) < 0) {
                continue;
            }
            int last = closingLine(page, i);
            if (last < 0 || last + 1 >= page.size() || page.get(i - 1).size() > BODY_SIZE * body
                    || page.get(last + 1).size() > BODY_SIZE * body || !ruled(page.subList(i, last + 1), rules)) {
                continue;
            }
            page.subList(i, last + 1).forEach(l -> quotes.add(l.text()));
            i = last;
        }
        return quotes;
    }

    /** The index of the quote's closing line (the same size as its first, ending in a closing mark), or -1. */
    private static int closingLine(List<PdfPageLines.Line> page, int first) {
        float size = page.get(first).size();
        for (int j = first; j < page.size() && j < first + MAX_LINES; j++) {
            PdfPageLines.Line line = page.get(j);
            if (Math.abs(line.size() - size) > SAME_SIZE * size) {
                return -1;
            }
            String text = line.text().replaceAll("[.,;:!?\\s]+$", "");
            if (text.length() > 1 && CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0) {
                return j;
            }
        }
        return -1;
    }

    /** A rule over the first line and one under the last, each reaching across the lines' start. */
    private static boolean ruled(List<PdfPageLines.Line> quote, List<Rule> rules) {
        PdfPageLines.Line first = quote.get(0);
        PdfPageLines.Line last = quote.get(quote.size() - 1);
        boolean above = rules.stream().anyMatch(r -> across(r, first) && r.top() < first.top() - CAP * first.size()
                && first.top() - r.top() <= RULE_ABOVE * first.size());
        boolean below = rules.stream().anyMatch(r -> across(r, last) && r.top() > last.top()
                && r.top() - last.top() <= RULE_BELOW * last.size());
        return above && below;
    }

    private static boolean across(Rule rule, PdfPageLines.Line line) {
        return rule.left() <= line.left() + 0.01f && rule.right() > line.left();
    }

    /** The font size most of the page's lines have (the body's). */
    private static float bodySize(List<PdfPageLines.Line> page) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfPageLines.Line line : page) {
            counts.merge(Math.round(line.size() * 10_000), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10_000f).orElse(0f);
    }

    /** The text without the quotes' lines (each as often as the pages print it). */
    static String leftOut(String text, List<String> quotes) {
        if (quotes.isEmpty()) {
            return text;
        }
        Map<String, Integer> left = new HashMap<>();
        quotes.forEach(q -> left.merge(q, 1, Integer::sum));
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String key = line.strip().replaceAll("\\s+", " ");
            if (left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
                continue;
            }
            out.append(line).append('\n');
        }
        return out.substring(0, Math.max(0, out.length() - 1));
    }
}
