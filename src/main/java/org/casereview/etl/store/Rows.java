package org.casereview.etl.store;

import java.util.List;

import org.casereview.etl.document.Coded;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Between records and rows: coded enums are stored as their lower-case codes and read back from them. */
final class Rows {

    private Rows() {
    }

    /** One named parameter per column; a coded enum goes in as its code. */
    static MapSqlParameterSource params(List<String> columns, List<?> values) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        for (int i = 0; i < columns.size(); i++) {
            params.addValue(columns.get(i), stored(values.get(i)));
        }
        return params;
    }

    static Object stored(Object value) {
        return value instanceof Coded coded ? coded.code() : value;
    }

    /** Maps the columns of a row to the record's components by name ({@code report_sha256} to {@code reportSha256}). */
    static <T extends Record> RowMapper<T> toRecord(Class<T> type) {
        return new RecordRowMapper<>(type);
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Cut with an ellipsis, so a reader sees the text was longer. */
    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
