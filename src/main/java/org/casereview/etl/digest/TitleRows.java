package org.casereview.etl.digest;

import java.util.List;
import java.util.function.Predicate;

/**
 * A contents list of bare titles: no row number, page number or link, as a newsletter's 'In this issue' table reads once
 * flattened to text (Outlook's 'Save as Text' puts a tab between the cells: 'Child A: Serious case review<TAB>Overview'),
 * or a plain list of the titles. At least {@value ContentsLists#MIN_LINES} short lines, each naming a heading-like line
 * after the run, in the run's order ({@link #namesHeading}). Whatever its shape, a run of lines that are the titles of
 * the entries that follow, in their order, is their contents: an entry's own text never repeats the headings of the
 * entries after it. Asked at every unit of a digest, so each unit's title and heading-likeness is worked out once.
 */
final class TitleRows {

    /** Lines of the longest such list looked for: a month's reviews, never a whole digest. */
    private static final int MAX_ROWS = 60;

    private final List<Unit> units;
    private final Predicate<String> headingLike;
    private final String[] titles;
    private final Boolean[] headings;
    private final Boolean[] shortLines;

    TitleRows(List<Unit> units, Predicate<String> headingLike) {
        this.units = units;
        this.headingLike = headingLike;
        this.titles = new String[units.size()];
        this.headings = new Boolean[units.size()];
        this.shortLines = new Boolean[units.size()];
    }

    /**
     * End of such a list from {@code start}, else start. The run of short lines is cut back from its end until each
     * names a later heading (it may have run on into the first entry's heading); the first line is checked first, as
     * most places start no list.
     */
    int end(int start) {
        int end = start;
        while (end < units.size() && end - start < MAX_ROWS && shortLine(end)) {
            end++;
        }
        if (end - start < ContentsLists.MIN_LINES || namedHeading(start + 1, title(start)) < 0) {
            return start;
        }
        while (end - start >= ContentsLists.MIN_LINES && !eachNamesALaterHeading(start, end)) {
            end--;
        }
        return end - start >= ContentsLists.MIN_LINES ? end : start;
    }

    private boolean eachNamesALaterHeading(int start, int end) {
        int from = end;
        for (int k = start; k < end; k++) {
            from = namedHeading(from, title(k));
            if (from < 0) {
                return false;
            }
            from++;
        }
        return true;
    }

    /** Index of the first heading-like unit from {@code from} that the row {@code row} names, else -1. */
    private int namedHeading(int from, String row) {
        for (int k = from; k < units.size(); k++) {
            if (units.get(k).text().length() <= ContentsLists.MAX_CONTENTS_LINE && namesHeading(title(k), row) && heading(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A row names a heading: the same title; or the heading's title and, after a word break, up to
     * {@value ContentsLists#MAX_TRAILING_WORDS} words (the row's other cells: 'Practice review'); or the start of the
     * heading's title up to a word's end (a title shortened in the list: 'Child A' for 'Child A: Serious case review').
     * Titles of two words or more: a single word ('Neglect') is a theme, not a title.
     */
    static boolean namesHeading(String heading, String row) {
        if (heading.startsWith(row)) {
            boolean wordEnd = heading.length() == row.length() || !Character.isLetterOrDigit(heading.charAt(row.length()));
            return wordEnd && words(row) >= 2;
        }
        if (!row.startsWith(heading) || row.charAt(heading.length()) != ' ') {
            return false;
        }
        return words(heading) >= 2 && words(row) - words(heading) <= ContentsLists.MAX_TRAILING_WORDS;
    }

    private static int words(String title) {
        int words = title.isEmpty() ? 0 : 1;
        for (int i = 0; i < title.length(); i++) {
            words += title.charAt(i) == ' ' ? 1 : 0;
        }
        return words;
    }

    private String title(int k) {
        if (titles[k] == null) {
            titles[k] = ContentsLists.title(units.get(k).text());
        }
        return titles[k];
    }

    private boolean shortLine(int k) {
        if (shortLines[k] == null) {
            shortLines[k] = ContentsLists.mayBeContentsLine(units.get(k).text().strip());
        }
        return shortLines[k];
    }

    private boolean heading(int k) {
        if (headings[k] == null) {
            headings[k] = headingLike.test(units.get(k).text());
        }
        return headings[k];
    }
}
