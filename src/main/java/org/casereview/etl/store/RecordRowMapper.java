package org.casereview.etl.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.casereview.etl.document.Coded;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps a row to a record by the result set's own column labels ({@code report_sha256} to
 * {@code reportSha256}). Unlike Spring's DataClassRowMapper it never asks the driver for a column that
 * is not there, which H2 would write as an exception into a {@code .trace.db} file beside the database.
 * A coded enum is read back from its lower-case code.
 */
final class RecordRowMapper<T extends Record> implements RowMapper<T> {

    private final Class<T> type;
    private final RecordComponent[] components;
    private final Constructor<T> constructor;

    RecordRowMapper(Class<T> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        Map<String, Integer> columns = columnIndexes(rs.getMetaData());
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Integer index = columns.get(key(components[i].getName()));
            if (index == null) {
                throw new IllegalStateException("no column for " + type.getSimpleName() + "." + components[i].getName());
            }
            args[i] = value(rs, index, components[i].getType());
        }
        try {
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from a row", e);
        }
    }

    private static Map<String, Integer> columnIndexes(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.put(key(JdbcUtils.lookupColumnName(meta, i)), i);
        }
        return columns;
    }

    private static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            String code = rs.getString(index);
            return code == null ? null : fromCode(type, code);
        }
        Object value = JdbcUtils.getResultSetValue(rs, index, type);
        if (value == null && type.isPrimitive()) {
            throw new IllegalStateException("NULL in column " + index + " for a primitive " + type);
        }
        return value;
    }

    private static Object fromCode(Class<?> type, String code) {
        for (Object constant : type.getEnumConstants()) {
            if (((Coded) constant).code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalStateException("unknown " + type.getSimpleName() + " code '" + code + "' in the database");
    }
}
