package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run is doing, as the run last wrote it into its live status file (JSON). {@code status}
 * reads it while the run holds the database; after the run it records the last execution, which a
 * later command checks against the job repository.
 *
 * @param partitions report partitions by status ({@code COMPLETED: 12, STARTED: 2})
 */
public record LiveStatus(long executionId, String month, String status, String start, String updated, long pid,
                         List<Step> steps, Map<String, Long> partitions) {

    public record Step(String name, String status, long read, long written, long skipped) {
    }

    public static LiveStatus of(JobExecution e) {
        List<StepExecution> all = e.getStepExecutions().stream()
                .sorted(Comparator.comparing(StepExecution::getId)).toList();
        List<Step> steps = all.stream().filter(s -> !s.getStepName().contains(":"))
                .map(s -> new Step(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                        s.getSkipCount()))
                .toList();
        Map<String, Long> partitions = all.stream().filter(s -> s.getStepName().contains(":"))
                .collect(Collectors.groupingBy(s -> s.getStatus().name(), TreeMap::new, Collectors.counting()));
        return new LiveStatus(e.getId(), e.getJobParameters().getString("month"), e.getStatus().name(),
                e.getStartTime() == null ? null : e.getStartTime().withNano(0).toString(),
                LocalDateTime.now().withNano(0).toString(), ProcessHandle.current().pid(), steps, partitions);
    }

    public static Optional<LiveStatus> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Json.read(file, LiveStatus.class));
    }

    /** Written beside and moved over the old file, so a reader never sees half a file. */
    public void write(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, toJson());
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public String toJson() {
        return Json.write(this) + "\n";
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Execution %d  month %s  %s  start %s  (process %d, status written %s)%n",
                executionId, month, status, start == null ? "-" : start.replace('T', ' '), pid, updated.replace('T', ' ')));
        for (Step s : steps) {
            b.append(String.format("    %-22s %-9s read %d, written %d, skipped %d%n", s.name(), s.status(), s.read(),
                    s.written(), s.skipped()));
        }
        if (!partitions.isEmpty()) {
            long total = partitions.values().stream().mapToLong(Long::longValue).sum();
            b.append("    report partitions: ").append(total).append(' ').append(partitions).append('\n');
        }
        return b.toString();
    }
}
