package org.casereview.etl.job;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs the report step's progress at a steady rate (documents done / total, pages/s, elapsed,
 * estimate), whatever the number of documents, and keeps the totals for the run summary.
 */
public class ExtractionProgress implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ExtractionProgress.class);

    private final ReportCounter counter;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();
    private volatile int total;
    private volatile long startNanos;
    private volatile long endNanos;
    private ScheduledExecutorService ticker;

    public ExtractionProgress(ReportCounter counter) {
        this.counter = counter;
    }

    /** Counts pending reports of the month; the partitioner makes one partition per report. */
    public interface ReportCounter {
        int pendingReports(String month);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        JobRun run = JobRun.of(stepExecution.getJobExecution());
        total = counter.pendingReports(run.month());
        done.set(0);
        pages.set(0);
        startNanos = System.nanoTime();
        endNanos = 0;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "extract-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::logProgress, run.progressSeconds(), run.progressSeconds(), TimeUnit.SECONDS);
        log.info("extractReportsStep: {} reports to do", total);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        ticker.shutdownNow();
        endNanos = System.nanoTime();
        if (total > 0) {
            logProgress();
        }
        return stepExecution.getExitStatus();
    }

    void reportDone(int pageCount) {
        done.incrementAndGet();
        pages.addAndGet(pageCount);
    }

    long pages() {
        return pages.get();
    }

    /** Seconds the step has run, or ran once it ended. */
    double seconds() {
        return ((endNanos != 0 ? endNanos : System.nanoTime()) - startNanos) / 1e9;
    }

    private void logProgress() {
        int d = done.get();
        double elapsed = seconds();
        double rate = elapsed > 0 ? pages.get() / elapsed : 0;
        String eta = d == 0 ? "unknown" : format(Duration.ofSeconds(Math.round(elapsed / d * (total - d))));
        log.info("extractReportsStep: {}/{} reports, {} pages, {} pages/s, elapsed {}, about {} left",
                d, total, pages.get(), String.format("%.1f", rate), format(Duration.ofSeconds(Math.round(elapsed))), eta);
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
