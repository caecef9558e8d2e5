package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contents list set in a narrow column beside the page's text ("In this issue" down the side of a newsletter):
 * entries numbered 1, 2, 3 .. at one left edge, each a short run of words (wrapped lines at the entry's indent go on
 * with it) apart from the text beside it, every one printed again beside the column as a heading (in larger or bold
 * type). However narrow, the column is a region of its own: read across, its lines would join the headings and the
 * text level with them, and hide those headings.
 */
final class ContentsSidebar {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})[.)]\\s+(\\S.*)");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_ENTRIES = 3;
    /** A gap between runs wider than this many type sizes parts the column from the text beside it. */
    private static final float APART = 1.5f;
    private static final float HALF_GAP = 4f;
    /** Entries stand at one left edge within this many points; a wrapped entry's lines within an indent of 2 sizes. */
    private static final float SAME_EDGE = 2f;
    private static final float INDENT_SIZES = 2f;

    private ContentsSidebar() {
    }

    /** The fragments of the page's contents column, or an empty list when it has none. */
    static List<TextFragment> column(List<TextLine> rows) {
        List<Integer> numbered = numberedRows(rows);
        if (numbered.size() < MIN_ENTRIES) {
            return List.of();
        }
        int first = numbered.get(0);
        int last = numbered.get(numbered.size() - 1);
        float left = rows.get(first).x();
        float entriesEnd = 0;
        float besideStart = Float.MAX_VALUE;
        List<StringBuilder> entries = new ArrayList<>();
        float entrySize = 0;
        for (int r = first; r <= last; r++) {
            List<TextFragment> row = sorted(rows.get(r));
            if (row.isEmpty() || row.get(0).x() > left + INDENT_SIZES * row.get(0).fontSize()) {
                // a row of the text beside the column alone
                continue;
            }
            int split = firstGap(row);
            List<TextFragment> entryPart = row.subList(0, split);
            String text = joined(entryPart);
            Matcher number = NUMBERED.matcher(text);
            if (numbered.contains(r) && number.matches()) {
                entries.add(new StringBuilder(number.group(2)));
            } else if (row.get(0).x() >= left - SAME_EDGE && !entries.isEmpty()) {
                entries.get(entries.size() - 1).append(' ').append(text);
            } else {
                return List.of();
            }
            entrySize = Math.max(entrySize, row.get(0).fontSize());
            entriesEnd = Math.max(entriesEnd, entryPart.get(entryPart.size() - 1).endX());
            if (split < row.size()) {
                besideStart = Math.min(besideStart, row.get(split).x());
            }
        }
        if (besideStart == Float.MAX_VALUE || besideStart - entriesEnd < 2 * HALF_GAP) {
            return List.of();
        }
        float edge = (entriesEnd + besideStart) / 2;
        if (!everyEntryRecursBeside(entries, rows, edge, entrySize)) {
            return List.of();
        }
        return fragmentsOfColumn(rows, first, last, edge);
    }

    /** The column's lines read before the first of the page's other lines that starts at or below the column's top. */
    static List<TextLine> inPlace(List<TextLine> column, List<TextLine> rest) {
        float top = column.get(0).y();
        int at = 0;
        while (at < rest.size() && rest.get(at).y() < top) {
            at++;
        }
        List<TextLine> lines = new ArrayList<>(rest.subList(0, at));
        lines.addAll(column);
        lines.addAll(rest.subList(at, rest.size()));
        return lines;
    }

    /** Rows opening with list numbers 1, 2, 3 .. at one left edge, the first run of them on the page. */
    private static List<Integer> numberedRows(List<TextLine> rows) {
        List<Integer> found = new ArrayList<>();
        float edge = Float.NaN;
        for (int r = 0; r < rows.size(); r++) {
            if (!opensWithDigit(rows.get(r))) {
                continue; // NUMBERED cannot match: the row's sort, join and pattern are spared (most rows)
            }
            List<TextFragment> row = sorted(rows.get(r));
            Matcher number = NUMBERED.matcher(joined(row.subList(0, firstGap(row))));
            boolean next = number.matches() && Integer.parseInt(number.group(1)) == found.size() + 1
                    && (found.isEmpty() || Math.abs(row.get(0).x() - edge) <= SAME_EDGE);
            if (next) {
                edge = row.get(0).x();
                found.add(r);
            } else if (number.matches() && found.size() >= MIN_ENTRIES) {
                break;
            }
        }
        return found;
    }

    /** Whether the row's leftmost printed fragment (the first of {@link #sorted}) opens with a digit 0-9. */
    private static boolean opensWithDigit(TextLine row) {
        TextFragment first = null;
        for (TextFragment f : row.fragments()) {
            if (!f.isBlank() && (first == null || Float.compare(f.x(), first.x()) < 0)) {
                first = f;
            }
        }
        if (first == null) {
            return false;
        }
        char c = first.text().strip().charAt(0);
        return c >= '0' && c <= '9';
    }

    /** Each entry's words, whole, open a run of larger or bold type right of the column's edge somewhere on the page. */
    private static boolean everyEntryRecursBeside(List<StringBuilder> entries, List<TextLine> rows, float edge,
                                                 float entrySize) {
        Set<String> headings = new HashSet<>();
        for (TextLine line : rows) {
            List<TextFragment> row = sorted(line).stream().filter(f -> f.x() >= edge).toList();
            int start = 0;
            while (start < row.size()) {
                int end = start + firstGap(row.subList(start, row.size()));
                TextFragment opening = row.get(start);
                if (opening.bold() || opening.fontSize() > entrySize + 0.5f) {
                    headings.add(key(joined(row.subList(start, end))));
                }
                start = end;
            }
        }
        return entries.stream().allMatch(e -> headings.contains(key(e.toString())));
    }

    /**
     * The fragments left of the edge on the rows above, among and below the entries that no fragment crosses the
     * edge on: the column's title over the entries and any note under them.
     */
    private static List<TextFragment> fragmentsOfColumn(List<TextLine> rows, int first, int last, float edge) {
        int top = first;
        while (top > 0 && !crosses(rows.get(top - 1), edge)) {
            top--;
        }
        int bottom = last;
        while (bottom + 1 < rows.size() && !crosses(rows.get(bottom + 1), edge)) {
            bottom++;
        }
        List<TextFragment> column = new ArrayList<>();
        for (int r = top; r <= bottom; r++) {
            rows.get(r).fragments().stream().filter(f -> !f.isBlank() && f.endX() <= edge).forEach(column::add);
        }
        return column;
    }

    private static boolean crosses(TextLine row, float edge) {
        return row.fragments().stream().anyMatch(f -> !f.isBlank() && f.x() < edge + HALF_GAP && f.endX() > edge - HALF_GAP);
    }

    private static List<TextFragment> sorted(TextLine row) {
        return row.fragments().stream().filter(f -> !f.isBlank()).sorted(Comparator.comparingDouble(TextFragment::x)).toList();
    }

    /** Index of the first fragment after a gap wider than the column's spacing, or the row's size. */
    private static int firstGap(List<TextFragment> row) {
        for (int i = 1; i < row.size(); i++) {
            if (row.get(i).x() - row.get(i - 1).endX() > APART * row.get(i - 1).fontSize()) {
                return i;
            }
        }
        return row.size();
    }

    private static String joined(List<TextFragment> fragments) {
        return String.join(" ", fragments.stream().map(f -> f.text().strip()).toList()).strip();
    }

    private static String key(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
