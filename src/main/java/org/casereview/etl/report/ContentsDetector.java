package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.guard.DocumentBudget;

/**
 * Recognises the contents page(s) near the front: many lines ending in a page number or a
 * dotted leader, usually under a "Contents" title; or a titled contents on the last page, where e-book converters
 * (calibre's --pdf-add-toc) and some LaTeX classes put it.
 */
final class ContentsDetector {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Characters of a leader between an entry's title and its page number (besides white space). */
    private static final String LEADER_CHARS = ".\u2026\u00b7_\u2013-";
    private static final Pattern LEADER = Pattern.compile("(\\.\\s?){4,}|\u2026{2,}|_{4,}");
    private static final Pattern TITLE = Pattern.compile("(?i)" + Vocabulary.layout("contents_titles"));

    /**
     * @param pages   physical page numbers of the contents
     * @param entries the entries listed, with the page number printed beside them
     */
    record Contents(Set<Integer> pages, List<Entry> entries) {
    }

    record Entry(String title, int printedPage, float x) {
    }

    private ContentsDetector() {
    }

    static Contents detect(List<PageText> pages) {
        int searchLimit = Math.max(6, pages.size() / 4);
        LineKeys laterLines = new LineKeys(pages);
        Set<Integer> contentsPages = new LinkedHashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (PageText page : pages) {
            boolean last = page.number() == pages.get(pages.size() - 1).number();
            if (page.number() > searchLimit && !last) {
                continue;
            }
            List<TextLine> rows = rows(page.lines());
            List<Entry> pageEntries = entries(rows);
            boolean titled = rows.stream().limit(3).anyMatch(l -> TITLE.matcher(l.text().strip()).matches())
                    || titlesEntries(rows);
            if (page.number() > searchLimit && !titled) {
                continue; // the last page holds the contents only under its title (an e-book converter's at the end)
            }
            int lines = rows.size();
            boolean continues = contentsPages.contains(page.number() - 1);
            double share = lines == 0 ? 0 : (double) pageEntries.size() / lines;
            boolean listed = pageEntries.size() >= 3 && (share >= 0.6 || (titled || continues) && share >= 0.4)
                    && (titled || leadered(rows) || namesLaterLines(pageEntries, laterLines));
            if (listed || titled && lines >= 4 && shortLines(rows) >= 0.8 * lines) {
                contentsPages.add(page.number());
                entries.addAll(pageEntries);
            }
        }
        return new Contents(contentsPages, entries);
    }

    /**
     * A contents title further down the page with an entry on the next line: the contents under a title block on the
     * title page (Org's and LaTeX's {@code \\tableofcontents} after {@code \\maketitle}).
     */
    private static boolean titlesEntries(List<TextLine> rows) {
        for (int i = 3; i + 1 < rows.size(); i++) {
            if (TITLE.matcher(rows.get(i).text().strip()).matches() && !entries(rows.subList(i + 1, i + 2)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Untitled lists of numbers (a table of figures) are contents only when they name the headings. */
    private static boolean namesLaterLines(List<Entry> entries, LineKeys laterLines) {
        Set<String> keys = laterLines.get();
        long named = entries.stream().filter(e -> keys.contains(key(e.title()))).count();
        return named * 2 >= entries.size();
    }

    /** The keys of every line of the document, made when first asked for: most documents never ask. */
    private static final class LineKeys {
        private final List<PageText> pages;
        private Set<String> keys;

        LineKeys(List<PageText> pages) {
            this.pages = pages;
        }

        Set<String> get() {
            if (keys == null) {
                Set<String> made = new HashSet<>();
                pages.forEach(p -> p.lines().forEach(l -> made.add(key(l.text()))));
                keys = made;
            }
            return keys;
        }
    }

    private static boolean leadered(List<TextLine> rows) {
        return rows.stream().filter(l -> LEADER.matcher(l.text()).find()).count() >= 3;
    }

    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Contents without page numbers: a titled page of short lines. */
    private static long shortLines(List<TextLine> rows) {
        return rows.stream().filter(l -> l.text().split("\\s+").length <= 12).count();
    }

    /**
     * The page's lines with a leader and page number that stand apart as a line of their own (no letter, cut off at
     * a column gap) joined to the entry's title on their baseline: "Chapter 1: Introduction . . . ." and ". . . 3".
     */
    static List<TextLine> rows(List<TextLine> lines) {
        List<TextLine> rows = new ArrayList<>(lines);
        for (TextLine line : lines) {
            String text = line.text().strip();
            if (pageNumberStart(text) <= 0 || leaderStart(text, pageNumberStart(text) - 1) > 0
                    || !LEADER.matcher(text).find()) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                TextLine title = rows.get(i);
                if (title != line && Math.abs(title.y() - line.y()) < 1 && title.endX() <= line.x()
                        && title.text().codePoints().anyMatch(Character::isLetter)) {
                    List<TextFragment> fragments = new ArrayList<>(title.fragments());
                    fragments.addAll(line.fragments());
                    rows.set(i, new TextLine(title.page(), title.text().strip() + " " + text, fragments));
                    rows.remove(line);
                    break;
                }
            }
        }
        return rows;
    }

    static List<Entry> entries(List<TextLine> rows) {
        List<Entry> entries = new ArrayList<>();
        for (TextLine line : rows) {
            DocumentBudget.checkTime();
            String text = line.text().strip();
            int number = pageNumberStart(text);
            if (number < 0) {
                continue;
            }
            int titleEnd = leaderStart(text, number - 1);
            String rawTitle = text.substring(0, titleEnd);
            if (rawTitle.codePoints().anyMatch(Character::isLetter)
                    && (LEADER.matcher(DocumentBudget.watch(line.text())).find() || hasWideGapBeforeNumber(line))) {
                String title = LEADER.matcher(DocumentBudget.watch(rawTitle)).replaceAll(" ").replaceAll("\\s+", " ").strip();
                entries.add(new Entry(title, Integer.parseInt(text.substring(number)), line.x()));
            }
        }
        return entries;
    }

    /** Where the page number at the end of a line starts: 1-4 digits after white space; -1 when none. */
    private static int pageNumberStart(String text) {
        int start = text.length();
        while (start > 0 && isAsciiDigit(text.charAt(start - 1))) {
            start--;
        }
        int digits = text.length() - start;
        boolean spaced = start > 0 && isSpace(text.charAt(start - 1));
        return digits >= 1 && digits <= 4 && spaced ? start : -1;
    }

    /** Start of the run of white space and leader characters that ends at {@code end} (exclusive). */
    private static int leaderStart(String text, int end) {
        int start = end;
        while (start > 0 && (isSpace(text.charAt(start - 1)) || LEADER_CHARS.indexOf(text.charAt(start - 1)) >= 0)) {
            start--;
        }
        return start;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** White space as {@code \\s} of a regular expression reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasWideGapBeforeNumber(TextLine line) {
        List<TextFragment> fragments = line.fragments();
        if (fragments.size() < 2) {
            return false;
        }
        TextFragment last = fragments.get(fragments.size() - 1);
        TextFragment before = fragments.get(fragments.size() - 2);
        return last.text().strip().matches("\\d{1,4}") && last.x() - before.endX() > 2 * last.fontSize();
    }
}
