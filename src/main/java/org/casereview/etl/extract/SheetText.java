package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.digest.DigestTable;

/**
 * A spreadsheet saved as text (Excel's 'Unicode Text' or 'Text (Tab delimited)', LibreOffice's and Google Sheets' TSV, and
 * their CSV: 'Comma-separated values', or semicolons where a comma is the decimal mark): cells separated by tabs, commas or
 * semicolons, rows by line ends, every row as wide as the sheet's used range; a cell holding line breaks (Alt+Enter), the
 * separator or a double quote is quoted, a quote in it doubled. A comma or semicolon separates cells only in a file of a
 * sheet's shape, every row with the same number of cells (three or more), as sheets write them: prose has commas too. A sheet whose header row names labelled sections
 * ("Review | Summary | Learning includes | Recommendations include", {@link DigestTable#isHeader}) over rows of cells is
 * read as the HTML and Word tables are: its rows as entries ({@link DigestTable#entries}); the rows above the header (a
 * title, an introduction) and below the table (a footnote) as lines of text.
 */
final class SheetText {
    private static final int MAX_HEADER_ROW = 20;
    private static final int MAX_ROWS = 5000;
    private static final int MAX_CELLS = 200;
    /** Tab first: a tab-separated sheet's cells may hold commas and semicolons. */
    private static final char[] SEPARATORS = {'\t', ',', ';'};

    private SheetText() {
    }

    /** The text as digest text when it is a sheet with a review a row under a labels header; else empty. */
    static Optional<String> read(String text) {
        for (char separator : SEPARATORS) {
            if (text.indexOf(separator) < 0) {
                continue;
            }
            List<List<String>> rows = rows(text, separator);
            if (separator != '\t' && !sheetShaped(rows)) {
                continue;
            }
            for (int h = 0; h < Math.min(rows.size(), MAX_HEADER_ROW); h++) {
                List<String> header = trimmed(rows.get(h));
                if (header.size() >= 3 && DigestTable.isHeader(header)) {
                    return digestText(rows, h, header);
                }
            }
        }
        return Optional.empty();
    }

    /** Every row with the same number of cells, three or more (a blank last line apart): what a sheet's export writes. */
    private static boolean sheetShaped(List<List<String>> rows) {
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean blankLast = r == rows.size() - 1 && row.size() == 1 && row.get(0).isBlank();
            if (row.size() != width && !blankLast) {
                return false;
            }
        }
        return width >= 3;
    }

    private static Optional<String> digestText(List<List<String>> rows, int h, List<String> header) {
        int end = h + 1;
        while (end < rows.size() && nonEmpty(rows.get(end)) > 1) {
            end++;
        }
        if (end == h + 1) {
            return Optional.empty();
        }
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        rows.subList(h + 1, end).forEach(row -> table.add(width(row, header.size())));
        Optional<String> entries = DigestTable.entries(table, 1);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        rows.subList(0, h).forEach(row -> appendLines(out, row));
        out.append(entries.get()).append("\n\n");
        rows.subList(end, rows.size()).forEach(row -> appendLines(out, row));
        return Optional.of(out.toString().strip() + "\n");
    }

    /** The cells of each row: tab-separated, a quoted cell running over tabs and line ends up to its closing quote. */
    static List<List<String>> rows(String text) {
        return rows(text, '\t');
    }

    /** The cells of each row apart by {@code separator}, a quoted cell running over it and line ends to its closing quote. */
    static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length() && rows.size() < MAX_ROWS) {
            char c = text.charAt(i);
            if (c == '"' && cell.isEmpty()) {
                i = quoted(text, i + 1, cell);
                continue;
            }
            if (c == separator || c == '\n') {
                if (row.size() < MAX_CELLS) {
                    row.add(cell.toString());
                }
                cell.setLength(0);
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else if (c != '\r') {
                cell.append(c);
            }
            i++;
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** A quoted cell's text from {@code start} (after its opening quote) to its closing one; the index after that. */
    private static int quoted(String text, int start, StringBuilder cell) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                if (c != '\r') {
                    cell.append(c);
                }
                i++;
            }
        }
        return i;
    }

    /** A row without the empty cells a sheet's used range adds at its end, each cell stripped. */
    private static List<String> trimmed(List<String> row) {
        int end = row.size();
        while (end > 0 && row.get(end - 1).isBlank()) {
            end--;
        }
        return row.subList(0, end).stream().map(String::strip).toList();
    }

    private static List<String> width(List<String> row, int size) {
        List<String> cells = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            cells.add(c < row.size() ? row.get(c).strip() : "");
        }
        return cells;
    }

    private static long nonEmpty(List<String> row) {
        return row.stream().filter(cell -> !cell.isBlank()).count();
    }

    private static void appendLines(StringBuilder out, List<String> row) {
        trimmed(row).stream().filter(cell -> !cell.isBlank()).forEach(cell -> out.append(cell).append("\n\n"));
    }
}
