package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An ASCII '>' typed as a list marker (a briefing's arrow lines). A line opening with '>' and a space before its
 * words is a list entry when another such line starts at the same x on the page (a run of entries), or when the
 * line under it starts where the words after the '>' start (the entry's text hangs, as a list's does). A '>' that
 * opens a wrapped line of prose ("> 18 weeks" in a comparison) follows a line of that prose that ends no sentence;
 * quoted text ("> " before every line of an e-mail) runs on from one '>' line to the next in lower case. An
 * entry's '>' is given as the arrow bullet '➤', which the list reading takes as a marker.
 */
final class ArrowBullets {

    private static final Pattern ARROW_ENTRY = Pattern.compile("^>\\s+[^\\s>]");
    private static final Pattern QUOTE_GOES_ON = Pattern.compile("^>\\s+\\p{Ll}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['\"\u2019\u201d)]?$");
    private static final String ARROW_BULLET = "\u27a4";
    /** How far apart, in points, two x positions may be and still be one column's. */
    private static final float SAME_X = 1.5f;
    private static final float SAME_SIZE = 0.5f;
    /** Wrapped lines of a paragraph stand less than this many font sizes apart. */
    private static final float WRAP_LEADING = 1.8f;

    private ArrowBullets() {
    }

    /** The page's lines, each arrow entry's '>' turned into the arrow bullet. */
    static List<TextLine> mark(List<TextLine> lines) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.startsWith(">") && ARROW_ENTRY.matcher(text).find()) {
                entries.add(i);
            }
        }
        if (entries.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines);
        for (int i : entries) {
            TextLine line = lines.get(i);
            boolean run = entries.stream().anyMatch(j -> j != i && Math.abs(lines.get(j).x() - line.x()) < SAME_X);
            boolean entry = run || hangs(line, i + 1 < lines.size() ? lines.get(i + 1) : null);
            if (entry && !quoted(lines, entries, line) && !goesOnFromProse(lines, i)) {
                out.set(i, withArrowBullet(line));
            }
        }
        return out;
    }

    /** The line under it starts where the words after the '>' start: a '>' set as a fragment of its own. */
    private static boolean hangs(TextLine line, TextLine next) {
        if (next == null || line.fragments().size() < 2 || !line.fragments().get(0).text().strip().equals(">")) {
            return false;
        }
        return next.y() > line.y() && Math.abs(next.x() - line.fragments().get(1).x()) < SAME_X;
    }

    /**
     * The line just above, at the same x in the same regular type and no entry itself, ends no sentence: the '>'
     * line is that prose wrapped.
     */
    private static boolean goesOnFromProse(List<TextLine> lines, int i) {
        if (i == 0) {
            return false;
        }
        TextLine line = lines.get(i);
        TextLine above = lines.get(i - 1);
        float drop = line.y() - above.y();
        boolean wrapped = drop > 0 && drop < WRAP_LEADING * line.fontSize();
        return wrapped && Math.abs(above.x() - line.x()) < SAME_X && !above.bold()
                && Math.abs(above.fontSize() - line.fontSize()) < SAME_SIZE && !ARROW_ENTRY.matcher(above.text()).find() && !SENTENCE_END.matcher(above.text()).find();
    }

    /** Two '>' lines at this x, one under the other, the second going on in lower case: quoted text. */
    private static boolean quoted(List<TextLine> lines, List<Integer> entries, TextLine line) {
        for (int j : entries) {
            TextLine above = lines.get(j);
            if (Math.abs(above.x() - line.x()) < SAME_X && j + 1 < lines.size()
                    && Math.abs(lines.get(j + 1).x() - line.x()) < SAME_X
                    && QUOTE_GOES_ON.matcher(lines.get(j + 1).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static TextLine withArrowBullet(TextLine line) {
        List<TextFragment> fragments = new ArrayList<>(line.fragments());
        TextFragment first = fragments.get(0);
        int at = first.text().indexOf('>');
        if (at >= 0) {
            fragments.set(0, new TextFragment(first.text().substring(0, at) + ARROW_BULLET
                    + first.text().substring(at + 1), first.x(), first.endX(), first.y(), first.fontSize(),
                    first.bold(), first.coloured(), first.italic(), first.afterRule(), first.smallCaps(),
                    first.face()));
        }
        return new TextLine(line.page(), ARROW_BULLET + line.text().substring(1), fragments, line.ruled(),
                line.ruledAbove(), line.banded(), line.card());
    }
}
