package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.casereview.etl.document.DigestTraces;

/**
 * The lines {@link UnitReader} dropped as running heads or footers, each once, with how often it stood over text that
 * goes on under it (as a label over its list) rather than between two parts of one sentence or at a page's edge.
 */
final class DroppedLines {

    /** A list item's marker at a line's start ("- ", "* ", "• ", "1. ", "a) ", a definition's ": "). */
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*:\u2022\u25aa\u25cf]\\s|\\d{1,2}[.)]\\s|[a-z][.)]\\s)");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;][\"'\u2019\u201d)]*$");

    private DroppedLines() {
    }

    /**
     * @param raw    the lines as read; one that its repair emptied is page furniture by its shape ("Page 3 of 12",
     *               "Review 2 of 4", a rule), never content
     * @param before the repaired lines before the drop
     * @param after  the same lines with the dropped ones emptied
     */
    static List<DigestTraces.DroppedLine> of(String[] raw, String[] before, String[] after) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < before.length; i++) {
            boolean furniture = before[i].isEmpty() && !raw[i].isBlank();
            if (!furniture && (before[i].isEmpty() || !after[i].isEmpty())) {
                continue;
            }
            int[] count = counts.computeIfAbsent(furniture ? raw[i].strip() : before[i], k -> new int[2]);
            count[0]++;
            if (!furniture && overContent(after, i)) {
                count[1]++;
            }
        }
        List<DigestTraces.DroppedLine> out = new ArrayList<>();
        counts.forEach((text, count) -> out.add(new DigestTraces.DroppedLine(text, count[0], count[1])));
        return out;
    }

    /**
     * The next line left is a list item or goes on in lower case, and the line left before ends a sentence or is a
     * list item: the dropped line stood over text that belongs under it, cutting no sentence.
     */
    private static boolean overContent(String[] lines, int at) {
        int n = neighbour(lines, at, 1);
        int p = neighbour(lines, at, -1);
        if (n < 0 || p < 0) {
            return false;
        }
        String next = lines[n].strip();
        String previous = lines[p].strip();
        boolean under = LIST_ITEM.matcher(next).find() || Character.isLowerCase(next.codePointAt(0));
        boolean closed = ENDS_SENTENCE.matcher(previous).find() || LIST_ITEM.matcher(previous).find()
                || unmarkedPoint(lines, p);
        return under && closed;
    }

    /**
     * A paragraph of its own (a blank line before it) that starts in lower case: a list's point written without a
     * marker ("the school was not told"), not the end of a sentence a page break cut.
     */
    private static boolean unmarkedPoint(String[] lines, int at) {
        String line = lines[at].strip();
        return Character.isLowerCase(line.codePointAt(0)) && (at == 0 || lines[at - 1].isBlank());
    }

    private static int neighbour(String[] lines, int at, int step) {
        for (int i = at + step; i >= 0 && i < lines.length; i += step) {
            if (!lines[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
