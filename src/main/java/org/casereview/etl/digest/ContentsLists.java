package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed contents list is navigation, not digest text: two or more lines in a row, each nothing but a link to a
 * named place in the same document ("[Title](#anchor)", as a Word contents field or a web page's "On this page" list
 * writes it), optionally a list marker before it and a page number after it (plain or itself such a link, after a dot
 * leader or tab). Also a list of numbered titles in sequence ("[1] Child A: ...", "[2] ...", or "1.", "(1)") each of which
 * opens a line again further down: there the titles head their reviews, so the list before is their contents. Also a
 * list of titles each ending in a page number (a section number before it, a leader or a space before the page number,
 * the numbers never going back: '1 Child A: ... 1', '2 Child B: ... 3') each of which opens a later line. Also an index
 * table's rows as the text layer reads them, a row number, the title and the row's other cells on one line, without
 * page numbers ('1 Child A: Serious case review overview report'): each row's title is printed again further down, in
 * the rows' order, as a heading line the row's text starts with, the rest of the row a few words (the cells after the
 * title). Such lines, and a contents title over them ("Contents"), are taken out before entries are read, so that a
 * contents line naming a review is not read as that review's heading and the contents title is not read as the
 * digest's. Also an index printed after the reviews, by theme: theme lines over titles of reviews already read, each
 * with its page number ({@link #backIndexEnd}). Also a list of bare titles, in whatever shape, that name the headings
 * of the entries after them in their order ({@link TitleRows}).
 */
final class ContentsLists {

    private static final String ANCHOR_LINK = "\\[[^\\]]+\\]\\(#[^)\\s]+\\)";
    private static final Pattern CONTENTS_LINE = Pattern.compile("^(?:[-*+\u2022]\\s+|\\d{1,2}[.)]\\s+)?" + ANCHOR_LINK
            + "(?:[\\s.\u2026\u00b7]*(?:\\d{1,4}|\\[\\d{1,4}\\]\\(#[^)\\s]+\\)))?$");
    static final int MIN_LINES = 2;
    /** Characters of the longest contents line: a title and its page number, never a paragraph. */
    static final int MAX_CONTENTS_LINE = 240;
    /** A title, an optional section number before it and a page number after it, after a leader or a space. */
    private static final Pattern PAGED_TITLE = Pattern.compile(
            "^(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+)?(\\S.*?\\p{L}.*?)(?:\\s*[.\u2026\u00b7](?:\\s?[.\u2026\u00b7])+\\s*|\\s+)"
            + "(\\d{1,4})$");
    /** A section number before a title, compared without it (the bookmark that heads the section leaves it out). */
    private static final Pattern PAGE_AFTER_LEADER = Pattern.compile("(?:[\\s.\u2026\u00b7]+\\d{1,4})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Each unit's comparable title, worked out once while one text's lists are looked for: every line is compared with
     * every later line's title (a digest of 3,800 lines spent half its parse making the same titles again).
     */
    private static final ThreadLocal<Map<String, String>> TITLES = new ThreadLocal<>();
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+(?=\\p{L})");
    /** A row number before a title, as an index table's first column prints it ('1 Child A: ...'). */
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(?=\\p{L})");
    /** Words of an index row after its title: the cells that follow it ('practice review', 'overview report'). */
    static final int MAX_TRAILING_WORDS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][\"'\u2019\u201d)]*$");
    /** The marks that nest a contents line under the one before ('.. 1. Learning includes'). */
    private static final Pattern NESTING = Pattern.compile("^(?:\\.{2,}|[-*+\u2022])\\s+");
    /** A theme line of an index: up to six words of letters, no number, no sentence or label punctuation. */
    private static final Pattern THEME_LINE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019&,-]*(?: [\\p{L}'\u2019&,-]+){0,5}");
    private static final Pattern CONTENTS_TITLE = Pattern.compile(
            "(?i)(?:" + String.join("|", DigestGrammar.bundledWords("contents_titles")) + ")");

    private ContentsLists() {
    }

    /** The units without their contents lists; {@code headingLike} tells a line that may head an entry. */
    static List<Unit> drop(List<Unit> units, Predicate<String> headingLike) {
        Map<String, String> before = TITLES.get();
        TITLES.set(new HashMap<>());
        try {
            return dropLists(units, headingLike);
        } finally {
            TITLES.set(before);
        }
    }

    private static List<Unit> dropLists(List<Unit> units, Predicate<String> headingLike) {
        List<Unit> kept = new ArrayList<>(units.size());
        TitleRows titleRows = new TitleRows(units, headingLike);
        int i = 0;
        while (i < units.size()) {
            boolean titled = CONTENTS_TITLE.matcher(UnitShapes.stripHeadingMarkup(units.get(i).text())).matches();
            int from = titled ? i + 1 : i;
            int end = listEnd(units, from, headingLike, titleRows);
            end = titled ? Math.max(end, repeatedLinesEnd(units, from)) : end;
            if (end - from >= MIN_LINES) {
                i = end;
            } else {
                kept.add(units.get(i++));
            }
        }
        return kept;
    }

    /** End of a contents list from {@code start}, else start. */
    private static int listEnd(List<Unit> units, int start, Predicate<String> headingLike, TitleRows titleRows) {
        int end = start;
        while (end < units.size() && CONTENTS_LINE.matcher(units.get(end).text().strip()).matches()) {
            end++;
        }
        if (end - start < MIN_LINES) {
            end = numberedTitlesEnd(units, start);
        }
        if (end - start < MIN_LINES) {
            end = pagedTitlesEnd(units, start);
        }
        if (end - start < MIN_LINES) {
            end = indexRowsEnd(units, start, headingLike);
        }
        if (end - start < MIN_LINES) {
            end = backIndexEnd(units, start);
        }
        if (end - start < MIN_LINES) {
            end = titleRows.end(start);
        }
        return end;
    }

    /**
     * End of an index printed after the reviews (a back-of-book index by theme), from {@code start}: titles each
     * ending in a page number (after a leader or a space), each the title of a unit read before the index, and short
     * theme lines over them (words only, no page number: 'Neglect', 'Index of reviews'); at least
     * {@value #MIN_LINES} titles, the run ending with one. Else start.
     */
    private static int backIndexEnd(List<Unit> units, int start) {
        int end = start;
        int titles = 0;
        int lastTitleEnd = start;
        while (end < units.size()) {
            String text = units.get(end).text().strip();
            if (mayBePagedTitle(text) && PAGED_TITLE.matcher(text).matches() && opensEarlierLine(units, start, title(text))) {
                titles++;
                lastTitleEnd = end + 1;
            } else if (!THEME_LINE.matcher(text).matches()) {
                break;
            }
            end++;
        }
        return titles >= MIN_LINES ? lastTitleEnd : start;
    }

    private static boolean opensEarlierLine(List<Unit> units, int before, String title) {
        for (int k = 0; k < before; k++) {
            if (title(units.get(k).text()).startsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * End of a run of index rows from {@code start}: each a row number (in sequence) and a title, on one short line,
     * each title heading a later line in the rows' order, that line's text all of the row's but a few trailing words
     * (see {@link #headsRow}); else start.
     */
    private static int indexRowsEnd(List<Unit> units, int start, Predicate<String> headingLike) {
        int end = start;
        Integer last = null;
        while (end < units.size()) {
            String text = units.get(end).text().strip();
            Integer number = rowNumber(text);
            if (number == null || last != null && number != last + 1 || text.length() > MAX_CONTENTS_LINE) {
                break;
            }
            last = number;
            end++;
        }
        if (end - start < MIN_LINES) {
            return start;
        }
        int from = end;
        for (int k = start; k < end; k++) {
            from = laterHeading(units, from, title(units.get(k).text()), headingLike);
            if (from < 0) {
                return start;
            }
            from++;
        }
        return end;
    }

    private static Integer rowNumber(String text) {
        if (text.indexOf('\n') >= 0) {
            return null;
        }
        Integer number = UnitShapes.headingNumber(text);
        Matcher row = ROW_NUMBER.matcher(text);
        return number != null ? number : row.find() ? Integer.valueOf(row.group(1)) : null;
    }

    /** Index of the first heading-like line from {@code from} that heads the row {@code row}, else -1. */
    private static int laterHeading(List<Unit> units, int from, String row, Predicate<String> headingLike) {
        for (int k = from; k < units.size(); k++) {
            String text = units.get(k).text();
            if (text.length() <= MAX_CONTENTS_LINE && headsRow(title(text), row) && headingLike.test(text)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A heading's title heads an index row's title: the row's is the heading's, or the heading's and after a word
     * break up to {@value #MAX_TRAILING_WORDS} words (the row's other cells), the heading of two words or more; or the
     * heading's starts with the row's (a title shortened in the index).
     */
    private static boolean headsRow(String heading, String row) {
        if (heading.startsWith(row)) {
            return !row.isEmpty();
        }
        if (!row.startsWith(heading + " ") || heading.split(" ").length < 2) {
            return false;
        }
        return row.substring(heading.length()).strip().split(" ").length <= MAX_TRAILING_WORDS;
    }

    /** End of a run of titles from {@code start}, each with a page number, pages in order, each opening a later line. */
    private static int pagedTitlesEnd(List<Unit> units, int start) {
        int end = start;
        int lastPage = 0;
        while (end < units.size()) {
            String text = units.get(end).text().strip();
            if (!mayBePagedTitle(text)) {
                break;
            }
            Matcher paged = PAGED_TITLE.matcher(text);
            if (!paged.matches() || Integer.parseInt(paged.group(2)) < lastPage) {
                break;
            }
            lastPage = Integer.parseInt(paged.group(2));
            end++;
        }
        return eachOpensLaterLine(units, start, end) ? end : start;
    }

    /**
     * A contents line is one short line ending in its page number. Checked before {@link #PAGED_TITLE}, whose lazy
     * title and leader alternatives backtrack polynomially over a long paragraph that ends in no number.
     */
    private static boolean mayBePagedTitle(String text) {
        return !text.isEmpty() && text.length() <= MAX_CONTENTS_LINE && Character.isDigit(text.charAt(text.length() - 1))
                && text.indexOf('\n') < 0;
    }

    /**
     * End of a run of short lines under a contents title, without page numbers, each of which opens a line again after
     * the run, nested lines too ('1. Child A: ...', '.. 1. Learning includes', as org-mode's ASCII export prints its
     * table of contents); else start.
     */
    private static int repeatedLinesEnd(List<Unit> units, int start) {
        int end = start;
        while (end < units.size() && mayBeContentsLine(units.get(end).text().strip())) {
            end++;
        }
        while (end - start >= MIN_LINES && !eachNestedLineOpensLaterLine(units, start, end)) {
            end--; // the run may have taken the intro's first line or the first title after it
        }
        return end - start >= MIN_LINES ? end : start;
    }

    private static boolean eachNestedLineOpensLaterLine(List<Unit> units, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!opensLaterLine(units, end, title(NESTING.matcher(units.get(k).text().strip()).replaceFirst("")))) {
                return false;
            }
        }
        return true;
    }

    static boolean mayBeContentsLine(String text) {
        return !text.isEmpty() && text.length() <= MAX_CONTENTS_LINE && text.indexOf('\n') < 0
                && !SENTENCE_END.matcher(text).find() && !title(NESTING.matcher(text).replaceFirst("")).isEmpty();
    }

    /** End of a run of numbered titles from {@code start}, numbers in sequence, each opening a later line; else start. */
    private static int numberedTitlesEnd(List<Unit> units, int start) {
        int end = start;
        Integer last = null;
        while (end < units.size()) {
            String text = units.get(end).text().strip();
            Integer number = UnitShapes.headingNumber(text);
            if (number == null || last != null && number != last + 1 || text.contains("\n")) {
                break;
            }
            last = number;
            end++;
        }
        return eachOpensLaterLine(units, start, end) ? end : start;
    }

    /** True for a run of at least {@link #MIN_LINES} lines from start to end, each title opening a line after them. */
    private static boolean eachOpensLaterLine(List<Unit> units, int start, int end) {
        if (end - start < MIN_LINES) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!opensLaterLine(units, end, title(units.get(k).text()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensLaterLine(List<Unit> units, int from, String title) {
        for (int k = from; k < units.size(); k++) {
            if (title(units.get(k).text()).startsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title as it would be compared: no number, section number, markup or page number after a leader, spaces and
     * case evened.
     */
    static String title(String line) {
        Map<String, String> titles = TITLES.get();
        return titles == null ? comparable(line) : titles.computeIfAbsent(line, ContentsLists::comparable);
    }

    private static String comparable(String line) {
        String t = PAGE_AFTER_LEADER.matcher(UnitShapes.stripHeadingMarkup(line)).replaceFirst("");
        t = SECTION_NUMBER.matcher(t.strip()).replaceFirst("");
        return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
