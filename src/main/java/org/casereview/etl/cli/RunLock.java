package org.casereview.etl.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run (or restart) per database at a time. An operating-system file lock, so a JVM killed
 * with SIGKILL releases it with its process and the next run never finds a stale lock.
 */
public final class RunLock implements AutoCloseable {

    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^;:][^;]*)");

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<RunLock> tryAcquire(String dbUrl) throws IOException {
        Path file = lockFileFor(dbUrl);
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new RunLock(file, channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    public static Path lockFileFor(String dbUrl) {
        Optional<String> h2File = h2FileBase(dbUrl);
        if (h2File.isPresent()) {
            return Path.of(h2File.get() + ".run.lock");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "casereview-etl-" + hash(dbUrl) + ".run.lock");
    }

    /**
     * Beside the lock: the file a run keeps its live status in, so {@code status} can answer while the
     * run holds the database (no server), and a later command can tell a database that lost runs.
     */
    public static Path liveStatusFileFor(String dbUrl) {
        String lock = lockFileFor(dbUrl).toString();
        return Path.of(lock.substring(0, lock.length() - ".run.lock".length()) + ".run-status.json");
    }

    /** The file of an embedded H2 file database ({@code <name>.mv.db}), empty for other URLs. */
    public static Optional<Path> h2DatabaseFile(String dbUrl) {
        return h2FileBase(dbUrl).map(base -> Path.of(base + ".mv.db"));
    }

    private static Optional<String> h2FileBase(String dbUrl) {
        Matcher m = H2_FILE.matcher(dbUrl);
        if (m.find() && !dbUrl.startsWith("jdbc:h2:mem:") && !dbUrl.startsWith("jdbc:h2:tcp:")
                && !dbUrl.startsWith("jdbc:h2:ssl:")) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    public Path file() {
        return file;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }
}
