package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running heads that name the part of the document a page is in (CSS paged media's {@code string-set} heads, a
 * book's chapter titles): a line in a page's top or bottom margin made of a constant part, printed at the same place
 * on at least half the pages (and two), and a varying part that repeats a heading of the text: the title of a part
 * that starts on the page or that the page continues. Keyed by the whole line, they differ on every page, so
 * {@link PdfLayoutRepair#runningLines} alone does not see them.
 */
final class TitledRunningHeads {

    /** Share of the page height, from the top or the bottom, where running lines stand. */
    /** The fewest words of a varying part: one word repeats too easily to name a heading. */
    private static final int TITLE_WORDS = 2;

    private record Split(String line, String constant, String key) {
    }

    private TitledRunningHeads() {
    }

    /** Each titled running head's text with its constant part; empty for a one-page PDF. */
    static Map<String, String> of(List<List<PdfPageLines.Line>> pages) {
        Map<String, String> heads = new HashMap<>();
        if (pages.size() < 2) {
            return heads;
        }
        Set<String> bodyTexts = bodyTexts(pages);
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        List<Split> splits = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfPageLines.Line line : pages.get(p)) {
                if (PdfLayoutRepair.inMargin(line)) {
                    for (Split split : splits(line, bodyTexts)) {
                        splits.add(split);
                        pagesOf.computeIfAbsent(split.key(), k -> new HashSet<>()).add(p);
                    }
                    pagesOf.computeIfAbsent(PdfLayoutRepair.key(line.text(), line.top()), k -> new HashSet<>()).add(p);
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (Split split : splits) {
            if (pagesOf.get(split.key()).size() >= needed) {
                heads.putIfAbsent(split.line(), split.constant());
            }
        }
        return heads;
    }

    /**
     * The ways to read a margin line as a constant part and a heading of the text: the heading at its end (a head
     * whose right box names the part) or at its start.
     */
    private static List<Split> splits(PdfPageLines.Line line, Set<String> bodyTexts) {
        List<Split> splits = new ArrayList<>();
        String[] words = normal(line.text()).split(" ");
        for (int i = 1; i < words.length; i++) {
            String lead = String.join(" ", List.of(words).subList(0, i));
            String tail = String.join(" ", List.of(words).subList(i, words.length));
            if (words.length - i >= TITLE_WORDS && bodyTexts.contains(tail)) {
                splits.add(new Split(line.text(), lead, PdfLayoutRepair.key(lead, line.top())));
            }
            if (i >= TITLE_WORDS && bodyTexts.contains(lead)) {
                splits.add(new Split(line.text(), tail, PdfLayoutRepair.key(tail, line.top())));
            }
        }
        return splits;
    }

    /** The body's lines, and each with the next (a heading wrapped over two lines), spaces normalised. */
    private static Set<String> bodyTexts(List<List<PdfPageLines.Line>> pages) {
        Set<String> texts = new HashSet<>();
        String previous = null;
        for (List<PdfPageLines.Line> page : pages) {
            for (PdfPageLines.Line line : page) {
                if (PdfLayoutRepair.inMargin(line)) {
                    continue;
                }
                String text = normal(line.text());
                texts.add(text);
                if (previous != null) {
                    texts.add(previous + " " + text);
                }
                previous = text;
            }
        }
        return texts;
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
