package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows read across a strip whose two sides go on two texts of their own: on one side a heading (bold beside
 * regular text, or larger) or a list entry opens, while on the other a sentence runs on from the line above on that
 * side (no sentence end there, a lower-case word here). Text read down its columns never sets a heading beside the
 * middle of a sentence; a table's row starts its cells together, and a label cell wrapped over lines goes on in
 * lower case.
 */
final class RunOnSides {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['\"\u2019\u201d)]?$");
    private static final Pattern LIST_ENTRY = Pattern.compile("^([\u2022\u25aa\u25cf\u2013*-]|\\(?\\d{1,2}[.)])\\s+\\p{L}");
    /** Words a heading beside running text has at most. */
    private static final int MAX_HEADING_WORDS = 8;
    private static final float LARGER = 1.15f;

    private RunOnSides() {
    }

    /** One side of a row: its text, whether all of it is bold, and its largest size; null when the side is empty. */
    private record Side(String text, boolean bold, float size) {
    }

    static int headingsBesideRunningText(List<TextLine> lines, float x) {
        int found = 0;
        String[] last = new String[2];
        TextLine previous = null;
        for (TextLine line : lines) {
            boolean crosses = line.fragments().stream().anyMatch(f -> !f.isBlank() && f.x() < x && f.endX() > x);
            if (crosses || previous == null || !ReadAcross.nextBelow(previous, line)) {
                last[0] = null;
                last[1] = null;
            }
            previous = line;
            if (crosses) {
                continue;
            }
            Side[] sides = {side(line, x, true), side(line, x, false)};
            for (int s = 0; s < 2; s++) {
                if (sides[s] != null && sides[1 - s] != null && opens(last[s], sides[s], sides[1 - s])
                        && runsOn(last[1 - s], sides[1 - s].text())) {
                    found++;
                }
            }
            for (int s = 0; s < 2; s++) {
                if (sides[s] != null) {
                    last[s] = sides[s].text();
                }
            }
        }
        return found;
    }

    private static Side side(TextLine line, float x, boolean left) {
        StringBuilder text = new StringBuilder();
        boolean bold = true;
        float size = 0;
        for (TextFragment f : line.fragments()) {
            if (f.isBlank() || (left ? f.endX() > x : f.x() < x)) {
                continue;
            }
            text.append(text.isEmpty() ? "" : " ").append(f.text().strip());
            bold &= f.bold();
            size = Math.max(size, f.fontSize());
        }
        return text.isEmpty() ? null : new Side(text.toString(), bold, size);
    }

    /**
     * A heading or list entry opening on this side: after a sentence's end or nothing on this side, not in lower case
     * (a bold label cell wrapped over lines goes on in lower case).
     */
    private static boolean opens(String before, Side own, Side other) {
        if (before != null && !SENTENCE_END.matcher(before.strip()).find() || Character.isLowerCase(own.text().codePointAt(0))) {
            return false;
        }
        boolean heading = ReadAcross.words(own.text()) <= MAX_HEADING_WORDS
                && (own.bold() && !other.bold() || own.size() >= LARGER * other.size());
        return heading || LIST_ENTRY.matcher(own.text()).find();
    }

    private static boolean runsOn(String before, String text) {
        return before != null && !SENTENCE_END.matcher(before.strip()).find() && !text.isEmpty()
                && Character.isLowerCase(text.codePointAt(0));
    }
}
