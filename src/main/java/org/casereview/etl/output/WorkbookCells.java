package org.casereview.etl.output;

import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.casereview.etl.text.ControlCharacters;

/**
 * How a database value becomes a workbook cell: whole numbers and decimals as numbers (two places,
 * as in the CSV), booleans as TRUE/FALSE, {@code digest_month} as a date shown YYYY-MM, text as text.
 * Text is never prefixed with an apostrophe: a string cell is not a formula in Excel. Text longer than
 * a cell holds (32,767 characters) is cut with a note saying where the whole text is.
 */
final class WorkbookCells {

    static final int MAX_CELL_CHARS = 32_767;
    static final int MAX_WIDTH_CHARS = 60;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final CellStyle header;
    private final CellStyle decimal;
    private final CellStyle whole;
    private final CellStyle month;

    WorkbookCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        decimal = styleWithFormat(workbook, "0.00");
        whole = styleWithFormat(workbook, "0");
        month = styleWithFormat(workbook, "yyyy-mm");
    }

    private static CellStyle styleWithFormat(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    Widths header(Row row, List<String> columns) {
        Widths widths = new Widths(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
            widths.see(i, columns.get(i).length() + 3); // room for the filter button
        }
        return widths;
    }

    void row(Row row, ResultSet rs, List<String> columns, Widths widths) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Object value = rs.getObject(i + 1);
            if (value != null) {
                widths.see(i, set(row.createCell(i), columns.get(i), value));
            }
        }
    }

    /** Sets the cell and returns how many characters it shows. */
    private int set(Cell cell, String column, Object value) throws SQLException {
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
            return 5;
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(decimal);
            return d.toBigInteger().toString().length() + 3;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(whole);
            return n.toString().length();
        }
        String text = text(value);
        if (column.equals("digest_month") && MONTH.matcher(text).matches()) {
            cell.setCellValue(YearMonth.parse(text).atDay(1));
            cell.setCellStyle(month);
            return 7;
        }
        cell.setCellValue(text);
        return text.length();
    }

    static String text(Object value) throws SQLException {
        String text = value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value.toString();
        return capped(ControlCharacters.strip(text));
    }

    static String capped(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        String note = " [cut at Excel's limit of 32,767 characters; " + String.format("%,d", text.length())
                + " in the CSV file]";
        int end = MAX_CELL_CHARS - note.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + note;
    }

    /** The widest value seen per column, in characters, capped so long text does not make a sheet unusable. */
    static final class Widths {
        private final int[] chars;

        Widths(int columns) {
            chars = new int[columns];
        }

        void see(int column, int width) {
            chars[column] = Math.max(chars[column], Math.min(width, MAX_WIDTH_CHARS));
        }

        void apply(Sheet sheet) {
            for (int i = 0; i < chars.length; i++) {
                sheet.setColumnWidth(i, (chars[i] + 2) * 256);
            }
        }
    }
}
