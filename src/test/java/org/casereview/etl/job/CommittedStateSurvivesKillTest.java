package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the default database URL reports as committed is in the file at once: a JVM killed with SIGKILL
 * right after a commit loses nothing (H2's default write delay of 500 ms lost a step's COMPLETED state).
 */
class CommittedStateSurvivesKillTest {

    @TempDir
    Path dir;

    @Test
    void aCommitJustBeforeSigkillIsKept() throws Exception {
        String url = RunSettings.defaultDbUrl(dir);
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), CommitThenWait.class.getName(), url)
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("committed");
            child.destroyForcibly(); // SIGKILL: no shutdown hook closes the database
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM step_state ORDER BY id")) {
            List<String> statuses = new ArrayList<>();
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
            assertThat(statuses).containsExactly("STARTED", "COMPLETED");
        }
    }

    /** The child: commits two rows (auto-commit), says so, and waits to be killed. */
    public static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            Connection c = DriverManager.getConnection(args[0], "sa", "");
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE step_state (id INT PRIMARY KEY, status VARCHAR(20))");
                st.execute("INSERT INTO step_state VALUES (1, 'STARTED')");
                st.execute("INSERT INTO step_state VALUES (2, 'COMPLETED')");
            }
            System.out.println("committed");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
