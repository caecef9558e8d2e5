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
 * page; the bookmarks win over the style guess when most of them are found. A bookmark printed nowhere whose target
 * stands over a space without text just above body lines (a heading drawn as a picture) starts its section there.
 */
final class OutlineHeadings {

    private static final int MAX_WRAPPED_LINES = 3;
    /**
     * Between a bookmark's target and the first line under it, in sizes of that line: a printed line at the target has
     * its baseline about one size under it, a heading drawn as a picture stands in a taller space.
     */
    private static final float MIN_UNPRINTED_DROP = 2f;
    private static final float MAX_UNPRINTED_DROP = 12f;
    /** A line of the bookmark's column starts at its target's left or right of it, give or take this. */
    private static final float COLUMN_SLACK = 4f;
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
            if (index >= 0) {
                levelOne.add(headingAt(lines, index, styled, entry.page()));
                from = index + 1;
                continue;
            }
            int under = oneTarget ? -1 : firstLineUnderUnprintedTarget(lines, entry, from, styled);
            if (under >= 0) {
                // a heading printed as a picture: the bookmark names it, its section starts at the body under it
                levelOne.add(new Heading(under, 0, 1, TextRepair.clean(entry.title()), entry.page()));
                from = under;
            }
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

    /**
     * The first body line under the bookmark's target on its page, when no text stands between the target and it
     * (a picture or nothing: at least {@link #MIN_UNPRINTED_DROP} of the line's size) and the line is no heading of
     * its own; -1 when the bookmark gives no place, or the line is too far below to be the one it points at.
     */
    private static int firstLineUnderUnprintedTarget(List<TextLine> lines, OutlineReader.Entry entry, int from,
                                                     List<Heading> styled) {
        if (Float.isNaN(entry.top())) {
            return -1;
        }
        for (int i = from; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.page() > entry.page()) {
                return -1;
            }
            boolean under = line.page() == entry.page() && line.y() > entry.top()
                    && (Float.isNaN(entry.left()) || line.x() >= entry.left() - COLUMN_SLACK);
            if (under && !line.text().isBlank()) {
                float drop = (line.y() - entry.top()) / Math.max(1f, line.fontSize());
                int index = i;
                boolean heading = styled.stream().anyMatch(h -> h.lineIndex() == index);
                return drop >= MIN_UNPRINTED_DROP && drop <= MAX_UNPRINTED_DROP && !heading ? i : -1;
            }
        }
        return -1;
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
