package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A printed contents list is navigation, not digest text: two or more lines in a row, each nothing but a link to a
 * named place in the same document ("[Title](#anchor)", as a Word contents field or a web page's "On this page" list
 * writes it), optionally a list marker before it and a page number after it (plain or itself such a link, after a dot
 * leader or tab). Such lines are taken out before entries are read, so that a contents line naming a review is not
 * read as that review's heading.
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
            if (end - i >= MIN_LINES) {
                i = end;
            } else {
                kept.add(units.get(i++));
            }
        }
        return kept;
    }
}
