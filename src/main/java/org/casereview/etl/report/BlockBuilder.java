package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.guard.PassSteps;

/**
 * Groups a section's lines into blocks: paragraphs, list entries, table runs and sub-headings.
 * A paragraph cut by a page break is joined again when it had not ended and the next page
 * goes on at the same indent.
 */
final class BlockBuilder {

    private static final float SAME_CELL = 2f;
    private static final int MAX_TERM_WORDS = 6;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['\"\u2019\u201d)]?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A bare list number opening a line: "2 Health visitors ..." (no stop or bracket after it); group 1 the number. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,2}) +(?=\\p{Lu})");

    /** Lines this far apart in size and in left edge are no lines of one paragraph (a call-out's, then the body's). */
    private static final float SIZE_APART = 1.5f;
    private static final float COLUMN_APART = 20f;

    private final BodyStyle body;
    private final float pitch;
    private final ItemLabels labels;

    BlockBuilder(BodyStyle body, float pitch, ItemLabels labels) {
        this.body = body;
        this.pitch = pitch;
        this.labels = labels;
    }

    /**
     * @param lines    the section's lines after its heading
     * @param headings sub-headings: first line index (into {@code lines}) to line count
     */
    List<Block> build(List<TextLine> lines, Map<Integer, Integer> headings) {
        List<Block> blocks = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        boolean table = false;
        TextLine tableRow = null;
        int i = 0;
        PassSteps steps = new PassSteps("grouping a section's lines into blocks", lines.size() + headings.size());
        while (i < lines.size()) {
            steps.step();
            Integer headingLines = headings.get(i);
            if (headingLines != null) {
                flush(blocks, current, table);
                table = false; // the table ended with its block: the next line opens a block of its own
                tableRow = null;
                if (headingLines > 0) {
                    blocks.add(new Block(lines.subList(i, Math.min(lines.size(), i + headingLines)), true, false));
                    i += headingLines;
                    continue;
                }
                // a sub-heading of no lines of its own (a tagged heading drawn as a picture): it only
                // breaks the block; its line is read as a body line below, so the pass goes on
            }
            TextLine line = lines.get(i);
            if (table && !current.isEmpty() && repeatsHeader(current, line)) {
                i++;
                continue;
            }
            boolean startsTable = startsTable(lines, i);
            if (!table && startsTable && !current.isEmpty() && wrapsHeaderCell(current.get(current.size() - 1), line)) {
                // a header cell wrapped over two lines: its first line stands above the header row, in the table
                TextLine above = current.remove(current.size() - 1);
                flush(blocks, current, false);
                current.add(above);
                table = true;
            } else if (!current.isEmpty() && (!table && startsTable || startsBlock(current, line, table))) {
                tableRow = table ? current.stream().filter(TextLine::hasCellGap).findFirst().orElse(null) : null;
                flush(blocks, current, table);
            }
            if (current.isEmpty()) {
                table = startsTable || nextRow(tableRow, line);
            }
            current.add(line);
            i++;
        }
        flush(blocks, current, table);
        return blocks;
    }

    /**
     * A line with cells right after a table's block, its cells where that block's first line has its own: the table's
     * next row. Rows of tall cells (five lines and more each) stand further apart than {@link #startsTable} looks.
     */
    private static boolean nextRow(TextLine tableRow, TextLine line) {
        return tableRow != null && line.hasCellGap() && TableRows.shareInnerColumn(line, tableRow);
    }

    private static void flush(List<Block> blocks, List<TextLine> current, boolean table) {
        if (!current.isEmpty()) {
            blocks.add(new Block(current, false, table));
            current.clear();
        }
    }

    /**
     * A line with cells starts a table when it is bold (a header row) or when one of the lines
     * near it (the last row: one before it) has cells starting at the same place: one wide gap
     * alone may be loose justification.
     */
    private static boolean startsTable(List<TextLine> lines, int i) {
        TextLine line = lines.get(i);
        if (!line.hasCellGap()) {
            return false;
        }
        if (line.bold()) {
            return true;
        }
        for (int j = Math.max(0, i - 4); j < Math.min(lines.size(), i + 5); j++) {
            TextLine other = lines.get(j);
            if (j != i && other.page() == line.page() && other.hasCellGap() && TableRows.shareInnerColumn(line, other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line just above a table's first line is the first line of one of its header cells: a few words in the
     * same size and weight, not a sentence, starting where a cell after the first of the table's line starts.
     */
    private boolean wrapsHeaderCell(TextLine above, TextLine line) {
        float drop = line.y() - above.y();
        List<Float> starts = TableRows.cellStarts(line);
        boolean atInnerCell = starts.subList(1, starts.size()).stream().anyMatch(x -> Math.abs(x - above.x()) < SAME_CELL);
        return above.page() == line.page() && drop > 0 && drop <= 1.3f * pitch * sizeFactor(line) && atInnerCell
                && !above.hasCellGap() && above.bold() == line.bold()
                && Math.abs(above.fontSize() - line.fontSize()) < 0.5f
                && SPACES.split(above.text().strip()).length <= MAX_TERM_WORDS
                && !SENTENCE_END.matcher(above.text().strip()).find();
    }

    private boolean startsBlock(List<TextLine> block, TextLine line, boolean table) {
        TextLine previous = block.get(block.size() - 1);
        String text = line.text();
        if (table) {
            return !continuesTable(block, previous, line);
        }
        if (line.card() != previous.card() && endsSentence(previous.text())) {
            return true; // a card of a grid holds its own paragraphs
        }
        if (ListMarkers.startsList(text) && !InlineClauses.continues(block.stream().map(TextLine::text).toList(), text)
                || ListMarkers.startsParagraphNumber(text) || labels.label(text).isPresent()
                || nextBareNumber(block.get(0), line)) {
            return true;
        }
        boolean previousBold = previous.bold(); // each worked out once here (a pass over the line's fragments)
        boolean lineBold = line.bold();
        if (!previousBold && lineBold || startsWithBoldTerm(previousBold, previous, line)) {
            return true;
        }
        if (previousBold && !lineBold && block.size() == 1 && !text.isBlank()
                && labels.bareLabel(previous.text()).isPresent()) {
            return true; // a call-out's bare label ('Practice point') over its text: the text is the next block
        }
        if (line.page() == previous.page() && !text.isBlank()
                && Math.abs(line.fontSize() - previous.fontSize()) >= SIZE_APART
                && Math.abs(line.x() - previous.x()) > COLUMN_APART) {
            return true; // a margin call-out's last line, in its own size and place, then the body's next paragraph
        }
        if (line.page() != previous.page()) {
            return !continuesAfterBreak(previous, line, true);
        }
        float gap = line.y() - previous.y();
        if (gap < 0) {
            return !continuesAfterBreak(previous, line, false);
        }
        if (gap > 1.22f * pitch * sizeFactor(line)) {
            return true;
        }
        boolean listEntry = ListMarkers.startsList(block.get(0).text());
        return listEntry && line.x() < previous.x() - 4;
    }

    /**
     * "2 Health visitors ..." straight under a block that opened "1 The partnership ...": the next entry of a list
     * numbered without stops, set at the text's own line spacing. A wrapped line that starts with a number goes on a
     * sentence ("In all" / "2 agencies did not ..."): it follows no line opening with the number before it.
     */
    private static boolean nextBareNumber(TextLine first, TextLine line) {
        Matcher before = BARE_NUMBER.matcher(first.text());
        Matcher next = BARE_NUMBER.matcher(line.text());
        return before.find() && next.find() && Integer.parseInt(next.group(1)) == Integer.parseInt(before.group(1)) + 1;
    }

    /**
     * A description list's entry: a line opening with a short bold run followed by regular text, at or left of
     * the previous line's start, after a line of regular text that ended a sentence. A bold word that a
     * wrapped sentence brings to the start of a line follows no sentence end and starts no block.
     */
    static boolean startsWithBoldTerm(TextLine previous, TextLine line) {
        return startsWithBoldTerm(previous.bold(), previous, line);
    }

    private static boolean startsWithBoldTerm(boolean previousBold, TextLine previous, TextLine line) {
        if (previousBold || line.x() > previous.x() + 2 || !endsSentence(previous.text())) {
            return false;
        }
        return !boldTerm(line).isEmpty();
    }

    /** The line's opening bold run of a few words, when regular text follows it on the line; else "". */
    static String boldTerm(TextLine line) {
        List<TextFragment> fragments = line.fragments();
        int i = 0;
        StringBuilder term = new StringBuilder();
        while (i < fragments.size() && (fragments.get(i).bold() || fragments.get(i).isBlank())) {
            term.append(fragments.get(i).text()).append(' ');
            i++;
        }
        String text = term.toString().strip();
        boolean regularFollows = fragments.subList(i, fragments.size()).stream().anyMatch(f -> !f.isBlank());
        boolean fewWords = !text.isEmpty() && SPACES.split(text).length <= MAX_TERM_WORDS;
        return regularFollows && fewWords && LETTER.matcher(text).find() ? text : "";
    }

    private static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    /** A table cut by a page break repeats its header row at the top of the next page. */
    private static boolean repeatsHeader(List<TextLine> block, TextLine line) {
        TextLine previous = block.get(block.size() - 1);
        // a header row of two lines (a wrapped header cell above the rest) repeats both
        return line.page() == previous.page() + 1 && block.size() > 1 && block.subList(0, Math.min(2, block.size() - 1))
                .stream().anyMatch(header -> header.text().equals(line.text()));
    }

    private boolean continuesTable(List<TextLine> block, TextLine previous, TextLine line) {
        float gap = line.y() - previous.y();
        boolean samePage = line.page() == previous.page() && gap >= 0;
        if (samePage && line.hasCellGap() && gap <= 2.5f * pitch) {
            return true;
        }
        List<Float> columns = TableRows.columns(block);
        // cells parted by a gutter narrower than a cell gap (an unruled table's padding) stand at the table's columns
        boolean cells = line.hasCellGap() || TableRows.inColumnsApart(line, columns);
        if (line.page() == previous.page() + 1) {
            // on the next page a row goes on in its cells: a line with cells, or one inside a later column
            return cells && TableRows.fitsColumns(line, columns)
                    || columns.size() > 1 && line.x() > columns.get(1) - 3 * SAME_CELL && TableRows.fitsColumns(line, columns);
        }
        if (!samePage) {
            return false;
        }
        if (cells) {
            // a printed grid's rows may be taller than any gap: a line ruled into the block's columns goes on with it
            return gap <= 2.5f * pitch || ruledCells(line) >= 2 && TableRows.fitsColumns(line, columns);
        }
        // a grid's cells padded inside drawn edges start where the header's centred cells do not; a list inside a
        // cell runs on below the row's other cells
        return gap <= 1.6f * pitch && TableRows.fitsColumns(line, columns)
                || gap <= 2.5f * pitch && TableRows.inRuledCells(line, columns)
                || RuledCellLines.goesOnInCell(block, line, columns, 1.6f * pitch);
    }

    private static long ruledCells(TextLine line) {
        return line.fragments().stream().filter(TextFragment::afterRule).count();
    }

    /** A paragraph goes on over a page or column break when it had not ended and the style stays. */
    private static boolean continuesAfterBreak(TextLine previous, TextLine line, boolean sameIndent) {
        String end = previous.text().strip();
        if (SENTENCE_END.matcher(end).find()) {
            return false;
        }
        boolean indentOk = !sameIndent || Math.abs(line.x() - previous.x()) < 4;
        boolean sameStyle = Math.abs(line.fontSize() - previous.fontSize()) < 0.6f && line.bold() == previous.bold();
        return indentOk && sameStyle;
    }

    private float sizeFactor(TextLine line) {
        return Math.max(1f, line.fontSize() / body.fontSize());
    }

    /** Usual distance between consecutive body lines of a page: the line pitch. */
    static float pitch(List<TextLine> lines, BodyStyle body) {
        List<Float> deltas = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            float delta = b.y() - a.y();
            if (a.page() == b.page() && Math.abs(a.fontSize() - body.fontSize()) < 0.6f
                    && delta > 0.9f * body.fontSize() && delta < 2.2f * body.fontSize()) {
                deltas.add(delta);
            }
        }
        if (deltas.isEmpty()) {
            return body.fontSize() * 1.2f;
        }
        float[] sorted = new float[deltas.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = deltas.get(i);
        }
        Arrays.sort(sorted);
        // the lower quartile: paragraph gaps are many in short texts and must not pull it up
        return sorted[sorted.length / 4];
    }
}
