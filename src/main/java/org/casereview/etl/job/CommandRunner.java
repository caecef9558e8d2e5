package org.casereview.etl.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.cli.DatabaseAccess;
import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunLock;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;

/** Carries out run, restart and status against the job repository and maps the outcome to an exit code. */
public class CommandRunner {

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final JobOperator operator;
    private final Job job;
    private final StatusReport status;
    private final RunSummaries summaries;

    public CommandRunner(JobOperator operator, Job job, StatusReport status, RunSummaries summaries) {
        this.operator = operator;
        this.job = job;
        this.status = status;
        this.summaries = summaries;
    }

    public int execute(RunSettings settings) {
        try {
            summaries.readEveryRow();
            Optional<String> lost = lostRuns(settings);
            if (lost.isPresent()) {
                System.err.println("casereview-etl: " + lost.get());
                return ExitCodes.FAILED;
            }
            return switch (settings.command()) {
                case RUN -> finish(tracked(settings, () -> operator.start(job,
                        JobRun.parameters(settings, System.currentTimeMillis()))), settings);
                case RESTART -> restart(settings);
                case STATUS -> {
                    System.out.print(settings.json() ? status.json() : status.text());
                    yield ExitCodes.COMPLETED;
                }
                case HELP -> ExitCodes.COMPLETED;
            };
        } catch (Exception e) {
            Optional<String> database = DatabaseAccess.failure(settings.dbUrl(), e);
            if (database.isPresent()) {
                log.error("Database failure", e);
                System.err.println("casereview-etl: " + database.get());
                return ExitCodes.FAILED;
            }
            log.error("The job could not be started: {}", LogSafe.text(e.getMessage()), e);
            System.err.println("casereview-etl: the job could not be started: " + LogSafe.text(e.getMessage()));
            return ExitCodes.FAILED;
        }
    }

    private int restart(RunSettings settings) throws Exception {
        List<JobExecution> recent = status.recentExecutions();
        if (recent.isEmpty()) {
            System.err.println("casereview-etl: nothing to restart: no run is recorded in " + settings.dbUrl());
            return ExitCodes.USAGE;
        }
        JobExecution last = recent.get(0);
        if (last.getStatus() == BatchStatus.COMPLETED) {
            System.out.println("The last run (execution " + last.getId() + ", month "
                    + last.getJobParameters().getString("month") + ") completed; nothing to restart.");
            return ExitCodes.COMPLETED;
        }
        if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
            // We hold the run lock, so no process is running it: it was killed. Mark it failed first.
            log.info("Execution {} was interrupted (status {}); marking it failed before restarting", last.getId(), last.getStatus());
            last = operator.recover(last);
        }
        log.info("Restarting execution {} of month {}", last.getId(), last.getJobParameters().getString("month"));
        JobParameters parameters = JobRun.forRestart(last.getJobParameters(), settings);
        return finish(tracked(settings, () -> operator.start(job, parameters)), settings);
    }

    private interface Launch {
        JobExecution start() throws Exception;
    }

    /** Runs the job while the live status file follows it, and leaves its final state there. */
    private JobExecution tracked(RunSettings settings, Launch launch) throws Exception {
        try (LiveStatusWriter writer = LiveStatusWriter.start(status, RunLock.liveStatusFileFor(settings.dbUrl()),
                settings.progressSeconds())) {
            JobExecution execution = launch.start();
            writer.finish(execution);
            return execution;
        }
    }

    /**
     * The live status file keeps the last execution a run recorded. When the job repository does not know
     * it, the database lost committed state (a damaged, truncated or older file): say so, never "no runs".
     */
    private Optional<String> lostRuns(RunSettings settings) throws IOException {
        Path file = RunLock.liveStatusFileFor(settings.dbUrl());
        Optional<LiveStatus> last;
        try {
            last = LiveStatus.read(file);
        } catch (IOException e) {
            log.warn("Ignoring an unreadable live status file: {}", e.getMessage());
            return Optional.empty();
        }
        if (last.isEmpty() || agrees(last.get(), status.statusOf(last.get().executionId()))) {
            return Optional.empty();
        }
        String database = RunLock.h2DatabaseFile(settings.dbUrl()).map(Path::toString).orElse(settings.dbUrl());
        return Optional.of("the database " + database + " has lost recorded state: execution "
                + last.get().executionId() + " (month " + last.get().month() + ", " + last.get().status()
                + ") is recorded in " + file + " but the database does not hold that state, so the database file is damaged, "
                + "truncated or an older copy. Restore it from a backup, or start again with a new --output folder. "
                + "If you emptied the database on purpose, delete " + file + ".");
    }

    /** A finished run's final status must be in the database; a run killed while working may be ahead of its file. */
    private static boolean agrees(LiveStatus recorded, Optional<BatchStatus> inDatabase) {
        if (inDatabase.isEmpty()) {
            return false;
        }
        BatchStatus status = BatchStatus.valueOf(recorded.status());
        return status.isRunning() || status == BatchStatus.UNKNOWN || status == inDatabase.get();
    }

    private int finish(JobExecution execution, RunSettings settings) throws IOException {
        RunSummary summary = summaries.of(execution);
        JobRun run = JobRun.of(execution);
        Files.createDirectories(run.output());
        Files.writeString(run.output().resolve("run-summary.json"), summary.toJson(), StandardCharsets.UTF_8);
        System.out.print(summary.toText());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("casereview-etl: the run FAILED: " + summary.exitMessage()
                    + "\nFix the cause, then: java -jar target/casereview-etl.jar restart --output " + run.output());
            return ExitCodes.FAILED;
        }
        if (settings.strict() && summary.rejects() > 0) {
            return ExitCodes.COMPLETED_WITH_REJECTS;
        }
        return ExitCodes.COMPLETED;
    }

}
