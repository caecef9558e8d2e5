package org.casereview.etl.job;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casereview.etl.cli.RunSettings;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of one run, typed. Only {@code month} and {@code run} identify a job instance;
 * the rest may change on restart (a raised skip limit, more threads).
 */
public record JobRun(String month, String runId, Path input, Path output, boolean force, boolean fetch,
                     int skipLimit, int threads, int progressSeconds, List<String> fetchAllowedHosts,
                     boolean csvBom) {

    public static final String JOB_NAME = "caseReviewJob";

    public static JobParameters parameters(RunSettings s, long runNumber) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString("month", s.month().toString(), true)
                .addLong("run", runNumber, true)
                .addString("input", s.input().toAbsolutePath().normalize().toString(), false)
                .addString("output", s.output().toAbsolutePath().normalize().toString(), false);
        return tunables(b, s).toJobParameters();
    }

    /** An earlier execution's month, run and folders with today's tunable settings (a raised skip limit). */
    public static JobParameters forRestart(JobParameters previous, RunSettings s) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString("month", previous.getString("month"), true)
                .addLong("run", previous.getLong("run"), true)
                .addString("input", previous.getString("input"), false)
                .addString("output", previous.getString("output"), false);
        return tunables(b, s).toJobParameters();
    }

    private static JobParametersBuilder tunables(JobParametersBuilder b, RunSettings s) {
        return b.addString("force", Boolean.toString(s.force()), false)
                .addString("fetch", Boolean.toString(s.fetch()), false)
                .addLong("skipLimit", (long) s.skipLimit(), false)
                .addLong("threads", (long) s.threads(), false)
                .addLong("progressSeconds", (long) s.progressSeconds(), false)
                .addString("fetchAllowedHosts", String.join(",", s.fetchAllowedHosts()), false)
                .addString("csvBom", Boolean.toString(s.csvBom()), false);
    }

    public static JobRun of(JobExecution execution) {
        JobParameters p = execution.getJobParameters();
        String hosts = p.getString("fetchAllowedHosts");
        return new JobRun(p.getString("month"),
                p.getString("month") + "/" + execution.getJobInstance().getInstanceId(),
                Path.of(p.getString("input")), Path.of(p.getString("output")),
                Boolean.parseBoolean(p.getString("force")), Boolean.parseBoolean(p.getString("fetch")),
                p.getLong("skipLimit").intValue(), p.getLong("threads").intValue(),
                p.getLong("progressSeconds").intValue(),
                hosts == null || hosts.isBlank() ? List.of() : Arrays.asList(hosts.split(",")),
                !"false".equals(p.getString("csvBom")));
    }
}
