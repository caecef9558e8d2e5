package org.casereview.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

    @TempDir
    Path dir;

    @Test
    void h2FileDatabaseIsLockedBesideItsFile() {
        assertThat(RunLock.lockFileFor("jdbc:h2:file:/data/out/casereviews;WRITE_DELAY=0"))
                .isEqualTo(Path.of("/data/out/casereviews.run.lock"));
    }

    @Test
    void otherDatabasesAreLockedByUrlInTheTempFolder() {
        Path a = RunLock.lockFileFor("jdbc:postgresql://db/casereviews");
        assertThat(a.getFileName().toString()).startsWith("casereview-etl-").endsWith(".run.lock");
        assertThat(a).isEqualTo(RunLock.lockFileFor("jdbc:postgresql://db/casereviews"))
                .isNotEqualTo(RunLock.lockFileFor("jdbc:postgresql://other/casereviews"));
    }

    @Test
    void secondHolderIsRefusedUntilTheFirstLetsGo() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        Optional<RunLock> first = RunLock.tryAcquire(url);
        assertThat(first).isPresent();
        assertThat(RunLock.tryAcquire(url)).isEmpty();
        first.get().close();
        Optional<RunLock> again = RunLock.tryAcquire(url);
        assertThat(again).isPresent();
        again.get().close();
    }
}
