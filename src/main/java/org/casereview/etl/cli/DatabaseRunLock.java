package org.casereview.etl.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * One run (or restart) per PostgreSQL schema at a time, across machines: a session advisory lock
 * ({@code pg_try_advisory_lock}) held on a connection of its own for the whole run. The server
 * drops it when that connection ends, so a killed run never leaves a stale lock behind.
 */
public final class DatabaseRunLock implements AutoCloseable {

    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final Connection connection;
    private final String schema;
    private final long key;

    private DatabaseRunLock(Connection connection, String schema, long key) {
        this.connection = connection;
        this.schema = schema;
        this.key = key;
    }

    /** Whether runs on this database are kept apart by an advisory lock rather than a lock file. */
    public static boolean appliesTo(String dbUrl) {
        return dbUrl.startsWith(POSTGRESQL);
    }

    /** The lock for the schema the URL connects to, or empty when another session holds it. */
    public static Optional<DatabaseRunLock> tryAcquire(String dbUrl, String user, String password) throws SQLException {
        Connection connection = DriverManager.getConnection(dbUrl, connectionProperties(user, password));
        try {
            String schema = currentSchema(connection);
            long key = keyFor(schema);
            if (tryLock(connection, key)) {
                return Optional.of(new DatabaseRunLock(connection, schema, key));
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** The lock's key: the same for every machine running on the schema. */
    public static long keyFor(String schema) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("casereview-etl run " + schema).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String schema() {
        return schema;
    }

    public long key() {
        return key;
    }

    private static Properties connectionProperties(String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "casereview-etl run lock");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            String schema = rs.getString(1);
            if (schema == null) {
                throw new SQLException("no schema to run in: no schema of the search_path exists"
                        + " (name one with currentSchema= in the URL)");
            }
            return schema;
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Lets go of the lock before the connection ends: the server drops a session's locks only once its
     * backend has exited, after the client has gone, so a run started straight after could be refused.
     */
    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        }
    }
}
