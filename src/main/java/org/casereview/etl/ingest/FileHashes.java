package org.casereview.etl.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a file's content gave when it was last read (its SHA-256 and the type detected from it), kept with the
 * file's status as git's index keeps it: a rerun whose files are unchanged reads none of them again.
 * <p>
 * A remembered result is used only when the file's size, modification time, change time (ctime), inode and device
 * all equal what they were when it was read, and its change time was at least {@link #MARGIN_MS} older than that
 * reading. Writing a file's content always sets its change time to the present, which no program can set back (a
 * tool that restores the modification time of an edited file of the same size, as {@code touch -r} or
 * {@code rsync -t} do, changes the change time all the same); the margin makes sure that a write just after the
 * reading, within one tick of the file system's clock (up to 2 s on FAT, a few milliseconds on Linux file systems),
 * cannot leave the change time as it was: such a file is read again next time. Without POSIX file attributes
 * (Windows) nothing is remembered and every file is read, as before.
 */
public final class FileHashes {

    /** The cache file in the output folder. */
    public static final String FILE = "cache/file-hashes.tsv";
    static final long MARGIN_MS = 2_000;
    private static final String HEADER = "casereview-file-hashes 1";

    /** A file's status: equal statuses before and after a reading mean it was not written meanwhile. */
    record Status(long size, long modifiedNanos, long changedNanos, long inode, long device) {

        static Optional<Status> of(Path file) {
            try {
                Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
                return Optional.of(new Status((Long) a.get("size"), nanos(a.get("lastModifiedTime")),
                        nanos(a.get("ctime")), ((Number) a.get("ino")).longValue(), ((Number) a.get("dev")).longValue()));
            } catch (UnsupportedOperationException | IllegalArgumentException | ClassCastException | IOException
                     | NullPointerException e) {
                return Optional.empty();
            }
        }

        private static long nanos(Object time) {
            return ((FileTime) time).to(TimeUnit.NANOSECONDS);
        }
    }

    /** What the content gave, and the status of the file when it was read (wall clock {@code readAtMillis}). */
    record Entry(Status status, long readAtMillis, String sha256, String mediaType) {

        boolean settledBeforeReading() {
            return TimeUnit.NANOSECONDS.toMillis(status.changedNanos()) < readAtMillis - MARGIN_MS
                    && TimeUnit.NANOSECONDS.toMillis(status.modifiedNanos()) < readAtMillis - MARGIN_MS;
        }
    }

    /** What a reading of the file gave. */
    public record Known(String sha256, String mediaType) {
    }

    /** A file about to be read: its status and the time, taken before its content is read. */
    public record Reading(Path file, Optional<Status> status, long startMillis) {
    }

    private final Path cacheFile;
    private final String build;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    private FileHashes(Path cacheFile, String build, LongSupplier clock) {
        this.cacheFile = cacheFile;
        this.build = build;
        this.clock = clock;
    }

    /** Nothing remembered, nothing saved: every file is read. */
    public static FileHashes none() {
        return new FileHashes(null, "", System::currentTimeMillis);
    }

    /**
     * The results kept in {@code outputFolder} by a run of the same build ({@code build} names it: a build may type
     * files differently), or none when there are none, they are unreadable or another build wrote them.
     */
    public static FileHashes load(Path outputFolder, String build) {
        return load(outputFolder, build, System::currentTimeMillis);
    }

    static FileHashes load(Path outputFolder, String build, LongSupplier clock) {
        FileHashes hashes = new FileHashes(outputFolder.resolve(FILE), build, clock);
        try {
            List<String> lines = Files.isRegularFile(hashes.cacheFile)
                    ? Files.readAllLines(hashes.cacheFile, StandardCharsets.UTF_8) : List.of();
            if (!lines.isEmpty() && lines.get(0).equals(HEADER + "\t" + build.replaceAll("[\t\r\n]", " "))) {
                lines.stream().skip(1).forEach(hashes::readLine);
            }
        } catch (IOException | RuntimeException e) {
            hashes.entries.clear(); // a damaged cache is only a cost: every file is read again
        }
        return hashes;
    }

    private void readLine(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 10) {
            throw new IllegalArgumentException("not a cache line");
        }
        Status status = new Status(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]));
        entries.put(f[0], new Entry(status, Long.parseLong(f[6]), f[7], f[8].isEmpty() ? null : f[8]));
    }

    /** Starts reading a file: its status before any byte of it is read. */
    public Reading start(Path file) {
        long now = clock.getAsLong();
        return new Reading(file, cacheFile == null ? Optional.empty() : Status.of(file), now);
    }

    /** What the last reading gave, if the file is provably unchanged since (see the class comment). */
    public Optional<Known> known(Reading reading) {
        if (reading.status().isEmpty()) {
            return Optional.empty();
        }
        Entry entry = entries.get(key(reading.file()));
        if (entry == null || !entry.status().equals(reading.status().get()) || !entry.settledBeforeReading()) {
            return Optional.empty();
        }
        return Optional.of(new Known(entry.sha256(), entry.mediaType()));
    }

    /** Remembers what the content gave, unless the file changed while it was read. */
    public void remember(Reading reading, String sha256, String mediaType) {
        if (reading.status().isEmpty() || sha256 == null || key(reading.file()).matches("(?s).*[\t\r\n].*")) {
            return; // a name that would break the cache's lines is read every time
        }
        Optional<Status> after = Status.of(reading.file());
        if (after.equals(reading.status())) {
            entries.put(key(reading.file()), new Entry(after.get(), reading.startMillis(), sha256, mediaType));
        }
    }

    /** Writes the results down for the next run (files gone are left out); a failure only costs that run time. */
    public void save() {
        if (cacheFile == null) {
            return;
        }
        try {
            Files.createDirectories(cacheFile.getParent());
            Path staging = Files.createTempFile(cacheFile.getParent(), "file-hashes", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
                out.write(HEADER + "\t" + build.replaceAll("[\t\r\n]", " ") + "\n");
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    if (Files.exists(Path.of(e.getKey()))) {
                        out.write(line(e.getKey(), e.getValue()));
                    }
                }
            }
            move(staging);
        } catch (IOException | RuntimeException e) {
            // not kept: the next run reads every file, as without a cache
        }
    }

    private void move(Path staging) throws IOException {
        try {
            Files.move(staging, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, cacheFile, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    private static String line(String key, Entry e) {
        Status s = e.status();
        return String.join("\t", key, Long.toString(s.size()), Long.toString(s.modifiedNanos()),
                Long.toString(s.changedNanos()), Long.toString(s.inode()), Long.toString(s.device()),
                Long.toString(e.readAtMillis()), e.sha256(), e.mediaType() == null ? "" : e.mediaType(), "") + "\n";
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }
}
