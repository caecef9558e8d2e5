package org.casereview.etl.cli;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casereview.etl.text.LogSafe;

/**
 * How the job reaches its database without exposing it. The embedded H2 file (or memory) database is
 * opened by this process alone, with H2's local user {@code sa} unless the environment names another.
 * Any other URL reaches over a network: its user and password must come from the environment
 * ({@code SPRING_DATASOURCE_USERNAME}, {@code SPRING_DATASOURCE_PASSWORD}); there are no defaults.
 */
public final class DatabaseAccess {

    static final String USER = "SPRING_DATASOURCE_USERNAME";
    static final String PASSWORD = "SPRING_DATASOURCE_PASSWORD";

    private DatabaseAccess() {
    }

    /** Spring arguments for the credentials; Spring reads those set in the environment itself. */
    public static List<String> credentialArguments(String dbUrl, Map<String, String> env) {
        List<String> arguments = new ArrayList<>();
        if (isLocal(dbUrl)) {
            if (blank(env.get(USER))) {
                arguments.add("--spring.datasource.username=sa");
            }
            if (blank(env.get(PASSWORD))) {
                arguments.add("--spring.datasource.password=");
            }
        } else if (blank(env.get(USER)) || blank(env.get(PASSWORD))) {
            throw new UsageException("--db " + dbUrl + " is reached over a network: set its user and password in "
                    + USER + " and " + PASSWORD + " (there are no default credentials)");
        }
        return arguments;
    }

    /** The operating system's words (ENOSPC) as Java's IOException gives them. */
    private static final String DISK_FULL = "No space left on device";

    static boolean isLocal(String dbUrl) {
        return RunLock.h2DatabaseFile(dbUrl).isPresent() || dbUrl.startsWith("jdbc:h2:mem:");
    }

    /**
     * The message for a database that cannot be opened or read (damaged, truncated, not a database):
     * a failure of the run (exit 1) naming the file and what to do. Empty when the cause is not the
     * database or is its configuration (wrong credentials).
     */
    public static Optional<String> failure(String dbUrl, Throwable error) {
        boolean database = false;
        String root = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                return Optional.empty();
            }
            database |= t instanceof SQLException || t instanceof EOFException
                    || t.getClass().getName().startsWith("org.h2.mvstore.");
            root = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
        if (!database) {
            return Optional.empty();
        }
        String name = RunLock.h2DatabaseFile(dbUrl).map(Path::toString).orElse(dbUrl);
        if (DISK_FULL.equals(root)) {
            // the file is sound up to its last commit: restoring a backup or a new folder would lose the months it holds
            return Optional.of("the disk holding the database " + name + " is full (" + DISK_FULL + "): the run stopped"
                    + " before its last write. Free space on that disk, then run the month again with the same"
                    + " --output folder; the month's rows are replaced, not added twice.");
        }
        return Optional.of("the database " + name + " cannot be opened or read (" + LogSafe.text(root)
                + "). It may be damaged or truncated. Restore it from a backup, or start again with a new "
                + "--output folder.");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
