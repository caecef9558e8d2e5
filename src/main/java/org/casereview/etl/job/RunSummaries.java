package org.casereview.etl.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the summary of a finished execution from the tables of its month. */
public class RunSummaries {

    /** Tables up to this many rows are read whole before every command. */
    static final int SMALL_TABLE_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final ExtractionProgress progress;

    public RunSummaries(JdbcClient jdbc, ExtractionProgress progress) {
        this.jdbc = jdbc;
        this.progress = progress;
    }

    public RunSummary of(JobExecution execution) {
        JobRun run = JobRun.of(execution);
        String m = run.month();
        Map<String, Integer> byReason = new LinkedHashMap<>();
        jdbc.sql("SELECT reason_code, COUNT(*) FROM reject WHERE batch_month = ? GROUP BY reason_code ORDER BY reason_code")
                .param(m).query((rs, n) -> byReason.put(rs.getString(1), rs.getInt(2))).list();
        List<RunSummary.StepLine> steps = new ArrayList<>();
        execution.getStepExecutions().stream()
                .filter(s -> !s.getStepName().contains(":"))
                .sorted(Comparator.comparing(StepExecution::getId))
                .forEach(s -> steps.add(new RunSummary.StepLine(s.getStepName(), s.getStatus().name(),
                        (int) s.getReadCount(), (int) s.getWriteCount(), (int) s.getSkipCount(), duration(s))));
        double seconds = progress.seconds();
        long pages = progress.pages();
        return new RunSummary(execution.getId(), m, execution.getStatus().name(), exitMessage(execution),
                execution.getStartTime(), execution.getEndTime(),
                count("SELECT COUNT(*) FROM review WHERE batch_month = ?", m),
                count("SELECT COUNT(*) FROM review_section s JOIN review r ON r.review_id = s.review_id WHERE r.batch_month = ?", m),
                count("SELECT COUNT(*) FROM review_item i JOIN review r ON r.review_id = i.review_id WHERE r.batch_month = ?", m),
                count("SELECT COUNT(*) FROM source_document WHERE batch_month = ?", m),
                byReason.values().stream().mapToInt(Integer::intValue).sum(), byReason, pages,
                seconds > 0 ? pages / seconds : 0, steps, run.output().toString(), doubtful(jdbc, m));
    }

    /** The month's documents the self-check doubts: file name and reasons, in file-name order. */
    static Map<String, String> doubtful(JdbcClient jdbc, String month) {
        Map<String, String> doubtful = new LinkedHashMap<>();
        jdbc.sql("SELECT source_file, quality_notes FROM source_document WHERE batch_month = ?"
                        + " AND quality = 'doubtful' ORDER BY source_file")
                .param(month).query((rs, n) -> doubtful.put(rs.getString(1), rs.getString(2))).list();
        return doubtful;
    }

    /** The month's documents rejected for their time: file name and the reject's message, in file-name order. */
    static Map<String, String> timedOut(JdbcClient jdbc, String month) {
        Map<String, String> timedOut = new LinkedHashMap<>();
        jdbc.sql("SELECT source_file, MIN(message) FROM reject WHERE batch_month = ? AND reason_code = 'timeout'"
                        + " GROUP BY source_file ORDER BY source_file")
                .param(month).query((rs, n) -> timedOut.put(rs.getString(1), rs.getString(2))).list();
        return timedOut;
    }

    /**
     * Reads every row of the job repository and of the small tables of an H2 file once. A truncated store
     * can open on an older, consistent root and fail only when a lost page is read: this makes it fail
     * before a command does anything. The large tables (sections, items and their themes, a row per section or
     * item, growing with every month) are not read here, however few their rows: that cost grew with the archive
     * (the sections' text alone is megabytes a month); a lost page there fails the step that reads it.
     */
    public void readEveryRow(String dbUrl) {
        if (dbUrl == null || !dbUrl.startsWith("jdbc:h2:") || dbUrl.startsWith("jdbc:h2:mem:")) {
            return;
        }
        List<String> tables = jdbc.sql("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' "
                + "AND (TABLE_NAME LIKE 'BATCH\\_%' OR ROW_COUNT_ESTIMATE <= ? "
                + "AND TABLE_NAME NOT LIKE '%SECTION%' AND TABLE_NAME NOT LIKE '%ITEM%')")
                .param(SMALL_TABLE_ROWS).query(String.class).list();
        for (String table : tables) {
            jdbc.sql("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"").query(rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
            });
        }
    }

    private int count(String sql, String month) {
        return jdbc.sql(sql).param(month).query(Integer.class).single();
    }

    private static Duration duration(StepExecution s) {
        if (s.getStartTime() == null || s.getEndTime() == null) {
            return Duration.ZERO;
        }
        return Duration.between(s.getStartTime(), s.getEndTime());
    }

    /** The first failure's message, not Spring Batch's stack trace. */
    static String exitMessage(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
        return execution.getExecutionContext().getString(UnchangedRun.NOTE, null);
    }
}
