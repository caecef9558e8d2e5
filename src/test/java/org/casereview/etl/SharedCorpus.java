package org.casereview.etl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.opentest4j.TestAbortedException;

/**
 * The shared corpus, truth and scorer beside the project: {@code ../shared}, or the folder named
 * by the system property {@code casereview.shared}. A test that needs a part of it that is
 * missing is skipped on a developer's machine and fails in CI (environment {@code CI=true}),
 * where a skipped acceptance test would pass unseen.
 */
public final class SharedCorpus {

    public static final String PROPERTY = "casereview.shared";

    private SharedCorpus() {
    }

    /** The shared folder; skips the test (fails it in CI) when it is not there. */
    public static Path dir() {
        return path("");
    }

    /** A file or folder inside the shared folder; skips the test (fails it in CI) when it is not there. */
    public static Path path(String relative) {
        Path path = root().resolve(relative);
        require(Files.exists(path), path + " is missing");
        return path;
    }

    /** A file or folder inside the shared folder when present; empty off CI, a failure in CI, when not. */
    public static Optional<Path> optionalPath(String relative) {
        Path path = root().resolve(relative);
        if (Files.exists(path)) {
            return Optional.of(path);
        }
        failInCi(path + " is missing");
        return Optional.empty();
    }

    /** Where a part of the shared folder would be, unchecked: for constants checked later by {@link #require}. */
    public static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** Goes on when the condition holds; else skips the test, or fails it in CI. */
    public static void require(boolean condition, String whatIsMissing) {
        if (!condition) {
            failInCi(whatIsMissing);
            throw new TestAbortedException(whatIsMissing + " (set -D" + PROPERTY + " or put the shared folder at ../shared)");
        }
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static void failInCi(String whatIsMissing) {
        if (inCi()) {
            throw new AssertionError(whatIsMissing + ": in CI (CI=true) a test of the shared corpus must run");
        }
    }

    private static Path root() {
        return Path.of(System.getProperty(PROPERTY, "../shared"));
    }
}
