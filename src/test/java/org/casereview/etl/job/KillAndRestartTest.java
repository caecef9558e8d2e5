package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run in its own JVM is killed with SIGKILL in the middle of the report step; {@code restart}
 * then finishes it, and every CSV and table equals those of an uninterrupted run.
 */
class KillAndRestartTest {

    private static final int REPORTS = 24;
    private static final int KILL_AFTER_REPORTS = 3;

    @TempDir
    Path dir;

    @Test
    void restartAfterSigkillGivesTheSameOutputsAsAnUninterruptedRun() throws Exception {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), REPORTS, 30);
        Path uninterrupted = dir.resolve("uninterrupted");
        Path interrupted = dir.resolve("interrupted");

        assertThat(CaseReviewEtl.execute(args("run", input, uninterrupted))).isZero();

        Process process = new ProcessBuilder(javaCommand(args("run", input, interrupted)))
                .redirectErrorStream(true).start();
        int reportsDone = waitForReports(process, KILL_AFTER_REPORTS);
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reportsDone).as("the kill landed inside the report step").isEqualTo(KILL_AFTER_REPORTS);
        assertThat(jobStatus(interrupted)).isEqualTo("STARTED");

        assertThat(CaseReviewEtl.execute("restart", "--output", interrupted.toString())).isZero();

        for (String csv : List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv", "rejects.csv")) {
            assertThat(Files.readString(interrupted.resolve(csv))).as(csv)
                    .isEqualTo(Files.readString(uninterrupted.resolve(csv)));
        }
        for (String table : List.of("review", "review_section", "review_item", "review_code", "source_document", "reject")) {
            assertThat(dump(interrupted, table)).as(table).isEqualTo(dump(uninterrupted, table));
        }
        assertThat(CsvFiles.read(interrupted.resolve("reviews.csv"))).hasSize(9 + REPORTS);
    }

    private static String[] args(String command, Path input, Path output) {
        return new String[] {command, "--input", input.toString(), "--output", output.toString(), "--month", "2021-11",
                "--threads", "1"};
    }

    private static List<String> javaCommand(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CaseReviewEtl.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Reads the child's log until it has finished the given number of reports. */
    static int waitForReports(Process process, int wanted) throws IOException {
        int done = 0;
        try (BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = log.readLine()) != null) {
                if (line.contains("INFO  Report ") && line.contains(" pages, ")) {
                    if (++done == wanted) {
                        return done;
                    }
                }
            }
        }
        return done;
    }

    private static String jobStatus(Path output) throws SQLException {
        try (Connection c = connect(output); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A table's rows in a stable order, as text. */
    private static String dump(Path output, String table) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = connect(output); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2, 3")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static Connection connect(Path output) throws SQLException {
        return DriverManager.getConnection(RunSettings.defaultDbUrl(output), "sa", "");
    }
}
