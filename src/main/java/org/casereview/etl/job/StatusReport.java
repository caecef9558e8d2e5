package org.casereview.etl.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.text.LogSafe;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.IncorrectResultSizeDataAccessException;

/** {@code status}: recent executions and their steps, as text for operators or JSON for scripts. */
public class StatusReport {

    private static final int RECENT = 10;

    private final JobRepository repository;
    private final Function<String, Map<String, String>> doubtfulOfMonth;
    private final Function<String, Map<String, String>> timedOutOfMonth;
    private final RunningJob running;

    /** @param doubtfulOfMonth a month's documents the self-check doubts, file name to reasons */
    public StatusReport(JobRepository repository, Function<String, Map<String, String>> doubtfulOfMonth) {
        this(repository, doubtfulOfMonth, month -> Map.of(), new RunningJob());
    }

    /**
     * @param timedOutOfMonth a month's documents rejected for their time, file name to the reject's message
     * @param running         the execution this process runs, which the live status is read from
     */
    public StatusReport(JobRepository repository, Function<String, Map<String, String>> doubtfulOfMonth,
                        Function<String, Map<String, String>> timedOutOfMonth, RunningJob running) {
        this.repository = repository;
        this.doubtfulOfMonth = doubtfulOfMonth;
        this.timedOutOfMonth = timedOutOfMonth;
        this.running = running;
    }

    public List<JobExecution> recentExecutions() {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(JobRun.JOB_NAME, 0, RECENT)) {
            executions.addAll(repository.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparing(JobExecution::getId).reversed());
        return executions.subList(0, Math.min(RECENT, executions.size()));
    }

    /** The execution this process runs, as it runs it; else the newest in the job repository. */
    public Optional<JobExecution> liveExecution() {
        Optional<JobExecution> mine = running.current();
        return mine.isPresent() ? mine : latestExecution();
    }

    /** The newest execution: every run creates a new instance, so it belongs to the newest instance. */
    public Optional<JobExecution> latestExecution() {
        return repository.getJobInstances(JobRun.JOB_NAME, 0, 1).stream()
                .flatMap(instance -> repository.getJobExecutions(instance).stream())
                .max(Comparator.comparing(JobExecution::getId));
    }

    /** The status the job repository holds for this execution, empty when it does not know it. */
    public Optional<BatchStatus> statusOf(long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId)).map(JobExecution::getStatus);
        } catch (IncorrectResultSizeDataAccessException e) {
            return Optional.empty();
        }
    }

    public String text() {
        List<JobExecution> executions = recentExecutions();
        if (executions.isEmpty()) {
            return "No runs recorded in this database yet.\n";
        }
        StringBuilder b = new StringBuilder();
        for (JobExecution e : executions) {
            b.append(String.format("Execution %d  month %s  run %s  %-9s start %s  end %s%n", e.getId(),
                    e.getJobParameters().getString("month"), e.getJobInstance().getInstanceId(), e.getStatus(),
                    time(e.getStartTime()), time(e.getEndTime())));
            String message = RunSummaries.exitMessage(e);
            if (message != null) {
                b.append("    failure: ").append(message.lines().findFirst().orElse("")).append('\n');
            }
            Map<String, String> doubtful = doubtfulOfMonth.apply(e.getJobParameters().getString("month"));
            if (!doubtful.isEmpty()) {
                b.append("    doubtful documents ").append(doubtful.size()).append(": ")
                        .append(String.join(", ", doubtful.keySet().stream().map(LogSafe::text).toList())).append('\n');
            }
            b.append(timedOutLines(timedOutOfMonth.apply(e.getJobParameters().getString("month"))));
            List<StepExecution> partitions = new ArrayList<>();
            for (StepExecution s : steps(e)) {
                if (s.getStepName().contains(":")) {
                    partitions.add(s);
                    continue;
                }
                b.append(String.format("    %-22s %-9s %8s  read %d, written %d, skipped %d%s%n", s.getStepName(),
                        s.getStatus(), seconds(s), s.getReadCount(), s.getWriteCount(), s.getSkipCount(),
                        exit(s)));
            }
            if (!partitions.isEmpty()) {
                b.append("    report partitions: ").append(partitions.size()).append(' ').append(byStatus(partitions)).append('\n');
                partitions.stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED).forEach(s -> b.append(
                        String.format("      %s %s%s%n", s.getStepName().substring(s.getStepName().indexOf(':') + 1),
                                s.getStatus(), exit(s))));
            }
        }
        b.append("Restart the newest FAILED or STARTED (interrupted) execution with: restart --output <same folder>\n");
        return b.toString();
    }

    public String json() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (JobExecution e : recentExecutions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("execution_id", e.getId());
            m.put("instance_id", e.getJobInstance().getInstanceId());
            m.put("month", e.getJobParameters().getString("month"));
            m.put("status", e.getStatus().name());
            m.put("exit_code", e.getExitStatus().getExitCode());
            m.put("exit_message", RunSummaries.exitMessage(e));
            m.put("start", str(e.getStartTime()));
            m.put("end", str(e.getEndTime()));
            Map<String, String> doubtful = doubtfulOfMonth.apply(e.getJobParameters().getString("month"));
            m.put("doubtful_documents", doubtful.size());
            m.put("doubtful", doubtful);
            m.put("timed_out", timedOutOfMonth.apply(e.getJobParameters().getString("month")));
            List<Map<String, Object>> steps = new ArrayList<>();
            for (StepExecution s : steps(e)) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("name", s.getStepName());
                sm.put("status", s.getStatus().name());
                sm.put("start", str(s.getStartTime()));
                sm.put("end", str(s.getEndTime()));
                sm.put("read", s.getReadCount());
                sm.put("written", s.getWriteCount());
                sm.put("skipped", s.getSkipCount());
                sm.put("exit_message", s.getExitStatus().getExitDescription());
                steps.add(sm);
            }
            m.put("steps", steps);
            list.add(m);
        }
        return Json.write(list) + "\n";
    }

    /**
     * Documents stopped by their time, each with its reason, and what to do: a document stopped by the wall clock was
     * read on a busy machine (the run goes on without it), one stopped by processor time needs a higher limit.
     */
    static String timedOutLines(Map<String, String> timedOut) {
        if (timedOut.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("    timed out ").append(timedOut.size()).append(" (not loaded):\n");
        timedOut.forEach((file, message) -> b.append("      ").append(LogSafe.text(file)).append(": ")
                .append(LogSafe.text(message)).append('\n'));
        boolean byClock = timedOut.values().stream().anyMatch(DocumentBudget::timedOutByTheClock);
        return b.append("      to load ").append(timedOut.size() == 1 ? "it" : "them").append(": run the month again")
                .append(byClock ? " when the machine is less busy (a time on the clock was used up), or" : "")
                .append(" with a higher --document-timeout-seconds\n").toString();
    }

    private static Map<BatchStatus, Long> byStatus(List<StepExecution> steps) {
        return steps.stream().collect(Collectors.groupingBy(StepExecution::getStatus, TreeMap::new, Collectors.counting()));
    }

    private static List<StepExecution> steps(JobExecution e) {
        return e.getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId)).toList();
    }

    private static String exit(StepExecution s) {
        String d = s.getExitStatus().getExitDescription();
        if (d == null || d.isBlank()) {
            return "";
        }
        return "  (" + d.lines().findFirst().orElse("").replaceAll("^[\\w.]+(Exception|Error): ", "") + ")";
    }

    private static String seconds(StepExecution s) {
        if (s.getStartTime() == null || s.getEndTime() == null) {
            return "-";
        }
        return String.format("%.1fs", Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0);
    }

    private static String time(LocalDateTime t) {
        return t == null ? "-" : t.withNano(0).toString().replace('T', ' ');
    }

    private static String str(LocalDateTime t) {
        return t == null ? null : t.toString();
    }
}
