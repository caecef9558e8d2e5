package org.casereview.etl.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Inserts a table's rows {@value #ROWS} to a statement ({@code INSERT ... VALUES (...), (...), ...}) and what is left
 * over one row to a statement, each kind as one JDBC batch. A batch of one-row inserts is a statement execution per
 * row in the database (H2 starts and ends a statement, sets its parameters and traces it for each): a report's 100
 * items were 100 executions in the extract step and 180 more (items and their themes) in the assembly, which kept
 * H2's statement code hot enough for the optimising compiler. The same rows in the same order; two SQL texts per
 * table, so the database's cache of parsed statements keeps them.
 */
final class MultiRowInsert {

    static final int ROWS = 16;

    private final int columns;
    private final String oneRow;
    private final String manyRows;

    MultiRowInsert(String table, List<String> columns) {
        this.columns = columns.size();
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.oneRow = insert + tuple;
        this.manyRows = insert + String.join(", ", Collections.nCopies(ROWS, tuple));
    }

    /** Inserts the rows in their order; each row holds a value per column, in the columns' order. */
    void insert(JdbcOperations jdbc, List<Object[]> rows) {
        for (Object[] row : rows) {
            if (row.length != columns) {
                throw new IllegalArgumentException("a row of " + row.length + " values for " + columns + " columns");
            }
        }
        int whole = rows.size() - rows.size() % ROWS;
        List<Object[]> chunks = new ArrayList<>(whole / ROWS);
        for (int start = 0; start < whole; start += ROWS) {
            Object[] values = new Object[ROWS * columns];
            for (int r = 0; r < ROWS; r++) {
                System.arraycopy(rows.get(start + r), 0, values, r * columns, columns);
            }
            chunks.add(values);
        }
        if (!chunks.isEmpty()) {
            jdbc.batchUpdate(manyRows, chunks);
        }
        List<Object[]> rest = rows.subList(whole, rows.size());
        if (!rest.isEmpty()) {
            jdbc.batchUpdate(oneRow, List.copyOf(rest));
        }
    }
}
