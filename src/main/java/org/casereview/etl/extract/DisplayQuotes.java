package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.casereview.etl.layout.DisplayQuoteLines;

/**
 * The display (pull) quotes of a PDF digest's page ({@link DisplayQuoteLines}, the rule the reports use too), read from
 * its lines and drawn rules: a newsletter sets one inside an article's flow to catch the eye; it is the page's display,
 * not a sentence of the paragraph it interrupts, so it is left out of the text.
 */
final class DisplayQuotes {

    /** A rule across the page: its ends and its height, as shares of the page's width and height (from the top). */
    record Rule(float left, float right, float top) {
    }

    /** The rules lie this many of the quote's font sizes at most above its first baseline and below its last. */
    private static final float RULE_ABOVE = 2.5f;
    private static final float RULE_BELOW = 2f;
    /** Glyphs reach this share of the font size above the baseline. */
    private static final float CAP = 0.7f;

    private DisplayQuotes() {
    }

    /** The texts of the page's display quote lines, in order. */
    static List<String> of(List<PdfPageLines.Line> page, List<Rule> rules) {
        if (rules.size() < 2 || page.size() < 3) {
            return List.of();
        }
        List<String> quotes = new ArrayList<>();
        for (int[] quote : DisplayQuoteLines.find(view(page, rules), bodySize(page))) {
            page.subList(quote[0], quote[1] + 1).forEach(l -> quotes.add(l.text()));
        }
        return quotes;
    }

    private static DisplayQuoteLines.Page view(List<PdfPageLines.Line> page, List<Rule> rules) {
        return new DisplayQuoteLines.Page() {
            @Override
            public int size() {
                return page.size();
            }

            @Override
            public String text(int line) {
                return page.get(line).text();
            }

            @Override
            public float fontSize(int line) {
                return page.get(line).size();
            }

            @Override
            public boolean ruledAbove(int line) {
                PdfPageLines.Line first = page.get(line);
                return rules.stream().anyMatch(r -> across(r, first) && r.top() < first.top() - CAP * first.size()
                        && first.top() - r.top() <= RULE_ABOVE * first.size());
            }

            @Override
            public boolean ruledBelow(int line) {
                PdfPageLines.Line last = page.get(line);
                return rules.stream().anyMatch(r -> across(r, last) && r.top() > last.top()
                        && r.top() - last.top() <= RULE_BELOW * last.size());
            }
        };
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
