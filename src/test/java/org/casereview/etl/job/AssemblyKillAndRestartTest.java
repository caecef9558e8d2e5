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
 * A run in its own JVM is killed with SIGKILL in the middle of the assembly step, after it has committed some slices
 * of what it adds (report sections, items, themes and report-only reviews) and before its own transaction (the linked
 * entries' rows, the rejects, the documents' quality, the step's status) commits; {@code restart} then finishes it,
 * and every CSV and table equals those of an uninterrupted run. The invented reports (Testshire, 'Child Z1' ...) match
 * no entry of the seed digest: each is a review of its own, sixteen to a slice. A slice is committed on a thread of its
 * own while the next is gathered, and before the next is handed on: once the 33rd report is taken, the first slice is
 * committed for sure.
 */
class AssemblyKillAndRestartTest {

    private static final int REPORTS = 60;
    /** Reports seen by the assembly when the child is killed: a slice of sixteen committed, 27 reviews to go. */
    private static final int KILL_AFTER_REPORTS = 33;
    private static final List<String> TABLES = List.of("review", "review_section", "review_item", "item_theme",
            "review_code", "source_document", "reject");

    @TempDir
    Path dir;

    @Test
    void restartAfterSigkillInTheAssemblyGivesTheSameOutputsAsAnUninterruptedRun() throws Exception {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), REPORTS, 2);
        Path uninterrupted = dir.resolve("uninterrupted");
        Path interrupted = dir.resolve("interrupted");

        assertThat(CaseReviewEtl.execute(args("run", input, uninterrupted))).isZero();

        Process process = new ProcessBuilder(javaCommand(args("run", input, interrupted)))
                .redirectErrorStream(true).start();
        int seen = waitForReportOnlyReviews(process, KILL_AFTER_REPORTS);
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the kill landed inside the assembly step").isEqualTo(KILL_AFTER_REPORTS);
        assertThat(query(interrupted, "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC"))
                .isEqualTo("STARTED");
        assertThat(query(interrupted, "SELECT STATUS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'assembleReviewsStep'"))
                .as("the assembly's own transaction never committed").isEqualTo("STARTED");
        assertThat(Integer.parseInt(query(interrupted, "SELECT COUNT(*) FROM review WHERE entry_no IS NULL")))
                .as("slices of report-only reviews committed before the kill").isGreaterThanOrEqualTo(16).isLessThan(REPORTS);
        assertThat(Integer.parseInt(query(interrupted, "SELECT COUNT(*) FROM review_section WHERE source = 'report'")))
                .as("their sections committed with them").isPositive();

        assertThat(CaseReviewEtl.execute("restart", "--output", interrupted.toString())).isZero();

        for (String csv : List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv", "rejects.csv")) {
            assertThat(Files.readString(interrupted.resolve(csv))).as(csv)
                    .isEqualTo(Files.readString(uninterrupted.resolve(csv)));
        }
        for (String table : TABLES) {
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

    /** Reads the child's log until the assembly has taken the given number of reports as reviews of their own. */
    private static int waitForReportOnlyReviews(Process process, int wanted) throws IOException {
        int seen = 0;
        BufferedReader log = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null) {
            if (line.contains("matches no digest entry") && ++seen == wanted) {
                return seen;
            }
        }
        return seen;
    }

    private static String query(Path output, String sql) throws SQLException {
        try (Connection c = connect(output); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A table's rows ordered by every column, as text (the order of rows written in other transactions is no part of it). */
    private static String dump(Path output, String table) throws SQLException {
        StringBuilder b = new StringBuilder();
        int columns;
        try (Connection c = connect(output); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            columns = rs.getMetaData().getColumnCount();
        }
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            order.append(i == 1 ? " ORDER BY " : ", ").append(i);
        }
        try (Connection c = connect(output); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + order)) {
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
