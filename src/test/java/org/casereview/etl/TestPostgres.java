package org.casereview.etl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.opentest4j.TestAbortedException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL server the tests may use, named by the environment (or system properties of the
 * same names in lower case with dots): {@code CASEREVIEW_TEST_PG_URL}, {@code _USER},
 * {@code _PASSWORD}; {@code .ci/start-postgres} starts one. Without it a test is skipped on a
 * developer's machine and fails in CI ({@code CI=true}). Each test works in a schema of its own.
 */
public final class TestPostgres {

    public static final String URL = "CASEREVIEW_TEST_PG_URL";

    private final String url;
    private final String user;
    private final String password;

    private TestPostgres(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The server; skips the test (fails it in CI) when none is named. */
    public static TestPostgres server() {
        String url = setting(URL);
        if (url == null || url.isBlank()) {
            String missing = "no PostgreSQL server for the tests: set " + URL + ", _USER and _PASSWORD"
                    + " (.ci/start-postgres starts one)";
            if (SharedCorpus.inCi()) {
                throw new AssertionError(missing + ": in CI (CI=true) the PostgreSQL tests must run");
            }
            throw new TestAbortedException(missing);
        }
        return new TestPostgres(url, setting("CASEREVIEW_TEST_PG_USER"), setting("CASEREVIEW_TEST_PG_PASSWORD"));
    }

    /** A new, empty schema; drop it with {@link Schema#close()}. */
    public Schema newSchema(String purpose) {
        String name = (purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + name);
        String separator = url.contains("?") ? "&" : "?";
        return new Schema(this, name, url + separator + "currentSchema=" + name);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    }

    /** A schema of the test server; {@link #url()} connects to it ({@code currentSchema=}). */
    public record Schema(TestPostgres server, String name, String url) implements AutoCloseable {

        public DataSource dataSource() {
            return new DriverManagerDataSource(url, server.user, server.password);
        }

        @Override
        public void close() {
            server.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
