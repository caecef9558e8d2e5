package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A run in its own JVM, with an operator vocabulary that gives the reports' items themes, is killed with SIGKILL in
 * the middle of the extract step, where the items' themes are now matched and kept with each report's extraction;
 * {@code restart} finishes it: the cached themes, the month's item_theme and review_item rows and the CSVs equal those
 * of an uninterrupted run.
 */
class ThemeCacheKillAndRestartTest {

    private static final int REPORTS = 10;
    private static final int KILL_AFTER_REPORTS = 3;

    @TempDir
    Path dir;

    @Test
    void restartAfterSigkillInTheExtractStepKeepsTheSameThemes() throws Exception {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), REPORTS, 12);
        Path words = Files.writeString(dir.resolve("words.yml"), """
                # an operator's theme phrase (invented for the test)
                themes:
                  themes:
                    - code: information_sharing
                      patterns: ["review practice area"]
                """);
        Path uninterrupted = dir.resolve("uninterrupted");
        Path interrupted = dir.resolve("interrupted");
        assertThat(CaseReviewEtl.execute(args("run", input, uninterrupted, words))).isZero();

        Process process = new ProcessBuilder(command(args("run", input, interrupted, words)))
                .redirectErrorStream(true).start();
        int reportsDone = KillAndRestartTest.waitForReports(process, KILL_AFTER_REPORTS);
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reportsDone).as("the kill landed inside the extract step").isEqualTo(KILL_AFTER_REPORTS);

        assertThat(CaseReviewEtl.execute("restart", "--output", interrupted.toString(), "--vocabulary",
                words.toString())).isZero();

        assertThat(dump(uninterrupted, "SELECT COUNT(*) FROM item_theme WHERE source = 'report'"))
                .as("the operator's phrase gives the report items themes").isNotEqualTo("0|\n");
        for (String sql : List.of(
                "SELECT * FROM item_theme ORDER BY 1, 2, 3, 4, 5",
                "SELECT * FROM review_item ORDER BY 1, 2, 3, 4",
                "SELECT r.file_name, r.themes_key, i.section_type, i.item_no, i.themes FROM report_item_extract i"
                        + " JOIN report_extract r ON r.sha256 = i.sha256 ORDER BY 1, 3, 4")) {
            assertThat(dump(interrupted, sql)).as(sql).isEqualTo(dump(uninterrupted, sql));
        }
        for (String csv : List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv", "rejects.csv")) {
            assertThat(Files.readString(interrupted.resolve(csv))).as(csv)
                    .isEqualTo(Files.readString(uninterrupted.resolve(csv)));
        }
    }

    private static String[] args(String command, Path input, Path output, Path words) {
        return new String[] {command, "--input", input.toString(), "--output", output.toString(), "--month", "2021-11",
                "--threads", "1", "--vocabulary", words.toString()};
    }

    private static List<String> command(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CaseReviewEtl.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static String dump(Path output, String sql) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = DriverManager.getConnection(RunSettings.defaultDbUrl(output), "sa", "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
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
}
