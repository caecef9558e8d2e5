package org.casereview.etl.job;

import java.sql.Clob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/** The job's own tables and their rows as text, comparable between H2 and PostgreSQL. */
final class JobTables {

    static final String H2_TABLES = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'";

    private JobTables() {
    }

    static String postgresTables(String schema) {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'";
    }

    /** The job's own tables (not Spring Batch's or Flyway's), in lower case and name order. */
    static List<String> names(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForList(sql, String.class).stream().map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !t.startsWith("batch_") && !t.startsWith("flyway_")).sorted().toList();
    }

    /** Every row of the table as text (column = value), in one order whatever the database's collation. */
    static List<String> rows(JdbcTemplate jdbc, String table) {
        return sorted(jdbc.queryForList("SELECT * FROM " + table));
    }

    static List<String> sorted(List<Map<String, Object>> rows) {
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            TreeSet<String> cells = new TreeSet<>();
            row.forEach((column, value) -> cells.add(column.toLowerCase(Locale.ROOT) + "=" + text(value)));
            texts.add(String.join(" | ", cells));
        }
        return texts.stream().sorted().toList();
    }

    private static String text(Object value) {
        try {
            return value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : String.valueOf(value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
