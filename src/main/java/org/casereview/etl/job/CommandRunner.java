package org.casereview.etl.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
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
            return switch (settings.command()) {
                case RUN -> finish(operator.start(job, JobRun.parameters(settings, System.currentTimeMillis())), settings);
                case RESTART -> restart(settings);
                case STATUS -> {
                    System.out.print(settings.json() ? status.json() : status.text());
                    yield ExitCodes.COMPLETED;
                }
                case HELP -> ExitCodes.COMPLETED;
            };
        } catch (Exception e) {
            log.error("The job could not be started: {}", e.getMessage(), e);
            System.err.println("casereview-etl: the job could not be started: " + e.getMessage());
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
        return finish(operator.start(job, JobRun.forRestart(last.getJobParameters(), settings)), settings);
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
