package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Groups a page's fragments into lines in reading order, column by column on pages of two or more columns. */
final class LineAssembler {

    /** A note's call: a number, a star or dagger, or a small roman numeral (a word processor's endnote numbers). */
    private static final Pattern NOTE_MARK = Pattern.compile("[0-9*\u2020\u2021]{1,3}|[ivx]{1,5}");
    /** A note call is set smaller than its line: 8 pt on 10 pt (ReportLab, LaTeX) or less. */
    private static final float NOTE_SIZE_SHARE = 0.85f;

    private LineAssembler() {
    }

    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments) {
        return assemble(page, pageWidth, fragments, List.of());
    }

    /** As {@link #assemble(int, float, List)}; a table opened by a header row over its rule is read row by row. */
    static List<TextLine> assemble(int page, float pageWidth, List<TextFragment> fragments, List<RuledLines.Rule> rules) {
        MarginNotes.Split split = MarginNotes.split(fragments, pageWidth);
        List<TextLine> lines = assembleText(page, pageWidth, split.body(), rules);
        List<TextLine> withLeft = split.leftNotes().isEmpty() ? lines
                : SideNoteItems.placed(page, lines, split.body(), split.leftNotes());
        return split.rightNotes().isEmpty() ? withLeft
                : SideNoteItems.placed(page, withLeft, split.body(), split.rightNotes());
    }

    private static List<TextLine> assembleText(int page, float pageWidth, List<TextFragment> text,
                                               List<RuledLines.Rule> rules) {
        List<TextLine> rows = MarginHeadings.split(page, pageWidth, lines(page, text));
        if (RuledHeaderRow.opensTable(rows, rules)) {
            return rows;
        }
        List<TextFragment> contents = ContentsSidebar.column(rows);
        if (!contents.isEmpty()) {
            Set<TextFragment> inColumn = new HashSet<>(contents);
            return ContentsSidebar.inPlace(lines(page, contents),
                    assemble(page, pageWidth, text.stream().filter(f -> !inColumn.contains(f)).toList(), rules));
        }
        ColumnGutter.Strip strip = ColumnGutter.strip(rows, pageWidth);
        Float languages = strip.languageColumns();
        if (languages != null) {
            return byColumns(page, TranslationColumn.withoutTranslation(page, rows, languages), List.of(languages));
        }
        Float gutter = strip.columns();
        if (gutter != null) {
            return byColumns(page, rows, ColumnGutters.around(gutter, rows, pageWidth));
        }
        List<TextLine> tiles = TileColumns.read(page, pageWidth, rows);
        if (tiles != null) {
            return tiles;
        }
        List<Float> gutters = ColumnGutters.find(rows, pageWidth);
        if (!gutters.isEmpty()) {
            return byColumns(page, rows, gutters);
        }
        Float parallel = strip.parallelColumns();
        return parallel == null ? rows : byColumns(page, rows, List.of(parallel));
    }

    /** Runs of rows between full-width lines, each read column by column; full-width lines stay in place. */
    private static List<TextLine> byColumns(int page, List<TextLine> rows, List<Float> middles) {
        List<Float> gutters = ColumnGutters.atFarColumns(rows, middles);
        List<TextLine> result = new ArrayList<>();
        List<TextLine> run = new ArrayList<>();
        TextLine previous = null;
        TextLine fullWidth = null;
        boolean[] bandHeadings = BandHeadings.find(rows, gutters);
        boolean crossed = rows.stream().anyMatch(row -> ColumnGutters.crossesAny(row, gutters));
        for (int r = 0; r < rows.size(); r++) {
            TextLine row = rows.get(r);
            boolean crosses = ColumnGutters.crossesAny(row, gutters) || bandHeadings[r]
                    || gutters.size() > 1 && fullWidth != null && wrapsFullWidthLine(fullWidth, row, gutters);
            // white space across all columns ends a run of column text as a full-width line does, save by chance
            boolean gapBefore = previous != null && row.y() - previous.y() > 2.5f * previous.fontSize()
                    && !(firstColumnGoesOn(rows.subList(r, rows.size()), gutters)
                            && otherColumnsAreShorter(run, rows.subList(r, rows.size()), gutters))
                    && (crossed || !everyColumnGoesOn(rows.subList(r, rows.size()), gutters));
            if (crosses || gapBefore) {
                flush(page, gutters, run, result);
            }
            if (crosses) {
                result.add(row);
            } else {
                run.add(row);
            }
            fullWidth = crosses ? row : null;
            previous = row;
        }
        flush(page, gutters, run, result);
        return result;
    }

    /**
     * Every column holds text from here down. On a page whose columns no line crosses, white space at one height
     * in all of them is chance (two columns top to bottom), unless the text below it stands in fewer columns.
     */
    private static boolean everyColumnGoesOn(List<TextLine> below, List<Float> gutters) {
        Set<Integer> used = new HashSet<>();
        below.forEach(row -> row.fragments().stream().filter(f -> !f.isBlank())
                .forEach(f -> used.add(ColumnGutters.column(f, gutters))));
        return used.size() > gutters.size();
    }

    /**
     * Only the first column holds text from here down, to the foot of the page: the other columns ended higher up (a
     * list going over into the top of the next column) and the first column goes on below the white space; its text
     * is read before theirs.
     */
    private static boolean firstColumnGoesOn(List<TextLine> below, List<Float> gutters) {
        return below.stream().allMatch(row -> row.fragments().stream()
                .allMatch(f -> f.isBlank() || ColumnGutters.column(f, gutters) == 0));
    }

    /**
     * The first column goes on, from where the other columns' text ended to the foot of the page, for more lines than
     * the other columns hold in the run: a list gone over into the top of the next column is short beside the column
     * it comes from; a band of columns that end together over a short block below them (a heading and its paragraph)
     * is not.
     */
    private static boolean otherColumnsAreShorter(List<TextLine> run, List<TextLine> below, List<Float> gutters) {
        List<TextLine> others = run.stream().filter(row -> row.fragments().stream()
                .anyMatch(f -> !f.isBlank() && ColumnGutters.column(f, gutters) > 0)).toList();
        if (others.isEmpty()) {
            return false;
        }
        float othersEnd = others.get(others.size() - 1).y();
        long goingOn = run.stream().filter(row -> row.y() > othersEnd).count()
                + below.stream().filter(row -> row.fragments().stream().anyMatch(f -> !f.isBlank())).count();
        return goingOn > others.size();
    }

    /**
     * The last line of a block across the columns (a wrapped pull quote or heading, centred) may fit in one
     * column: in the same size and weight, one line below the full-width line and in one column, it stays
     * with that block.
     */
    private static boolean wrapsFullWidthLine(TextLine fullWidth, TextLine row, List<Float> gutters) {
        float drop = row.y() - fullWidth.y();
        boolean oneColumn = row.fragments().stream().map(f -> ColumnGutters.column(f, gutters)).distinct().count() == 1;
        return oneColumn && drop > 0 && drop <= 1.5f * fullWidth.fontSize()
                && Math.abs(row.fontSize() - fullWidth.fontSize()) < 0.5f && row.bold() == fullWidth.bold();
    }

    /** A run of rows split by the gutters: the left column first, then the next one to the right. */
    private static void flush(int page, List<Float> gutters, List<TextLine> run, List<TextLine> result) {
        List<List<TextFragment>> columns = new ArrayList<>();
        for (int c = 0; c <= gutters.size(); c++) {
            columns.add(new ArrayList<>());
        }
        for (TextLine row : run) {
            for (TextFragment f : row.fragments()) {
                columns.get(ColumnGutters.column(f, gutters)).add(f);
            }
        }
        for (List<TextFragment> column : columns) {
            result.addAll(lines(page, column));
        }
        run.clear();
    }

    /** Single-column grouping: fragments whose baselines are close form one line. */
    static List<TextLine> lines(int page, List<TextFragment> fragments) {
        List<TextFragment> sorted = new ArrayList<>(DropCapFragments.placed(fragments));
        sorted.sort(Comparator.comparingDouble(TextFragment::y).thenComparingDouble(TextFragment::x));
        List<List<TextFragment>> groups = new ArrayList<>();
        List<TextFragment> current = new ArrayList<>();
        float currentY = 0;
        float currentSize = 0;
        for (TextFragment fragment : sorted) {
            float tolerance = 0.45f * Math.max(currentSize, fragment.fontSize());
            if (!current.isEmpty() && Math.abs(fragment.y() - currentY) > tolerance) {
                groups.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty() || fragment.fontSize() > currentSize) {
                currentY = fragment.y();
                currentSize = fragment.fontSize();
            }
            current.add(fragment);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<TextFragment> group : withRaisedCalls(groups)) {
            group.sort(Comparator.comparingDouble(TextFragment::x));
            for (List<TextFragment> part : SizeApart.parts(group)) {
                List<TextFragment> kept = withoutNoteMarks(part);
                lines.add(new TextLine(page, join(kept), kept));
            }
        }
        return lines;
    }

    /**
     * A note call raised by more than the grouping tolerance (a text rise of half the line's size) sorts above its
     * line as a line of its own: small note marks alone, just above a larger line and right after one of its words,
     * go back into that line.
     */
    private static List<List<TextFragment>> withRaisedCalls(List<List<TextFragment>> groups) {
        List<List<TextFragment>> result = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<TextFragment> group = groups.get(i);
            if (i + 1 < groups.size() && callsIn(group, groups.get(i + 1))) {
                groups.get(i + 1).addAll(group);
            } else {
                result.add(group);
            }
        }
        return result;
    }

    private static boolean callsIn(List<TextFragment> marks, List<TextFragment> line) {
        TextFragment base = line.stream().max(Comparator.comparingDouble(TextFragment::fontSize)).orElseThrow();
        float size = base.fontSize();
        for (TextFragment mark : marks) {
            float rise = base.y() - mark.y();
            boolean afterWord = line.stream().anyMatch(f -> f.x() < mark.x()
                    && Math.abs(mark.x() - f.endX()) < 0.5f * size);
            if (!NOTE_MARK.matcher(mark.text().strip()).matches() || mark.fontSize() >= NOTE_SIZE_SHARE * size
                    || rise <= 0.2f * size || rise > 0.8f * size || !afterWord) {
                return false;
            }
        }
        return true;
    }

    /** Raised small digits after a word ("recorded.3") mark footnotes, not text. */
    private static List<TextFragment> withoutNoteMarks(List<TextFragment> group) {
        float size = 0;
        float baseline = 0;
        for (TextFragment f : group) {
            if (f.fontSize() > size) {
                size = f.fontSize();
                baseline = f.y();
            }
        }
        List<TextFragment> kept = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            TextFragment f = group.get(i);
            boolean mark = i > 0 && f.fontSize() < NOTE_SIZE_SHARE * size && f.y() < baseline - 0.2f * size
                    && NOTE_MARK.matcher(f.text().strip()).matches();
            if (!mark) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static String join(List<TextFragment> fragments) {
        StringBuilder text = new StringBuilder();
        TextFragment previous = null;
        for (TextFragment fragment : fragments) {
            if (previous != null) {
                float gap = fragment.x() - previous.endX();
                if (gap > 0.12f * previous.fontSize() && !previous.text().endsWith(" ")
                        && !fragment.text().startsWith(" ")) {
                    text.append(' ');
                }
            }
            text.append(fragment.text());
            previous = fragment;
        }
        return collapseSpaces(text).strip();
    }

    /** {@code replaceAll("\\s+", " ")} without a regex: it runs on every line of every page. */
    static String collapseSpaces(CharSequence text) {
        if (isCollapsed(text)) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }

    /** No white space but single spaces: most lines, already collapsed when a block's text is joined. */
    private static boolean isCollapsed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i > 0 && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
