package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * Keeps the live status file of the run in this process up to date: every few seconds it reads the
 * newest execution from the job repository and writes it as {@link LiveStatus}. Executions up to
 * the newest one before the run started belong to earlier runs and are never written as live.
 */
final class LiveStatusWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveStatusWriter.class);

    private final StatusReport status;
    private final Path file;
    private final long earlierExecutions;
    private final ScheduledExecutorService timer;

    private LiveStatusWriter(StatusReport status, Path file, int seconds) {
        this.status = status;
        this.file = file;
        this.earlierExecutions = status.latestExecution().map(JobExecution::getId).orElse(0L);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "live-status");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 1, seconds, TimeUnit.SECONDS);
    }

    static LiveStatusWriter start(StatusReport status, Path file, int seconds) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new LiveStatusWriter(status, file, seconds);
    }

    private void tick() {
        try {
            Optional<JobExecution> newest = status.liveExecution();
            if (newest.isPresent() && newest.get().getId() > earlierExecutions) {
                LiveStatus.of(newest.get()).write(file);
            }
        } catch (Exception e) {
            log.warn("Cannot write the live status file {}: {}", file, e.toString());
        }
    }

    /** Stops the timer and writes the execution's final state. */
    void finish(JobExecution execution) throws IOException {
        close();
        LiveStatus.of(execution).write(file);
    }

    /**
     * Lets a tick that is reading the job repository finish, without interrupting it: an interrupt during a read of
     * the embedded H2 file closes the file's channel (NIO's {@code ClosedByInterruptException}) for every connection,
     * and the run's own last reads (its summary) then fail. Waiting ticks are cancelled.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
