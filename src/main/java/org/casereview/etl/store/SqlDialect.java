package org.casereview.etl.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/**
 * What differs between the databases the stores write to. Statements use named parameters
 * ({@code :column}), one per column, so callers never depend on the dialect.
 */
public interface SqlDialect {

    /** Inserts a row, or replaces the row with the same key: {@code :column} parameters for every column. */
    String upsert(String table, List<String> columns, List<String> keyColumns);

    /** The dialect of the database behind the data source; an unknown database is an error naming it. */
    static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return forProduct(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's product name: " + e.getMessage(), e);
        }
    }

    static SqlDialect forProduct(String productName) {
        return switch (productName) {
            case "H2" -> new H2Dialect();
            case "PostgreSQL" -> new PostgreSqlDialect();
            default -> throw new IllegalStateException("unsupported database " + productName
                    + " (supported: H2; PostgreSQL untested)");
        };
    }

    static String namedParameters(List<String> columns) {
        return String.join(", ", columns.stream().map(c -> ":" + c).toList());
    }
}
