package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drop caps: a paragraph's first letter set several lines tall, with the paragraph's first lines indented beside it
 * (InDesign, LaTeX's {@code lettrine}, CSS {@code initial-letter}). A text layer gives it as a line of its own (its
 * baseline is a lower line's, or its height makes it one) or as a one-letter word, so 'S udden death' or 'S' over
 * 'udden death'. A single letter (or a letter after an opening quote) at least about twice the size of the lines
 * beside it, whose top is level with the first of them, whose height spans two or more of them, and whose paragraph
 * comes back under it once past it, is the first letter of the paragraph's first word: joined to it with no space.
 * A large letter with lines beside it that never come back under it (a margin label, a section letter in a column of
 * its own) or with lines under it (an index letter over its entries) is no drop cap. Plain geometry, so the digest
 * reader's page lines and the report reader's lines can ask the same rule.
 */
public final class DropCaps {

    /** One letter, an opening quote before it allowed. */
    private static final Pattern CAP = Pattern.compile("[\"'\u2018\u201c\u00ab]?\\p{L}");
    /** A cap this many times the size of the text beside it (about twice; a three-line cap is near four times). */
    private static final float SIZE_RATIO = 1.8f;
    /** A letter's top stands about this share of its size above its baseline (a capital's height). */
    private static final float CAP_HEIGHT = 0.7f;
    /** The text beside a cap starts within this share of the cap's size right of it (its indent). */
    private static final float GAP_OF_CAP = 0.6f;
    /** Letters that are words of their own in English and Welsh ('A boy', 'I was', 'O', 'Y plentyn'). */
    private static final Pattern WORD_LETTER = Pattern.compile("[\"'\u2018\u201c\u00ab]?[AIOY]");
    /** A word space: the first line set this share of its size or more right of the lines under it beside the cap. */
    private static final float WORD_SPACE = 0.15f;
    /** Lines this share of the text size apart are level (starts, tops, baselines). */
    private static final float LEVEL = 1.0f;
    /** Consecutive lines of one paragraph are at most this many of its type size apart. */
    private static final float LINE_STEP = 1.8f;

    /**
     * A printed line: its text, where it starts and ends across the page, its baseline's distance from the page's
     * top, and its type size, all in the same unit (points).
     */
    public record Line(String text, float left, float right, float baseline, float size) {
    }

    private DropCaps() {
    }

    /** Whether the text could be a drop cap: one letter, after an opening quote or not. */
    public static boolean isCapText(String text) {
        return CAP.matcher(text.strip()).matches();
    }

    /**
     * The page's drop caps, each with the line it opens (the paragraph's first line), among the page's lines in any
     * order; empty (and no work beyond a look at each line's text) when no line is a single letter.
     */
    public static Map<Line, Line> of(List<Line> lines) {
        Map<Line, Line> caps = new IdentityHashMap<>();
        List<Line> byBaseline = null;
        for (Line cap : lines) {
            if (!isCapText(cap.text())) {
                continue;
            }
            if (byBaseline == null) {
                byBaseline = lines.stream().sorted(Comparator.comparingDouble(Line::baseline)).toList();
            }
            List<Line> paragraph = beside(cap, byBaseline);
            if (opens(cap, paragraph)) {
                caps.put(cap, paragraph.get(0));
            }
        }
        return caps;
    }

    /**
     * Whether a drop cap found by {@link #of} is a word of its own ('A' over 'boy of 3 ...', not 'A' over 'fter'): a
     * letter that can be a word, and the paragraph's first line starting about a word space or more right of the
     * line under it beside the cap, as the space after the word is set on the first line (a space glyph or a gap).
     * A cap that is a word's first letter has its first line start where the lines under it do.
     *
     * @param lines the page's lines, as given to {@link #of}, each line's {@code left} its first visible glyph's
     */
    public static boolean isWordOfItsOwn(Line cap, List<Line> lines) {
        if (!WORD_LETTER.matcher(cap.text().strip()).matches()) {
            return false;
        }
        List<Line> paragraph = beside(cap, lines.stream().sorted(Comparator.comparingDouble(Line::baseline)).toList());
        if (paragraph.size() < 2) {
            return false;
        }
        Line first = paragraph.get(0);
        return first.left() - paragraph.get(1).left() >= WORD_SPACE * first.size();
    }

    /**
     * Whether the cap opens the paragraph whose lines (top down) are given: the first level with its top and starting
     * just right of it, every line down to its baseline started there too (two or more), and the next line back at
     * the cap's left edge.
     */
    static boolean opens(Line cap, List<Line> paragraph) {
        if (paragraph.size() < 3) {
            return false;
        }
        Line first = paragraph.get(0);
        float size = first.size();
        float gap = first.left() - cap.right();
        boolean tall = cap.size() >= SIZE_RATIO * size;
        if (!tall || !topBeside(cap, first) || gap < -0.2f * size || gap > GAP_OF_CAP * cap.size()) {
            return false;
        }
        int spanned = 0;
        for (Line line : paragraph) {
            if (line.baseline() > cap.baseline() + LEVEL * size) {
                return spanned >= 2 && Math.abs(line.left() - cap.left()) <= LEVEL * size;
            }
            if (Math.abs(line.left() - first.left()) > LEVEL * size) {
                return false;
            }
            spanned++;
        }
        return false;
    }

    /**
     * Whether the cap's top stands beside the line: from a line's height above its top down to half its size under its
     * baseline (a cap set a little short reaches only the first line's baseline).
     */
    private static boolean topBeside(Line cap, Line line) {
        float capTop = cap.baseline() - CAP_HEIGHT * cap.size();
        float top = line.baseline() - CAP_HEIGHT * line.size();
        return capTop >= top - LEVEL * line.size() && capTop <= line.baseline() + 0.5f * line.size();
    }

    /**
     * The lines of the paragraph beside the cap, top down: from the highest line that starts just right of it with
     * its top level with the cap's, each next line one line step below the last, until one past the cap's baseline.
     */
    private static List<Line> beside(Line cap, List<Line> byBaseline) {
        List<Line> paragraph = new ArrayList<>();
        for (Line line : byBaseline) {
            if (line == cap || line.size() * SIZE_RATIO > cap.size()) {
                continue;
            }
            if (paragraph.isEmpty()) {
                float gap = line.left() - cap.right();
                if (gap >= -0.2f * line.size() && gap <= GAP_OF_CAP * cap.size() && topBeside(cap, line)) {
                    paragraph.add(line);
                }
                continue;
            }
            Line last = paragraph.get(paragraph.size() - 1);
            float step = line.baseline() - last.baseline();
            boolean inColumn = line.left() >= cap.left() - LEVEL * line.size() && line.left() <= last.right();
            if (step > LINE_STEP * last.size()) {
                break;
            }
            if (step > 0.3f * last.size() && inColumn) {
                paragraph.add(line);
                if (line.baseline() > cap.baseline() + LEVEL * line.size()) {
                    break;
                }
            }
        }
        return paragraph;
    }
}
