package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a run of table lines as rows of cells, and picks the text of the item column: the
 * column headed like the items ("Recommendation") or else the one holding most text. Agency,
 * timescale and number columns are left out.
 */
final class TableRows {

    /** How far apart two starts may be and still open the same column. */
    static final float SAME_COLUMN = 6f;
    /** A cell of a table without rules starts where its column's other cells start, to a point or two. */
    private static final float SAME_PLACE = 2f;
    /** Cell padding narrower than a type size still leaves more than half of one between the cells' text. */
    private static final float NARROW_PADDING = 0.5f;
    /** Rows of a table without rules between them stand a little further apart than the lines in a cell. */
    private static final float ROW_SPACING = 1.1f;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]['\"\u2019\u201d)]?$");
    private static final Pattern FULL_STOP = Pattern.compile("[.!?]['\"\u2019\u201d)]?$");
    /** Fewer words ending with a stop may be a header cell ("Lead agency (if any)."): a sentence says more. */
    private static final int MIN_SENTENCE_WORDS = 5;
    private static final Pattern HEADER_WORDS = Pattern.compile(
            "(?i)^(" + Vocabulary.layout("table_header_words") + ")$");
    /** "Learning theme" heads a column that groups the items, not the items themselves. */
    private static final Pattern GROUP_HEADER = Pattern.compile(
            "(?i).*\\b(" + Vocabulary.layout("table_group_header_words") + ")$");
    private static final Pattern ITEM_HEADER = Pattern.compile(
            "(?i).*(" + Vocabulary.layout("table_item_header_words") + ").*");

    private TableRows() {
    }

    /** True when a header cell names a column that groups the items ("Learning theme"), not the items. */
    static boolean namesGroup(String headerCell) {
        return GROUP_HEADER.matcher(headerCell.strip()).matches();
    }

    /** x positions where the cells of a line begin. */
    static List<Float> cellStarts(TextLine line) {
        List<Float> starts = new ArrayList<>();
        List<TextFragment> fragments = line.fragments();
        starts.add(fragments.get(0).x());
        for (int i = 1; i < fragments.size(); i++) {
            if (fragments.get(i).x() - fragments.get(i - 1).endX() > line.fontSize() || fragments.get(i).afterRule()) {
                starts.add(fragments.get(i).x());
            }
        }
        return starts;
    }

    /**
     * True when the line's text stands in two of the table's columns or more, each part starting at a column after a
     * gap wider than a word space though narrower than {@link #cellStarts}'s: cells an unruled table's narrow padding
     * parts. A part starting anywhere else makes it a line of running text.
     */
    static boolean inColumnsApart(TextLine line, List<Float> columns) {
        if (columns.size() < 2) {
            return false;
        }
        List<TextFragment> fragments = line.fragments();
        int cells = 1;
        for (int i = 1; i < fragments.size(); i++) {
            TextFragment f = fragments.get(i);
            float gap = f.x() - fragments.get(i - 1).endX();
            if (!f.isBlank() && gap > NARROW_PADDING * line.fontSize()) {
                if (columns.subList(1, columns.size()).stream().noneMatch(c -> Math.abs(c - f.x()) < SAME_PLACE)) {
                    return false;
                }
                cells++;
            }
        }
        return cells >= 2 && Math.abs(fragments.get(0).x() - columns.get(0)) < SAME_COLUMN;
    }

    /** True when a cell after the first starts at the same place in both lines. */
    static boolean shareInnerColumn(TextLine a, TextLine b) {
        List<Float> first = cellStarts(a);
        List<Float> second = cellStarts(b);
        for (float x : first.subList(1, first.size())) {
            for (float y : second.subList(1, second.size())) {
                if (Math.abs(x - y) < SAME_COLUMN) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when every cell of the line starts at one of the columns. */
    static boolean fitsColumns(TextLine line, List<Float> columns) {
        for (float start : cellStarts(line)) {
            if (columns.stream().noneMatch(c -> Math.abs(c - start) < SAME_COLUMN)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the line's cells stand in a drawn grid: one at least starts just after a drawn upright edge, and
     * each of the others does too or starts at one of the columns.
     */
    static boolean inRuledCells(TextLine line, List<Float> columns) {
        List<TextFragment> fragments = line.fragments();
        boolean ruled = false;
        for (int i = 0; i < fragments.size(); i++) {
            TextFragment f = fragments.get(i);
            boolean startsCell = i == 0 || f.x() - fragments.get(i - 1).endX() > line.fontSize() || f.afterRule();
            if (!startsCell) {
                continue;
            }
            ruled |= f.afterRule();
            if (!f.afterRule() && columns.stream().noneMatch(c -> Math.abs(c - f.x()) < SAME_COLUMN)) {
                return false;
            }
        }
        return ruled;
    }

    /**
     * The x positions where the table's columns start, in the order its lines show them; the start of a one-cell line
     * that hangs inside a column already found, after a list entry's marker (a list inside a cell), is none.
     */
    static List<Float> columns(List<TextLine> lines) {
        List<Float> columns = new ArrayList<>();
        List<Float> listOpenings = RuledCellLines.listOpenings(lines);
        for (TextLine line : lines) {
            List<Float> starts = cellStarts(line);
            for (float start : starts) {
                if (columns.stream().noneMatch(c -> Math.abs(c - start) < SAME_COLUMN)
                        && (starts.size() > 1 || !RuledCellLines.hangsInColumn(line, start, columns, listOpenings))) {
                    columns.add(start);
                }
            }
        }
        columns.sort(Float::compare);
        return RightAlignedCells.merged(lines, StretchedWordSpaces.dropped(lines, columns));
    }

    /**
     * The item text of each body row, with the page where the row starts.
     *
     * @return one entry per row: text and page
     */
    static List<Item> itemTexts(List<TextLine> lines) {
        List<Float> columns = columns(lines);
        List<List<TextLine>> rows = rows(lines, columns);
        if (rows.isEmpty() || columns.size() < 2) {
            return List.of();
        }
        int column = -1;
        List<TextLine> first = rows.get(0);
        boolean header = isHeader(rows, columns);
        if (header && rows.size() > 1) {
            columns = bodyColumns(rows.subList(1, rows.size()), columns);
        }
        if (header) {
            for (int c = 0; c < columns.size(); c++) {
                String cell = cell(first, columns, c);
                if (ITEM_HEADER.matcher(cell).matches() && !GROUP_HEADER.matcher(cell).matches()) {
                    column = c;
                    break;
                }
            }
        }
        if (column < 0) {
            column = widestColumn(header ? rows.subList(1, rows.size()) : rows, columns);
        }
        List<Item> items = new ArrayList<>();
        for (List<TextLine> row : header ? rows.subList(1, rows.size()) : rows) {
            for (String text : NumberedCellPoints.points(row, columns, column)) {
                if (!text.isBlank() && !HEADER_WORDS.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
                    items.add(new Item(text, row.get(0).page()));
                }
            }
        }
        return items;
    }

    record Item(String text, int page) {
    }

    /**
     * The table's text as a reader reads it: row by row from the top, each row's cells from the left, a cell's lines
     * top to bottom. Read line by line across the page, the sentences of cells side by side interleave. The lines
     * joined as they stand when they make fewer than two columns, or fewer than two rows that are not all bold (a
     * header): where nothing parts the rows (a glossary of one-line rows evenly spaced, no rules) every line is read
     * as one row's, and reading that row cell by cell would part each term from its meaning.
     */
    static String readByCells(List<TextLine> lines) {
        List<Float> columns = columns(lines);
        List<List<TextLine>> rows = cellRows(lines, columns);
        if (rows.isEmpty()) {
            return TextRepair.join(lines.stream().map(TextLine::text).toList());
        }
        List<String> cells = new ArrayList<>();
        for (List<TextLine> row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                String cell = cell(row, columns, c);
                if (!cell.isBlank()) {
                    cells.add(cell);
                }
            }
        }
        return String.join(" ", cells);
    }

    /** Whether {@link #readByCells} reads the lines cell by cell, not as they stand. */
    static boolean readsByCells(List<TextLine> lines) {
        return !cellRows(lines, columns(lines)).isEmpty();
    }

    /** The rows {@link #readByCells} reads cell by cell; none when it joins the lines as they stand. */
    private static List<List<TextLine>> cellRows(List<TextLine> lines, List<Float> columns) {
        List<List<TextLine>> rows = columns.size() < 2 ? List.of() : rows(lines, columns);
        if (bodyRows(rows) < 2) {
            rows = partedAtEndedCells(rows, columns);
        }
        return bodyRows(rows) < 2 ? List.of() : rows;
    }

    private static long bodyRows(List<List<TextLine>> rows) {
        return rows.stream().filter(row -> row.stream().anyMatch(line -> !line.bold())).count();
    }

    /**
     * Rows that nothing parts (no rule, no wider spacing: a template that sets rows as evenly as a cell's lines) parted
     * where a line's cells each open with a capital under cells that each ended a sentence: where a reader sees a new
     * row begin. A one-line glossary's terms end no sentence, so it stays one row and is read line by line.
     */
    private static List<List<TextLine>> partedAtEndedCells(List<List<TextLine>> rows, List<Float> columns) {
        List<List<TextLine>> parted = new ArrayList<>();
        for (List<TextLine> row : rows) {
            List<TextLine> part = new ArrayList<>();
            for (TextLine line : row) {
                if (!part.isEmpty() && line.page() == part.get(part.size() - 1).page()
                        && opensAfterEndedCells(part, line, columns)) {
                    parted.add(part);
                    part = new ArrayList<>();
                }
                part.add(line);
            }
            parted.add(part);
        }
        return parted;
    }

    /**
     * The cells of the table's header row, one per body column; empty when its first row is no header. A header
     * cell set with less padding than the body's cells starts in the gutter left of its column, right of all the
     * text of the column before: it heads the column after the gutter.
     */
    static List<String> headerCells(List<TextLine> lines) {
        Headed table = Headed.of(lines);
        if (table == null) {
            return List.of();
        }
        List<List<TextLine>> bodyRows = table.bodyRows();
        List<Float> body = table.body();
        float[] ends = new float[body.size()];
        for (List<TextLine> row : bodyRows) {
            for (TextLine line : row) {
                for (TextFragment f : line.fragments()) {
                    int column = columnOf(f.x(), body);
                    ends[column] = Math.max(ends[column], f.endX());
                }
            }
        }
        List<List<String>> parts = new ArrayList<>();
        body.forEach(c -> parts.add(new ArrayList<>()));
        for (TextLine line : table.header()) {
            for (TextFragment f : line.fragments()) {
                int column = columnOf(f.x(), body);
                if (column + 1 < body.size() && ends[column] > 0 && f.x() > ends[column] + SAME_COLUMN) {
                    column++;
                }
                if (!f.text().isBlank()) {
                    parts.get(column).add(f.text().strip());
                }
            }
        }
        return parts.stream().map(TextRepair::join).toList();
    }

    /** The text of one column (of the body's columns) in each body row under the header row, with its page. */
    static List<Item> columnTexts(List<TextLine> lines, int column) {
        Headed table = Headed.of(lines);
        if (table == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (List<TextLine> row : table.bodyRows()) {
            String text = cell(row, table.body(), column);
            if (!text.isBlank()) {
                items.add(new Item(text, row.get(0).page()));
            }
        }
        return items;
    }

    /** A table whose first row is a header: that row, the rows under it and the columns their cells start at. */
    private record Headed(List<TextLine> header, List<List<TextLine>> bodyRows, List<Float> body) {

        /** Null when the lines make fewer than two rows or columns, or the first row is no header. */
        static Headed of(List<TextLine> lines) {
            List<Float> columns = columns(lines);
            List<List<TextLine>> rows = rows(lines, columns);
            if (rows.size() < 2 || columns.size() < 2 || !isHeader(rows, columns)) {
                return null;
            }
            List<List<TextLine>> bodyRows = rows.subList(1, rows.size());
            return new Headed(rows.get(0), bodyRows, bodyColumns(bodyRows, columns));
        }
    }

    /**
     * The columns where the body rows' cells start: a header cell centred over its column starts where no body cell
     * does, and is read as part of the body column it stands over. The given columns when the body has fewer than two.
     */
    private static List<Float> bodyColumns(List<List<TextLine>> body, List<Float> columns) {
        List<Float> own = columns(body.stream().flatMap(List::stream).toList());
        return own.size() >= 2 ? own : columns;
    }

    /**
     * Rows start where a short first-column cell (a number) begins, or else after a vertical gap
     * wider than the line spacing inside cells, after a line with a row border drawn under it, or
     * after the header row (a first line of cells set all in bold, before regular ones). In a grid whose
     * number cells are centred in their rows, a row's first lines come before its number: there a row
     * opened by a border (or the header's end) takes the first number after it.
     */
    private static List<List<TextLine>> rows(List<TextLine> lines, List<Float> columns) {
        float firstColumn = columns.get(0);
        boolean numberColumn = lines.stream().allMatch(l -> firstColumnText(l, columns).length() <= 6);
        float minGap = cellLineGap(lines, columns);
        List<List<TextLine>> rows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        TextLine previous = null;
        boolean awaitsNumber = false;
        for (TextLine line : lines) {
            boolean bordered = previous != null && (line.page() == previous.page() && previous.ruled()
                    || rows.isEmpty() && isHeaderLine(previous) && !isHeaderLine(line));
            boolean startsRow;
            if (numberColumn) {
                // a right-aligned number ("1" under "No.") starts right of the column's first x
                boolean number = line.fragments().stream().anyMatch(f -> Math.abs(f.x() - firstColumn) < SAME_COLUMN
                        || !f.isBlank() && columnOf(f.x(), columns) == 0);
                startsRow = bordered || number && !awaitsNumber;
                awaitsNumber = !number && (bordered || awaitsNumber);
            } else {
                // a row cut by a page break goes on without cells, or in the cells whose sentences it left open;
                // another line with cells on the next page starts one, as does any line not going on with an open
                // sentence after a rule closed the page's last row (a grid that never cuts a row, as tbl's)
                startsRow = bordered || previous != null && (line.y() - previous.y() > 1.3f * minGap
                        || line.page() != previous.page() && (line.hasCellGap() || previous.ruled())
                        && !goesOnInCells(row, line, columns)
                        || line.y() - previous.y() > ROW_SPACING * minGap && opensAfterEndedCells(row, line, columns));
            }
            if (startsRow && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(line);
            previous = line;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * The smallest gap between consecutive lines that have text in a column in common: the spacing of a cell's lines.
     * A line with no column in common with the line above (an action row starting beside the last line of a
     * recommendation cell that spans it) may stand nearer than that and tells nothing of the spacing; nor does the
     * gap under the first line (a header row's). The smallest gap of all when no two lines after it share a column.
     */
    private static float cellLineGap(List<TextLine> lines, List<Float> columns) {
        float shared = Float.MAX_VALUE;
        float any = Float.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).y() - lines.get(i - 1).y();
            if (gap > 0) {
                any = Math.min(any, gap);
                if (i > 1 && shareColumn(lines.get(i - 1), lines.get(i), columns)) {
                    shared = Math.min(shared, gap);
                }
            }
        }
        return shared < Float.MAX_VALUE ? shared : any;
    }

    private static boolean shareColumn(TextLine a, TextLine b, List<Float> columns) {
        for (TextFragment f : a.fragments()) {
            if (!f.isBlank() && b.fragments().stream()
                    .anyMatch(g -> !g.isBlank() && columnOf(g.x(), columns) == columnOf(f.x(), columns))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line with cells in two columns or more, each opening with a capital or a number, a little further below the
     * row above than its lines are apart, where every column of that row has ended its sentence: a new row of a table
     * that draws no rules between its rows.
     */
    private static boolean opensAfterEndedCells(List<TextLine> row, TextLine line, List<Float> columns) {
        List<Float> starts = cellStarts(line);
        if (row.isEmpty() || starts.size() < 2) {
            return false;
        }
        for (float start : starts) {
            String opening = cell(List.of(line), columns, columnOf(start, columns)).strip();
            if (opening.isEmpty() || !Character.isUpperCase(opening.charAt(0)) && !Character.isDigit(opening.charAt(0))) {
                return false;
            }
        }
        for (int column = 0; column < columns.size(); column++) {
            String above = "";
            for (int i = row.size() - 1; i >= 0 && above.isEmpty(); i--) {
                above = cell(List.of(row.get(i)), columns, column).strip();
            }
            if (!above.isEmpty() && !SENTENCE_END.matcher(above).find()) {
                return false;
            }
        }
        return true;
    }

    /** Each cell of the line goes on a sentence that the row above it left open in the same column. */
    private static boolean goesOnInCells(List<TextLine> row, TextLine line, List<Float> columns) {
        for (float start : cellStarts(line)) {
            int column = columnOf(start, columns);
            String above = "";
            for (int i = row.size() - 1; i >= 0 && above.isEmpty(); i--) {
                above = cell(List.of(row.get(i)), columns, column).strip();
            }
            if (above.isEmpty() || SENTENCE_END.matcher(above).find()) {
                return false;
            }
        }
        return true;
    }

    /** A line of cells set all in bold: a header row's. */
    private static boolean isHeaderLine(TextLine line) {
        return line.hasCellGap() && line.fragments().stream().allMatch(f -> f.bold() || f.isBlank());
    }

    private static String firstColumnText(TextLine line, List<Float> columns) {
        StringBuilder text = new StringBuilder();
        for (TextFragment f : line.fragments()) {
            if (columnOf(f.x(), columns) == 0) {
                text.append(f.text().strip());
            }
        }
        return text.toString();
    }

    private static boolean isHeader(List<List<TextLine>> rows, List<Float> columns) {
        List<TextLine> row = rows.get(0);
        if (row.stream().allMatch(TextLine::bold)) {
            return true;
        }
        int headerCells = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (HEADER_WORDS.matcher(cell(row, columns, c).toLowerCase(Locale.ROOT)).matches()) {
                headerCells++;
            }
        }
        return headerCells >= 2 || aboveOnlyRule(rows, columns);
    }

    /**
     * A borderless table's header row: the one rule of the table is drawn under it (a word processor's plain table
     * style), and it has cells in two columns or more. In a grid ruled under every row the first row is no header
     * by that alone.
     */
    private static boolean aboveOnlyRule(List<List<TextLine>> rows, List<Float> columns) {
        List<TextLine> first = rows.get(0);
        if (rows.size() < 2 || !first.get(first.size() - 1).ruled()) {
            return false;
        }
        boolean bodyRuled = rows.subList(1, rows.size()).stream().flatMap(List::stream).anyMatch(TextLine::ruled);
        int filled = 0;
        for (int c = 0; c < columns.size(); c++) {
            String text = cell(first, columns, c);
            filled += text.isBlank() ? 0 : 1;
            if (isSentence(text)) {
                // a header names its columns; a row saying a sentence is a body row whose bottom rule alone was seen
                // (a grid cut by a group row spanning the table, the rules of the rows below drawn further down)
                return false;
            }
        }
        return !bodyRuled && filled >= 2;
    }

    private static boolean isSentence(String cell) {
        String text = cell.strip();
        return FULL_STOP.matcher(text).find() && text.split("\\s+").length >= MIN_SENTENCE_WORDS;
    }

    private static int widestColumn(List<List<TextLine>> rows, List<Float> columns) {
        int best = 0;
        int bestChars = -1;
        for (int c = 0; c < columns.size(); c++) {
            int chars = 0;
            for (List<TextLine> row : rows) {
                chars += cell(row, columns, c).length();
            }
            if (chars > bestChars) {
                bestChars = chars;
                best = c;
            }
        }
        return best;
    }

    static String cell(List<TextLine> row, List<Float> columns, int column) {
        return TextRepair.join(cellLines(row, columns, column));
    }

    /** The text of each of the row's lines in the column, top to bottom. */
    static List<String> cellLines(List<TextLine> row, List<Float> columns, int column) {
        List<String> parts = new ArrayList<>();
        for (TextLine line : row) {
            StringBuilder part = new StringBuilder();
            for (TextFragment f : line.fragments()) {
                if (columnOf(f.x(), columns) == column) {
                    if (!part.isEmpty()) {
                        part.append(' ');
                    }
                    part.append(f.text().strip());
                }
            }
            if (!part.isEmpty()) {
                parts.add(part.toString());
            }
        }
        return parts;
    }

    /** The column a text starting at {@code x} stands in: the last whose start is not right of it. */
    static int columnOf(float x, List<Float> columns) {
        int column = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) <= x + SAME_COLUMN) {
                column = c;
            }
        }
        return column;
    }
}
