package org.casereview.etl.store;

import java.util.List;

/** H2: {@code MERGE INTO ... KEY (...)} replaces the row with the same key. */
public final class H2Dialect implements SqlDialect {

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                + ") VALUES (" + SqlDialect.namedParameters(columns) + ")";
    }
}
