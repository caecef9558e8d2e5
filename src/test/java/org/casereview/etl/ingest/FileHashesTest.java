package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stat cache of discovery: what it keeps, and the edits it must never miss. */
class FileHashesTest {

    @TempDir
    Path dir;

    private Path output;
    private Path file;
    /** The wall clock the cache sees: later than the file system's, so that entries are old enough to trust. */
    private final AtomicLong clock = new AtomicLong();

    @BeforeEach
    void aFile() throws IOException {
        output = dir.resolve("out");
        file = Files.writeString(dir.resolve("a.md"), "# Digest\nfirst version\n", StandardCharsets.UTF_8);
        assumeTrue(FileHashes.Status.of(file).isPresent(), "POSIX file attributes (not on Windows)");
        clock.set(System.currentTimeMillis() + 10 * FileHashes.MARGIN_MS);
    }

    private FileHashes load(String build) {
        return FileHashes.load(output, build, clock::get);
    }

    /** Records a made-up hash: when it comes back, it came from the cache, not from the file. */
    private void recordAndSave(String build, String sha) {
        FileHashes hashes = load(build);
        hashes.remember(hashes.start(file), sha, "text/markdown");
        hashes.save();
    }

    private String knownSha(FileHashes hashes) {
        return hashes.known(hashes.start(file)).map(FileHashes.Known::sha256).orElse(null);
    }

    @Test
    void anUnchangedFileIsKnownInTheNextRunOfTheSameBuild() {
        recordAndSave("build 1", "recorded");
        FileHashes next = load("build 1");
        assertThat(knownSha(next)).isEqualTo("recorded");
        assertThat(next.known(next.start(file)).get().mediaType()).isEqualTo("text/markdown");
        assertThat(knownSha(load("build 2"))).as("another build may type files otherwise").isNull();
        assertThat(knownSha(FileHashes.none())).isNull();
    }

    @Test
    void aSameSizeEditWithItsModificationTimeSetBackIsReadAgain() throws IOException, InterruptedException {
        recordAndSave("b", "recorded");
        FileTime modified = Files.getLastModifiedTime(file);
        long ctime = FileHashes.Status.of(file).get().changedNanos();
        do { // until the file system's clock has ticked (a few milliseconds)
            Thread.sleep(5);
            Files.writeString(file, "# Digest\nfirst VERSION\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, modified);
        } while (FileHashes.Status.of(file).get().changedNanos() == ctime);
        assertThat(Files.size(file)).isEqualTo("# Digest\nfirst version\n".length());
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(knownSha(load("b"))).isNull();
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsReadAgainNextTime() {
        clock.set(System.currentTimeMillis()); // the reading comes within the margin of the file's last change
        recordAndSave("b", "recorded");
        clock.set(System.currentTimeMillis() + 10 * FileHashes.MARGIN_MS);
        assertThat(knownSha(load("b"))).isNull();
    }

    @Test
    void aFileReplacedOrGrownIsReadAgain() throws IOException {
        recordAndSave("b", "recorded");
        Files.writeString(file, "# Digest\nfirst version, longer\n", StandardCharsets.UTF_8);
        assertThat(knownSha(load("b"))).isNull();
    }

    @Test
    void aDamagedCacheIsIgnoredAndAGoneFileLeftOut() throws IOException {
        recordAndSave("b", "recorded");
        Path cache = output.resolve(FileHashes.FILE);
        List<String> lines = Files.readAllLines(cache);
        assertThat(lines).hasSize(2);
        Files.writeString(cache, lines.get(0) + "\n" + lines.get(1).substring(0, 20) + "\n");
        assertThat(knownSha(load("b"))).isNull();

        recordAndSave("b", "recorded");
        Files.delete(file);
        load("b").save();
        assertThat(Files.readAllLines(cache)).hasSize(1);
    }
}
