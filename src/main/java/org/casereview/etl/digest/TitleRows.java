package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final int UNKNOWN = -2;

    private final List<Unit> units;
    private final Predicate<String> headingLike;
    private final String[] titles;
    private final Boolean[] headings;
    private final Boolean[] shortLines;
    private final int[] firstNamed;
    private Map<String, List<Integer>> byKey;
    /** Rows compared with headings so far: the work of {@link #end}, for the test that keeps it in step with the units. */
    private long comparisons;

    TitleRows(List<Unit> units, Predicate<String> headingLike) {
        this.units = units;
        this.headingLike = headingLike;
        this.titles = new String[units.size()];
        this.headings = new Boolean[units.size()];
        this.shortLines = new Boolean[units.size()];
        this.firstNamed = new int[units.size()];
        java.util.Arrays.fill(firstNamed, UNKNOWN);
    }

    /**
     * End of such a list from {@code start}, else start. The run takes short lines that each name some later heading,
     * up to the first row's heading; it is then cut back from its end until each row names a heading after the run, in
     * order. Most places start no list: their first or second line names nothing, and that is worked out once a line.
     */
    int end(int start) {
        int end = start;
        while (end < units.size() && end - start < MAX_ROWS && shortLine(end) && firstNamed(end) >= 0) {
            end++;
        }
        if (end - start < ContentsLists.MIN_LINES) {
            return start;
        }
        end = Math.min(end, firstNamed(start));
        while (end - start >= ContentsLists.MIN_LINES && !eachNamesALaterHeading(start, end)) {
            end--;
        }
        return end - start >= ContentsLists.MIN_LINES ? end : start;
    }

    /** Index of the first heading-like unit after unit {@code k} that it names, else -1. */
    private int firstNamed(int k) {
        if (firstNamed[k] == UNKNOWN) {
            firstNamed[k] = namedHeading(k + 1, title(k));
        }
        return firstNamed[k];
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
        List<Integer> candidates = byKey().getOrDefault(key(row), List.of());
        int i = Collections.binarySearch(candidates, from);
        for (i = i < 0 ? -i - 1 : i; i < candidates.size(); i++) {
            int k = candidates.get(i);
            comparisons++;
            if (namesHeading(title(k), row)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The short heading-like units by the key of their titles ({@link #key}), in order: a row and the heading it names
     * share that key, so a row is compared with those only, not with every later unit. Keyed by the first word alone
     * and holding every short unit, a digest of thousands of entries each with the same line ('Neglect of a boy in
     * 2020.') or the same first word ('Child') compared each row with thousands of later units: time grew with the
     * square of the entries (docs/HOSTILE-INPUTS.md, session 38: 4,000 entries 10 s of discovery, 10,000 338 s).
     */
    private Map<String, List<Integer>> byKey() {
        if (byKey == null) {
            byKey = new HashMap<>();
            for (int k = 0; k < units.size(); k++) {
                if (units.get(k).text().length() <= ContentsLists.MAX_CONTENTS_LINE && heading(k)) {
                    byKey.computeIfAbsent(key(title(k)), w -> new ArrayList<>()).add(k);
                }
            }
        }
        return byKey;
    }

    /**
     * The first word, a space and the letters and digits the second word starts with: the same for a row and every
     * heading it names ({@link #namesHeading}: both hold a space, and one is the other's start, ending at a word's end
     * or before a character that is no letter or digit).
     */
    static String key(String title) {
        int space = title.indexOf(' ');
        if (space < 0) {
            return title;
        }
        int end = space + 1;
        while (end < title.length() && Character.isLetterOrDigit(title.charAt(end))) {
            end++;
        }
        return title.substring(0, end);
    }

    long comparisons() {
        return comparisons;
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
