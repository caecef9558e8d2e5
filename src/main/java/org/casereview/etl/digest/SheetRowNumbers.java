package org.casereview.etl.digest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A spreadsheet printed with its row headings (b43 kind 3): the grey column of row numbers left of the cells is read
 * as a table's first column, whose cell is the title of each row's entry ('5' instead of 'Child MG: ...'). A first
 * column holding nothing but consecutive whole numbers, the header row's cell one too, is that column: a table's own
 * numbering column has a name over it ('No.', '#'), a sheet's row heading column a number in every row.
 */
final class SheetRowNumbers {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final int MIN_ROWS = 2;

    private SheetRowNumbers() {
    }

    /** The rows without their first cell when it is the sheet's row number in each of them; else the rows. */
    static List<List<String>> without(List<List<String>> rows) {
        if (rows.size() < MIN_ROWS || rows.stream().anyMatch(r -> r.size() < 2)) {
            return rows;
        }
        Integer last = null;
        for (List<String> row : rows) {
            String cell = row.get(0).strip();
            if (!WHOLE_NUMBER.matcher(cell).matches()) {
                return rows;
            }
            int number = Integer.parseInt(cell);
            if (last != null && number != last + 1) {
                return rows;
            }
            last = number;
        }
        return rows.stream().map(r -> r.subList(1, r.size())).toList();
    }
}
