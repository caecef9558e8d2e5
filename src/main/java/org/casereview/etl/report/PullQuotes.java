package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.casereview.etl.layout.DisplayQuoteLines;

/**
 * A pull quote: a sentence of the body printed again in display type (larger than the running text, often italic and
 * between rules) on its page or the page beside it, to catch the eye. It repeats words the body already holds, so it is
 * no heading and no part of any section's text; a heading may share words with the body too, but is no sentence. A
 * quote of a voice the body does not print (the child's words) is told by its look instead: in quotation marks, in
 * display type, between rules ({@link DisplayQuoteLines}, the rule the PDF digests use).
 */
final class PullQuotes {

    /** A quote this short may be a heading's phrase the body happens to use ("What happened next."). */
    private static final int MIN_WORDS = 4;
    /** A quote wraps onto a few lines at most; a longer run in display type is something else. */
    private static final int MAX_LINES = 4;
    /** Display type: this many times the running text's size or more (a summary set a little larger is no quote). */
    private static final float DISPLAY = 1.3f;
    /** Lines of one quote: sizes this close, baselines within this many sizes of each other. */
    private static final float SAME_SIZE = 0.6f;
    private static final float LEADING = 1.8f;
    /** A sentence's end, then closing quotation marks. */
    private static final Pattern SENTENCE = Pattern.compile(".*[.!][\"'\u201d\u2019]{0,2}$");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private PullQuotes() {
    }

    /** The pages without the lines of their pull quotes. */
    static List<PageText> filter(List<PageText> pages, BodyStyle body) {
        Map<Integer, PageText> byNumber = new HashMap<>();
        pages.forEach(page -> byNumber.put(page.number(), page));
        // a page's body words are worked out when a line in display type on it or beside it is tested: most pages
        // have none, and the words of a page are a pass over all its text
        Map<Integer, String> bodyWords = new HashMap<>();
        IntFunction<String> wordsOn = number -> bodyWords.computeIfAbsent(number, n -> {
            PageText page = byNumber.get(n);
            return page == null ? null : bodyWords(page, body);
        });
        List<PageText> out = new ArrayList<>(pages.size());
        for (PageText page : pages) {
            Set<TextLine> quotes = quoteLines(page, body, wordsOn);
            out.add(quotes.isEmpty() ? page : page.withLines(page.lines().stream().filter(l -> !quotes.contains(l)).toList()));
        }
        return out;
    }

    private static String bodyWords(PageText page, BodyStyle body) {
        List<String> texts = page.lines().stream().filter(l -> !body.isLarger(l.fontSize())).map(TextLine::text).toList();
        return " " + words(TextRepair.join(texts)) + " ";
    }

    private static Set<TextLine> quoteLines(PageText page, BodyStyle body, IntFunction<String> bodyWords) {
        Set<TextLine> quotes = new HashSet<>();
        List<TextLine> lines = page.lines();
        int i = 0;
        boolean display = false;
        while (i < lines.size()) {
            if (lines.get(i).fontSize() < DISPLAY * body.fontSize()) {
                i++;
                continue;
            }
            display = true;
            int end = i + 1;
            while (end < lines.size() && sameQuote(lines.get(end - 1), lines.get(end))) {
                end++;
            }
            List<TextLine> run = lines.subList(i, end);
            if (run.size() <= MAX_LINES && repeatsBody(TextRepair.join(run.stream().map(TextLine::text).toList()), page.number(), bodyWords)) {
                quotes.addAll(run);
            }
            i = end;
        }
        if (display) {
            for (int[] quote : DisplayQuoteLines.find(view(lines), body.fontSize())) {
                quotes.addAll(lines.subList(quote[0], quote[1] + 1));
            }
        }
        return quotes;
    }

    /** The page's lines as the display quote rule reads them, with the rules the page's drawing sets on them. */
    private static DisplayQuoteLines.Page view(List<TextLine> lines) {
        return new DisplayQuoteLines.Page() {
            @Override
            public int size() {
                return lines.size();
            }

            @Override
            public String text(int line) {
                return lines.get(line).text().strip();
            }

            @Override
            public float fontSize(int line) {
                return lines.get(line).fontSize();
            }

            @Override
            public boolean ruledAbove(int line) {
                return lines.get(line).ruledAbove();
            }

            @Override
            public boolean ruledBelow(int line) {
                return lines.get(line).ruled();
            }
        };
    }

    private static boolean sameQuote(TextLine previous, TextLine next) {
        float gap = next.y() - previous.y();
        return Math.abs(next.fontSize() - previous.fontSize()) < SAME_SIZE && gap > 0
                && gap <= LEADING * previous.fontSize();
    }

    /** A sentence of enough words that the body prints word for word on this page, the one before or the one after. */
    private static boolean repeatsBody(String text, int page, IntFunction<String> bodyWords) {
        String quote = words(text);
        if (!SENTENCE.matcher(text).matches() || quote.split(" ").length < MIN_WORDS) {
            return false;
        }
        String key = " " + quote + " ";
        for (int near = page - 1; near <= page + 1; near++) {
            String words = bodyWords.apply(near);
            if (words != null && words.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words and numbers, one space apart: punctuation and quotation marks aside. */
    private static String words(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
