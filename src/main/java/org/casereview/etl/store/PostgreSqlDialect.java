package org.casereview.etl.store;

import java.util.List;

/**
 * PostgreSQL: {@code INSERT ... ON CONFLICT (key) DO UPDATE}. UNTESTED: no test runs against
 * PostgreSQL yet (the schema script is H2's); only the statement's text is unit-tested.
 */
public final class PostgreSqlDialect implements SqlDialect {

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        List<String> updated = columns.stream().filter(c -> !keyColumns.contains(c))
                .map(c -> c + " = EXCLUDED." + c).toList();
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + SqlDialect.namedParameters(columns) + ") ON CONFLICT (" + String.join(", ", keyColumns) + ") "
                + (updated.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", updated));
    }
}
