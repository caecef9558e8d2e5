package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in a page's lines, as the reading left them, that text standing in columns was read across them rather than
 * down each: lines holding running text on both sides of one empty upright strip (a gutter the reading did not split
 * on) within a band no line crosses, or lines that step sideways and down, again and again, between two text columns
 * that do not overlap (columns whose baselines do not line up, taken by height across the page). A table's rows are
 * read across on purpose and cell by cell after: the lines of blocks read as table rows are left out.
 */
final class ReadAcross {

    /** Lines run over one strip before a page looks read across (a wide strip of white space in a few lines is chance). */
    static final int MIN_SPLIT_LINES = 6;
    /** Sideways steps down in a row before the lines look interleaved rather than a label beside its text. */
    static final int MIN_ZIGZAG = 5;
    /** Rows where one column opens a heading or list entry while the other runs on, two are no chance. */
    static final int MIN_BESIDE = 2;
    /** Numbered entries standing beside the one before them on a line, two (a grid's two rows, or 1 | 2 | 3). */
    static final int MIN_SIDE_BY_SIDE = 2;
    /** Words each side of the strip must hold on a line: running text, not a label, number or date cell. */
    private static final int MIN_SIDE_WORDS = 3;
    /** White space a gutter leaves, in font sizes of the line (a word gap is a third of one). */
    private static final float MIN_GAP_SIZES = 1.2f;
    /** Baselines further apart than this many font sizes end a band: the lines are no longer one block. */
    private static final float MAX_STEP_SIZES = 3f;
    private static final float STRIP_STEP = 2f;
    /** How far apart (in type sizes) the baselines of a table row's cells may stand: a rounding, a size's ascent. */
    private static final float LEVEL_SHARE = 0.2f;
    /** Fragments smaller than this share of the line's type size are note calls or indices. */
    private static final float SMALL_SHARE = 0.85f;
    /** Lines run from one filled box into the one beside it, two: a grid's cards read as rows across the page. */
    static final int MIN_ACROSS_BOXES = 2;
    private static final Pattern NOTE_PAGE = Pattern.compile("^page (\\d+) ");

    private ReadAcross() {
    }

    /**
     * What a page shows.
     *
     * @param page   1-based page
     * @param strip  the strip the most lines of one band split at (0 when no line splits)
     * @param split  how many lines of that band, not read as table rows, hold running text on both sides of it
     * @param zigzag the most sideways steps down in a row between columns that do not overlap
     * @param beside rows, at the strip the most lines of any kind split at, where one side opens a heading or a list
     *               entry while the other side runs on in mid-sentence
     * @param sideBySide numbered entries each beside the one before it on a line ({@link SideBySideEntries})
     */
    record Page(int page, float strip, int split, int zigzag, int beside, int sideBySide) {

        boolean readAcross() {
            return split >= MIN_SPLIT_LINES || zigzag >= MIN_ZIGZAG || beside >= MIN_BESIDE
                    || sideBySide >= MIN_SIDE_BY_SIDE;
        }

        String note() {
            if (split >= MIN_SPLIT_LINES) {
                return String.format(Locale.ROOT, "page %d read across columns (%d lines run over a gutter at x %.0f)",
                        page, split, strip);
            }
            if (zigzag >= MIN_ZIGZAG) {
                return String.format(Locale.ROOT, "page %d read across columns (%d lines step between columns)", page,
                        zigzag);
            }
            return beside >= MIN_BESIDE
                    ? String.format(Locale.ROOT, "page %d read across columns (%d headings or list entries beside running"
                    + " text)", page, beside)
                    : String.format(Locale.ROOT, "page %d read across columns (%d numbered entries beside the one before"
                    + " them)", page, sideBySide);
        }
    }

    /**
     * The self-check notes of a report's body lines in reading order, a note per page read across; {@code tableRow}
     * tells the lines read as table rows.
     */
    static List<String> notes(List<TextLine> lines, Predicate<TextLine> tableRow) {
        Map<Integer, List<TextLine>> byPage = new LinkedHashMap<>();
        for (TextLine line : lines) {
            if (hasText(line)) {
                byPage.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
            }
        }
        return byPage.entrySet().stream().map(e -> page(e.getKey(), e.getValue(), tableRow)).filter(Page::readAcross)
                .map(Page::note).toList();
    }

    /** The pages as read, with the lines that ran across filled boxes, and the pages that are no body. */
    record BoxPages(List<PageText> pages, Set<Integer> skipped) {
    }

    /**
     * The notes, and a note for each body page not noted yet whose lines ran from one filled box into the one beside
     * it ({@link PageText#acrossBoxes}), in page order. Lines the blocks still read card by card ({@code byCells}, by
     * page and baseline) are no sign.
     */
    static List<String> withBoxNotes(List<String> notes, BoxPages boxes, BiPredicate<Integer, Float> byCells) {
        List<String> all = new ArrayList<>(notes);
        for (PageText page : boxes.pages()) {
            String prefix = "page " + page.number() + " ";
            long across = page.acrossBoxes().stream().filter(y -> !byCells.test(page.number(), y)).count();
            if (across >= MIN_ACROSS_BOXES && !boxes.skipped().contains(page.number())
                    && notes.stream().noneMatch(n -> n.startsWith(prefix))) {
                all.add(String.format(Locale.ROOT, "page %d read across boxes (%d lines run from one filled box into"
                        + " the one beside it)", page.number(), across));
            }
        }
        if (all.size() > notes.size()) {
            all.sort(Comparator.comparingInt(ReadAcross::notePage));
        }
        return all;
    }

    private static int notePage(String note) {
        Matcher m = NOTE_PAGE.matcher(note);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static Page page(PageText page) {
        return page(page.number(), page.lines().stream().filter(ReadAcross::hasText).toList(), l -> false);
    }

    /** A fragment of the line is not blank (a loop, not a stream: asked of every line of a report). */
    private static boolean hasText(TextLine line) {
        for (TextFragment f : line.fragments()) {
            if (!f.isBlank()) {
                return true;
            }
        }
        return false;
    }

    static Page page(int number, List<TextLine> lines, Predicate<TextLine> readAsRow) {
        Predicate<TextLine> tableRow = readAsRow.and(ReadAcross::cellsLevel);
        List<TextLine> running = lines.stream().filter(tableRow.negate()).toList();
        List<Spans> allSpans = lines.stream().map(Spans::of).toList();
        List<Spans> runningSpans = running.size() == lines.size() ? allSpans
                : allSpans.stream().filter(s -> !tableRow.test(s.line())).toList();
        float from = (float) lines.stream().mapToDouble(TextLine::x).min().orElse(0);
        float to = (float) lines.stream().mapToDouble(TextLine::endX).max().orElse(0);
        int best = 0;
        float bestX = 0;
        int bestAll = 0;
        float bestAllX = 0;
        // a page none of whose lines can split at any x (running text in one column) is not tried strip by strip
        boolean splittable = allSpans.stream().anyMatch(Spans::canSplit);
        for (float x = from; splittable && x <= to; x += STRIP_STEP) {
            int band = longestSplitBand(runningSpans, x);
            if (band > best) {
                best = band;
                bestX = x;
            }
            int all = runningSpans == allSpans ? band : longestSplitBand(allSpans, x);
            if (all > bestAll) {
                bestAll = all;
                bestAllX = x;
            }
        }
        int beside = bestAll == 0 ? 0 : RunOnSides.headingsBesideRunningText(lines, bestAllX);
        // a table's rows are read across on purpose, but never hold entries 1 and 2 side by side
        return new Page(number, bestX, best, longestZigzag(running), beside, SideBySideEntries.count(lines));
    }

    /**
     * The words of the line stand on one baseline, as a table row's cells do (top-aligned cells of one type start
     * level); lines of two columns grouped by height across the page may stand a few points apart, and are running
     * text read across however the blocks took them. Fragments of less than the line's type size (a note call, an
     * index) are not looked at.
     */
    static boolean cellsLevel(TextLine line) {
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (TextFragment f : line.fragments()) {
            if (!f.isBlank() && f.fontSize() >= SMALL_SHARE * line.fontSize()) {
                low = Math.min(low, f.y());
                high = Math.max(high, f.y());
            }
        }
        return high - low <= LEVEL_SHARE * line.fontSize();
    }

    /**
     * The lines holding running text on both sides of x within one band of lines that no line crosses at x, the band
     * with the most: lines wholly on one side (a heading or a short last line in one column) go on with the band, a
     * line over x or white space of more than a few lines ends it.
     */
    private static int longestSplitBand(List<Spans> lines, float x) {
        int best = 0;
        int band = 0;
        Spans previous = null;
        for (Spans line : lines) {
            if (line.crosses(x) || previous == null || !previous.nextAbove(line)) {
                band = 0;
            }
            if (line.splitsAt(x)) {
                band++;
            }
            best = Math.max(best, band);
            previous = line;
        }
        return best;
    }

    /** Running text on both sides of x, and white space of a gutter's width around it. */
    static boolean splitsAt(TextLine line, float x) {
        return Spans.of(line).splitsAt(x);
    }

    /** Whether {@link #splitsAt} holds for the line at some x. */
    static boolean canSplit(TextLine line) {
        return Spans.of(line).canSplit();
    }

    /**
     * A line's fragments with text, their edges and words counted once: a page is tried at every strip across it, so
     * the lines are looked at a few hundred times each.
     */
    private record Spans(TextLine line, float[] starts, float[] ends, int[] words, float y, float fontSize) {

        static Spans of(TextLine line) {
            List<TextFragment> text = new ArrayList<>(line.fragments().size());
            for (TextFragment f : line.fragments()) {
                if (!f.isBlank()) {
                    text.add(f);
                }
            }
            float[] starts = new float[text.size()];
            float[] ends = new float[text.size()];
            int[] words = new int[text.size()];
            for (int i = 0; i < text.size(); i++) {
                starts[i] = text.get(i).x();
                ends[i] = text.get(i).endX();
                words[i] = ReadAcross.words(text.get(i).text());
            }
            return new Spans(line, starts, ends, words, line.y(), line.fontSize());
        }

        /**
         * Whether {@link #splitsAt} can hold at some x. Where it holds, the fragments wholly left of x come first in
         * the order of their starts (then ends), so it holds only at a cut of that order with the words each side and
         * the white space it asks for, the same figures computed the same way. A line with a NaN edge is tried.
         */
        boolean canSplit() {
            int n = starts.length;
            int total = 0;
            for (int i = 0; i < n; i++) {
                if (Float.isNaN(starts[i]) || Float.isNaN(ends[i])) {
                    return true;
                }
                total += words[i];
            }
            if (n < 2 || total < 2 * MIN_SIDE_WORDS) {
                return false;
            }
            int[] order = byStart();
            int left = 0;
            float leftEnd = Float.NEGATIVE_INFINITY;
            for (int k = 1; k < n; k++) {
                left += words[order[k - 1]];
                leftEnd = Math.max(leftEnd, ends[order[k - 1]]);
                if (left >= MIN_SIDE_WORDS && total - left >= MIN_SIDE_WORDS
                        && starts[order[k]] - leftEnd >= MIN_GAP_SIZES * fontSize) {
                    return true;
                }
            }
            return false;
        }

        /** The fragments' indices by start, then end (an insertion sort: a line holds a few). */
        private int[] byStart() {
            int[] order = new int[starts.length];
            for (int i = 0; i < order.length; i++) {
                int k = i;
                while (k > 0 && (starts[order[k - 1]] > starts[i]
                        || starts[order[k - 1]] == starts[i] && ends[order[k - 1]] > ends[i])) {
                    order[k] = order[k - 1];
                    k--;
                }
                order[k] = i;
            }
            return order;
        }

        boolean crosses(float x) {
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] < x && ends[i] > x) {
                    return true;
                }
            }
            return false;
        }

        boolean splitsAt(float x) {
            int left = 0;
            int right = 0;
            float leftEnd = Float.NEGATIVE_INFINITY;
            float rightStart = Float.POSITIVE_INFINITY;
            for (int i = 0; i < starts.length; i++) {
                if (ends[i] <= x) {
                    left += words[i];
                    leftEnd = Math.max(leftEnd, ends[i]);
                } else if (starts[i] >= x) {
                    right += words[i];
                    rightStart = Math.min(rightStart, starts[i]);
                } else {
                    return false;
                }
            }
            return left >= MIN_SIDE_WORDS && right >= MIN_SIDE_WORDS && rightStart - leftEnd >= MIN_GAP_SIZES * fontSize;
        }

        /** As {@link ReadAcross#nextBelow} with this line above. */
        boolean nextAbove(Spans below) {
            float step = below.y - y;
            return step > 0 && step <= MAX_STEP_SIZES * Math.max(fontSize, below.fontSize);
        }
    }

    /**
     * The most steps in a row from a line to the next one a little lower on the other side of the page, the two
     * not overlapping across: the lines of two columns taken by height in turn.
     */
    private static int longestZigzag(List<TextLine> lines) {
        int best = 0;
        int run = 0;
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            boolean apart = b.x() > a.endX() + a.fontSize() || a.x() > b.endX() + a.fontSize();
            boolean sideways = apart && nextBelow(a, b) && words(a.text()) >= MIN_SIDE_WORDS
                    && words(b.text()) >= MIN_SIDE_WORDS;
            run = sideways ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    static boolean nextBelow(TextLine above, TextLine below) {
        float step = below.y() - above.y();
        return step > 0 && step <= MAX_STEP_SIZES * Math.max(above.fontSize(), below.fontSize());
    }

    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter || inWord && !Character.isWhitespace(text.charAt(i));
        }
        return n;
    }
}
