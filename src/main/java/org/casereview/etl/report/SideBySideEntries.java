package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered entries beside each other on one line: parts of the line apart by a gutter, each opening with a number
 * (or a short capital label and its number, 'R3') and a capitalised word, the numbers rising from part to part; or
 * a row of bold numbers alone (the numbers of cards in a grid). Text read in its order sets entry 2 below entry 1,
 * never beside it: a grid of cards or a list in two columns was read across the page. A contents line (a heading
 * and its page number) or a table row (one numbered cell among others) has no two such parts.
 */
final class SideBySideEntries {

    /** A part's opening number: an optional label of a few capitals, the number, its stop or bracket. */
    private static final Pattern ENTRY = Pattern.compile("^([A-Z]{1,3} ?)?\\(?(\\d{1,2})[.):]?(\\s+\\p{Lu}.*)?$");
    /** White space between two parts of a line, in font sizes (a word gap is a third of one). */
    private static final float GUTTER_SIZES = 1.2f;

    private SideBySideEntries() {
    }

    /** Entries on the lines each standing beside the entry before it on its line. */
    static int count(List<TextLine> lines) {
        int count = 0;
        for (TextLine line : lines) {
            if (line.fragments().size() > 1) {
                count += beside(line);
            }
        }
        return count;
    }

    /** The most parts in a row on the line opening entries with rising numbers, less the first; 0 when none. */
    private static int beside(TextLine line) {
        List<String> parts = new java.util.ArrayList<>();
        List<Boolean> bold = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean allBold = true;
        float end = Float.NEGATIVE_INFINITY;
        for (TextFragment f : line.fragments()) {
            if (f.isBlank()) {
                continue;
            }
            if (part.length() > 0 && f.x() - end >= GUTTER_SIZES * line.fontSize()) {
                parts.add(part.toString().strip());
                bold.add(allBold);
                part.setLength(0);
                allBold = true;
            }
            part.append(part.length() > 0 ? " " : "").append(f.text().strip());
            allBold &= f.bold();
            end = Math.max(end, f.endX());
        }
        parts.add(part.toString().strip());
        bold.add(allBold);
        return parts.size() < 2 ? 0 : longestRise(parts, bold);
    }

    private static int longestRise(List<String> parts, List<Boolean> bold) {
        boolean numbersOnly = true;
        Matcher[] entries = new Matcher[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Matcher m = ENTRY.matcher(parts.get(i));
            entries[i] = m.matches() ? m : null;
            numbersOnly &= entries[i] != null && entries[i].group(3) == null && bold.get(i);
        }
        int best = 0;
        int run = 0;
        for (int i = 1; i < parts.size(); i++) {
            Matcher a = entries[i - 1];
            Matcher b = entries[i];
            boolean opens = a != null && b != null && (numbersOnly || a.group(3) != null && b.group(3) != null);
            boolean rises = opens && same(a.group(1), b.group(1))
                    && Integer.parseInt(b.group(2)) > Integer.parseInt(a.group(2));
            run = rises ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    private static boolean same(String label, String other) {
        return (label == null ? "" : label.strip()).equals(other == null ? "" : other.strip());
    }
}
