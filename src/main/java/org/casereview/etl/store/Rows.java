package org.casereview.etl.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.casereview.etl.document.Coded;
import org.springframework.jdbc.core.DataClassRowMapper;
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
    static <T> RowMapper<T> toRecord(Class<T> type) {
        return new DataClassRowMapper<>(type) {
            @Override
            protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
                if (paramType.isEnum() && Coded.class.isAssignableFrom(paramType)) {
                    String code = rs.getString(index);
                    return code == null ? null : fromCode(paramType, code);
                }
                return super.getColumnValue(rs, index, paramType);
            }
        };
    }

    private static Object fromCode(Class<?> type, String code) {
        for (Object constant : type.getEnumConstants()) {
            if (((Coded) constant).code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("unknown " + type.getSimpleName() + " code '" + code + "' in the database");
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Cut with an ellipsis, so a reader sees the text was longer. */
    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
