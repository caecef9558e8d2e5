package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of lines at one indent holding several points set without a marker and without space between them (a list
 * whose bullets are lost: pixels of a scanned page under its OCR text, a marker not printed): where a line ends a
 * sentence well short of the run's right edge and the next starts with a capital, a new point starts, as a new
 * paragraph does.
 */
final class SentenceRuns {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]['\"\u2019\u201d)]?$");
    /** A line's start this close to the run's first line's stands at its indent. */
    private static final float SAME_X = 2f;
    /** A line ending more than this share of the run's width short of its right edge is a paragraph's last. */
    private static final float SHORT = 0.15f;

    private SentenceRuns() {
    }

    /** The block cut where a short line ends a sentence and the next starts a new one; the block whole otherwise. */
    static List<Block> split(Block block) {
        List<TextLine> lines = block.lines();
        float x = block.first().x();
        float right = (float) lines.stream().mapToDouble(TextLine::endX).max().orElse(x);
        if (lines.size() < 2 || lines.stream().anyMatch(l -> Math.abs(l.x() - x) > SAME_X)) {
            return List.of(block);
        }
        List<Block> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < lines.size(); i++) {
            TextLine before = lines.get(i - 1);
            String text = lines.get(i).text().strip();
            if (SENTENCE_END.matcher(before.text().strip()).find() && before.endX() < right - SHORT * (right - x)
                    && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0))) {
                parts.add(new Block(lines.subList(start, i), false, false));
                start = i;
            }
        }
        if (start == 0) {
            return List.of(block);
        }
        parts.add(new Block(lines.subList(start, lines.size()), false, false));
        return parts;
    }
}
