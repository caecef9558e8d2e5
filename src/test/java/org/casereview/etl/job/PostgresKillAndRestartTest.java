package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The kill-and-restart of {@link KillAndRestartTest} on PostgreSQL: a run in its own JVM is killed
 * with SIGKILL in the middle of the report step while it holds the schema's run lock and open
 * transactions; {@code restart} with the same {@code --db} finishes it, and every CSV file and job
 * table equals those of an uninterrupted run on H2.
 */
class PostgresKillAndRestartTest {

    private static final int REPORTS = 10;
    private static final int KILL_AFTER_REPORTS = 3;

    @TempDir
    Path dir;
    TestPostgres server;
    TestPostgres.Schema schema;

    @AfterEach
    void dropTheSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void restartAfterSigkillOnPostgreSqlGivesTheSameOutputsAsAnUninterruptedRun() throws Exception {
        server = TestPostgres.server();
        schema = server.newSchema("kill");
        Path input = GeneratedInputs.withReports(dir.resolve("input"), REPORTS, 20);
        Path uninterrupted = dir.resolve("h2");
        Path interrupted = dir.resolve("pg");
        assertThat(CaseReviewEtl.execute(runArguments(input, uninterrupted).toArray(String[]::new))).isZero();

        List<String> run = new ArrayList<>(runArguments(input, interrupted));
        run.addAll(List.of("--db", schema.url()));
        Process process = jobProcess(run).redirectErrorStream(true).start();
        int reportsDone = KillAndRestartTest.waitForReports(process, KILL_AFTER_REPORTS);
        process.destroyForcibly(); // SIGKILL: the server sees the connections drop mid-transaction
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reportsDone).as("the kill landed inside the report step").isEqualTo(KILL_AFTER_REPORTS);
        JdbcTemplate postgres = new JdbcTemplate(schema.dataSource());
        assertThat(postgres.queryForList("SELECT status FROM batch_job_execution", String.class))
                .containsExactly("STARTED");

        Path restartLog = dir.resolve("restart.log");
        int restartExit = jobProcess(List.of("restart", "--output", interrupted.toString(), "--db", schema.url()))
                .redirectErrorStream(true).redirectOutput(restartLog.toFile()).start().waitFor();
        assertThat(restartExit).as(Files.readString(restartLog)).isZero();

        for (String csv : List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv", "rejects.csv")) {
            assertThat(interrupted.resolve(csv)).as(csv).hasSameTextualContentAs(uninterrupted.resolve(csv));
        }
        JdbcTemplate h2 = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + uninterrupted.resolve("casereviews").toAbsolutePath(), "sa", ""));
        List<String> tables = JobTables.names(h2, JobTables.H2_TABLES);
        assertThat(JobTables.names(postgres, JobTables.postgresTables(schema.name()))).isEqualTo(tables);
        for (String table : tables) {
            assertThat(JobTables.rows(postgres, table)).as(table).isEqualTo(JobTables.rows(h2, table));
        }
        assertThat(JobTables.rows(postgres, "review")).hasSize(9 + REPORTS);
        assertThat(postgres.queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id",
                String.class)).as("the killed execution is marked failed, the restart completes")
                .containsExactly("FAILED", "COMPLETED");
    }

    private static List<String> runArguments(Path input, Path output) {
        return List.of("run", "--input", input.toString(), "--output", output.toString(), "--month", "2021-11",
                "--threads", "1");
    }

    /** The job in a JVM of its own, given the server's credentials in its environment as a data team would. */
    private ProcessBuilder jobProcess(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CaseReviewEtl.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", server.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", server.password());
        return builder;
    }
}
