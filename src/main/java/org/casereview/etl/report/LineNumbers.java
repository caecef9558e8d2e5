package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Line numbering in a page margin (LaTeX {@code lineno}, a word processor's numbered lines on a draft): a column
 * of whole numbers, one on the baseline of each text line, in smaller type than that text (or in its own size when
 * the numbers are many, rise by one step and stand before the continuation lines of sentences too), set apart from
 * it in a column no other text crosses, the numbers rising down the page. They are furniture: left in, they open every
 * line ("34 Key practice episodes") and pass for heading numbers.
 */
final class LineNumbers {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,5}");
    /** Fewer numbers than this in a column prove nothing (a table's No. column is told apart by its size too). */
    private static final int MIN_NUMBERS = 4;
    /** Right-aligned numbers end within this many points of each other. */
    private static final float SAME_EDGE = 1.5f;
    private static final float SAME_BASELINE = 1.5f;
    /** The numbers are smaller than the text beside them by at least this share. */
    private static final float SMALLER = 0.85f;
    /** Numbers in the text's own size prove numbering only in a column this long (a page of prose). */
    private static final int MIN_SAME_SIZE = 6;
    /** Lines going on with a sentence, numbered, that a column in the text's own size needs. */
    private static final int MIN_CONTINUING = 2;
    /** Numbering every fifth line is the widest step allowed. */
    private static final int MAX_STEP = 5;

    /** The right edge of the numbering found on an earlier page, if any. */
    private Float edge;
    private int lastNumber;
    /** The first number of the numbering found on the last page. */
    private int firstNumber;

    /** Forgets the numbering of the document read before. */
    void reset() {
        edge = null;
        lastNumber = 0;
        firstNumber = 0;
    }

    /**
     * The page's fragments without its line numbers. A column of at least four proves numbering; once proved, a page
     * with fewer numbered lines (a table page) loses the numbers at the same edge that go on from the last one.
     */
    List<TextFragment> drop(List<TextFragment> fragments) {
        List<TextFragment> numbers = fragments.stream()
                .filter(f -> WHOLE_NUMBER.matcher(f.text().strip()).matches()).toList();
        if (numbers.isEmpty() || numbers.size() < MIN_NUMBERS && edge == null) {
            return fragments;
        }
        Set<TextFragment> furniture = new HashSet<>();
        for (List<TextFragment> column : columns(numbers)) {
            int first = value(lowest(column));
            // numbering goes on from the last page's, or starts again where it started (Writer's, page by page)
            boolean known = edge != null && Math.abs(column.get(0).endX() - edge) <= SAME_EDGE
                    && (first > lastNumber || first == firstNumber);
            if ((column.size() >= MIN_NUMBERS || known) && isNumbering(column, fragments, known)) {
                furniture.addAll(column);
                edge = column.get(0).endX();
                firstNumber = first;
                lastNumber = column.stream().mapToInt(LineNumbers::value).max().orElse(lastNumber);
            }
        }
        if (furniture.isEmpty()) {
            return fragments;
        }
        List<TextFragment> kept = new ArrayList<>(fragments.size());
        for (TextFragment f : fragments) {
            if (!furniture.contains(f)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static TextFragment lowest(List<TextFragment> column) {
        return column.stream().min(Comparator.comparingDouble(TextFragment::y)).orElseThrow();
    }

    /** The numbers grouped by a shared right edge. */
    private static List<List<TextFragment>> columns(List<TextFragment> numbers) {
        List<TextFragment> byEdge = new ArrayList<>(numbers);
        byEdge.sort(Comparator.comparingDouble(TextFragment::endX));
        List<List<TextFragment>> columns = new ArrayList<>();
        List<TextFragment> column = new ArrayList<>();
        for (TextFragment f : byEdge) {
            if (!column.isEmpty() && f.endX() - column.get(column.size() - 1).endX() > SAME_EDGE) {
                columns.add(column);
                column = new ArrayList<>();
            }
            column.add(f);
        }
        columns.add(column);
        return columns;
    }

    private static boolean isNumbering(List<TextFragment> column, List<TextFragment> fragments, boolean known) {
        List<TextFragment> down = new ArrayList<>(column);
        down.sort(Comparator.comparingDouble(TextFragment::y));
        List<TextFragment> run = withoutRestartedEnds(down);
        for (int i = 1; i < run.size(); i++) {
            int step = value(run.get(i)) - value(run.get(i - 1));
            if (step < 1 || step > MAX_STEP) {
                return false;
            }
        }
        float left = (float) column.stream().mapToDouble(TextFragment::x).min().orElse(0);
        float right = (float) column.stream().mapToDouble(TextFragment::endX).max().orElse(0);
        Set<TextFragment> own = new HashSet<>(column);
        int besideSmaller = 0;
        for (TextFragment other : fragments) {
            if (own.contains(other) || other.isBlank()) {
                continue;
            }
            if (other.x() < right && other.endX() > left) {
                return false; // text crosses the column: a table's or the body's numbers, not the margin's
            }
        }
        for (TextFragment number : column) {
            if (besideLargerText(number, fragments, own)) {
                besideSmaller++;
            }
        }
        // once proved, numbering going on at the same edge needs no second proof (a page with a few numbered lines)
        return besideSmaller * 4 >= column.size() * 3 || known || numbersProse(run, fragments, own);
    }

    /**
     * The column without a first or last number that does not go on from its neighbour: a running head or foot a
     * word processor numbers apart from the body (Writer numbers the head '1' and the body from '1' again).
     */
    private static List<TextFragment> withoutRestartedEnds(List<TextFragment> down) {
        if (down.size() < MIN_SAME_SIZE) {
            return down;
        }
        int from = value(down.get(1)) <= value(down.get(0)) ? 1 : 0;
        int to = value(down.get(down.size() - 1)) <= value(down.get(down.size() - 2)) ? down.size() - 1 : down.size();
        return down.subList(from, to);
    }

    /**
     * Numbers in the text's own size (groff mom's or Writer's line numbering) are numbering when there are many of
     * them, rising by one constant step, most beside a line, and some beside a line that goes on with a sentence
     * begun on the line above (it opens in lower case): a list's numbers stand before the first lines of its entries,
     * never before their continuations.
     */
    private static boolean numbersProse(List<TextFragment> run, List<TextFragment> fragments, Set<TextFragment> own) {
        if (run.size() < MIN_SAME_SIZE) {
            return false;
        }
        int step = value(run.get(1)) - value(run.get(0));
        int beside = 0;
        int continuing = 0;
        for (int i = 0; i < run.size(); i++) {
            if (i > 0 && value(run.get(i)) - value(run.get(i - 1)) != step) {
                return false;
            }
            TextFragment text = lineAfter(run.get(i), fragments, own);
            beside += text != null ? 1 : 0;
            String start = text == null ? "" : text.text().strip();
            continuing += !start.isEmpty() && Character.isLowerCase(start.codePointAt(0)) ? 1 : 0;
        }
        return beside * 4 >= run.size() * 3 && continuing >= MIN_CONTINUING;
    }

    /** The first fragment right of the number on its baseline: the start of the numbered line. */
    private static TextFragment lineAfter(TextFragment number, List<TextFragment> fragments, Set<TextFragment> own) {
        TextFragment first = null;
        for (TextFragment other : fragments) {
            if (!own.contains(other) && !other.isBlank() && Math.abs(other.y() - number.y()) <= SAME_BASELINE
                    && other.x() >= number.endX() && (first == null || other.x() < first.x())) {
                first = other;
            }
        }
        return first;
    }

    /** Text on the number's baseline, in larger type than the number. */
    private static boolean besideLargerText(TextFragment number, List<TextFragment> fragments, Set<TextFragment> own) {
        for (TextFragment other : fragments) {
            if (!own.contains(other) && !other.isBlank() && Math.abs(other.y() - number.y()) <= SAME_BASELINE
                    && number.fontSize() <= SMALLER * other.fontSize()) {
                return true;
            }
        }
        return false;
    }

    private static int value(TextFragment number) {
        return Integer.parseInt(number.text().strip());
    }
}
