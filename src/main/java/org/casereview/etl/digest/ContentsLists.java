package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A printed contents list is navigation, not digest text: two or more lines in a row, each nothing but a link to a
 * named place in the same document ("[Title](#anchor)", as a Word contents field or a web page's "On this page" list
 * writes it), optionally a list marker before it and a page number after it (plain or itself such a link, after a dot
 * leader or tab). Also a list of numbered titles in sequence ("[1] Child A: ...", "[2] ...", or "1.", "(1)") each of which
 * opens a line again further down: there the titles head their reviews, so the list before is their contents. Such lines
 * are taken out before entries are read, so that a contents line naming a review is not read as that review's heading.
 */
final class ContentsLists {

    private static final String ANCHOR_LINK = "\\[[^\\]]+\\]\\(#[^)\\s]+\\)";
    private static final Pattern CONTENTS_LINE = Pattern.compile("^(?:[-*+\u2022]\\s+|\\d{1,2}[.)]\\s+)?" + ANCHOR_LINK
            + "(?:[\\s.\u2026\u00b7]*(?:\\d{1,4}|\\[\\d{1,4}\\]\\(#[^)\\s]+\\)))?$");
    private static final int MIN_LINES = 2;

    private ContentsLists() {
    }

    static List<Unit> drop(List<Unit> units) {
        List<Unit> kept = new ArrayList<>(units.size());
        int i = 0;
        while (i < units.size()) {
            int end = i;
            while (end < units.size() && CONTENTS_LINE.matcher(units.get(end).text().strip()).matches()) {
                end++;
            }
            if (end - i < MIN_LINES) {
                end = numberedTitlesEnd(units, i);
            }
            if (end - i >= MIN_LINES) {
                i = end;
            } else {
                kept.add(units.get(i++));
            }
        }
        return kept;
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
        if (end - start < MIN_LINES) {
            return start;
        }
        for (int k = start; k < end; k++) {
            if (!opensLaterLine(units, end, title(units.get(k).text()))) {
                return start;
            }
        }
        return end;
    }

    private static boolean opensLaterLine(List<Unit> units, int from, String title) {
        for (int k = from; k < units.size(); k++) {
            if (title(units.get(k).text()).startsWith(title)) {
                return true;
            }
        }
        return false;
    }

    /** A title as it would be compared: no number, markup or page number after a leader, spaces and case evened. */
    private static String title(String line) {
        String t = UnitShapes.stripHeadingMarkup(line).replaceFirst("(?:[\\s.\u2026\u00b7]+\\d{1,4})$", "");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
