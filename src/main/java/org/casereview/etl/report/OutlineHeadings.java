package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.layout.OutlineReader;

/**
 * Headings from the PDF outline: each top-level bookmark is looked up on its target page
 * (and the next) as a printed line, or through the whole text when every bookmark points at one
 * page; the bookmarks win over the style guess when most of them are found.
 */
final class OutlineHeadings {

    private static final int MAX_WRAPPED_LINES = 3;
    /** A label word printed before the entry's own number ("Appendix A" for the entry "A Terms of reference"). */
    private static final Pattern LABEL_WORD = Pattern.compile("(?i)^\\s*(" + Vocabulary.layout("appendix_words") + "|"
            + Vocabulary.layout("numbered_part_words") + ")\\b[\\s:.]*");

    private OutlineHeadings() {
    }

    /**
     * @param lines     body lines
     * @param outline   the outline entries
     * @param styled    headings found by style, kept as sub-headings unless the outline names them
     * @param skipPages title and contents pages
     * @return the headings, or empty when the outline does not fit the printed text
     */
    static Optional<List<Heading>> apply(List<TextLine> lines, List<OutlineReader.Entry> outline,
                                         List<Heading> styled, Set<Integer> skipPages) {
        // a single root (the document title) holding the chapters: its children are level 1
        int level = outline.stream().filter(e -> e.level() == 1).count() == 1 ? 2 : 1;
        List<OutlineReader.Entry> entries = outline.stream().filter(e -> e.level() == level).toList();
        // every entry pointing at one page (the title page, where hyperref anchors unnumbered sections): the
        // destinations say nothing, so the entries are looked up in order through the whole text
        boolean oneTarget = entries.size() >= 2 && entries.stream().allMatch(e -> e.page() == entries.get(0).page());
        List<OutlineReader.Entry> top = oneTarget ? entries
                : entries.stream().filter(e -> !skipPages.contains(e.page())).toList();
        if (top.size() < 2) {
            return Optional.empty();
        }
        List<Heading> levelOne = new ArrayList<>();
        int from = 0;
        for (OutlineReader.Entry entry : top) {
            int index = find(lines, entry, from, oneTarget);
            if (index < 0) {
                continue;
            }
            levelOne.add(headingAt(lines, index, styled, entry.page()));
            from = index + 1;
        }
        if (levelOne.size() < 0.6 * top.size()) {
            return Optional.empty();
        }
        List<Heading> result = new ArrayList<>();
        for (Heading heading : styled) {
            boolean named = levelOne.stream().anyMatch(h -> overlaps(h, heading));
            if (!named) {
                result.add(new Heading(heading.lineIndex(), heading.lineCount(), 2, heading.text(), heading.page()));
            }
        }
        result.addAll(levelOne);
        result.sort((a, b) -> Integer.compare(a.lineIndex(), b.lineIndex()));
        return Optional.of(result);
    }

    private static Heading headingAt(List<TextLine> lines, int index, List<Heading> styled, int page) {
        for (Heading heading : styled) {
            if (heading.lineIndex() == index) {
                return new Heading(index, heading.lineCount(), 1, heading.text(), heading.page());
            }
        }
        TextLine line = lines.get(index);
        return new Heading(index, 1, 1, TextRepair.clean(line.text()), line.page());
    }

    private static boolean overlaps(Heading a, Heading b) {
        return a.lineIndex() < b.lineIndex() + b.lineCount() && b.lineIndex() < a.lineIndex() + a.lineCount();
    }

    /** The line printing the entry's title, from {@code from} on its target page or the next, or anywhere on. */
    private static int find(List<TextLine> lines, OutlineReader.Entry entry, int from, boolean anyPage) {
        String title = key(entry.title());
        if (title.isEmpty()) {
            return -1;
        }
        for (int i = from; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!anyPage && line.page() < entry.page()) {
                continue;
            }
            if (!anyPage && line.page() > entry.page() + 1) {
                break;
            }
            String text = key(line.text());
            if (!text.isEmpty() && (text.equals(title) || title.startsWith(text) && text.length() >= 0.5 * title.length()
                    || wrapsTo(lines, i, title) || key(withoutLabelWord(line.text())).equals(title))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The printed line without a leading label word: texinfo prints the entry 'A Terms of reference' as 'Appendix A
     * Terms of reference', a report class '1 Introduction' as 'Chapter 1 Introduction'.
     */
    private static String withoutLabelWord(String text) {
        return LABEL_WORD.matcher(text).replaceFirst("");
    }

    /** A title wrapped over up to three lines of a narrow column: the lines from {@code index} make it up. */
    private static boolean wrapsTo(List<TextLine> lines, int index, String title) {
        StringBuilder joined = new StringBuilder();
        for (int k = index; k < Math.min(lines.size(), index + MAX_WRAPPED_LINES); k++) {
            if (lines.get(k).page() != lines.get(index).page()) {
                return false;
            }
            joined.append(key(lines.get(k).text()));
            if (joined.isEmpty() || !title.startsWith(joined.toString())) {
                return false;
            }
            if (joined.length() == title.length()) {
                return true;
            }
        }
        return false;
    }

    private static String key(String text) {
        return TextRepair.clean(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
