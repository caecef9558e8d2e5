package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;

class LiveStatusWriterTest {

    @TempDir
    Path dir;

    /** A job repository whose second read (the first tick's) lasts until the writer closes, and notes an interrupt. */
    private static final class SlowRepository extends StatusReport {
        private final AtomicInteger reads = new AtomicInteger();
        private final CountDownLatch tickReading = new CountDownLatch(1);
        private final AtomicBoolean interrupted = new AtomicBoolean();
        private final AtomicBoolean tickEnded = new AtomicBoolean();
        private final AtomicBoolean closing = new AtomicBoolean();

        SlowRepository() {
            super(null, month -> Map.of());
        }

        @Override
        public Optional<JobExecution> latestExecution() {
            if (reads.incrementAndGet() == 1) {
                return Optional.empty(); // the writer's own first read, before any tick
            }
            tickReading.countDown();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!closing.get() && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1); // still reading as the writer closes
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            interrupted.set(Thread.currentThread().isInterrupted());
            tickEnded.set(true);
            return Optional.empty();
        }
    }

    @Test
    void closingLetsATickThatIsReadingTheRepositoryFinishUninterrupted() throws IOException, InterruptedException {
        SlowRepository repository = new SlowRepository();
        LiveStatusWriter writer = LiveStatusWriter.start(repository, dir.resolve("live.json"), 60);
        assertThat(repository.tickReading.await(30, TimeUnit.SECONDS)).isTrue();
        repository.closing.set(true);
        writer.close();
        assertThat(repository.interrupted).isFalse();
        assertThat(repository.tickEnded).isTrue();
        assertThat(repository.reads).hasValue(2); // the periodic tick does not run again after close
    }
}
