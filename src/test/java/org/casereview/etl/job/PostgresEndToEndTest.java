package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.TestPostgres;
import org.casereview.etl.cli.DatabaseRunLock;
import org.casereview.etl.cli.ExitCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The job on PostgreSQL and on H2 over the same input: the shipped {@code input/} folder plus two
 * reports no digest names (report-only reviews, whose entry number is empty) with file names that a
 * language collation orders differently from H2, and a file that is rejected. Every table of the
 * job has the same rows in both databases, and the CSV files are byte for byte the same.
 */
class PostgresEndToEndTest {

    private static final String MONTH = "2026-11";
    private static final List<String> CSV_FILES =
            List.of("reviews.csv", "sections.csv", "items.csv", "documents.csv", "rejects.csv");

    @TempDir
    static Path dir;
    static TestPostgres server;
    static TestPostgres.Schema schema;
    static Path input;
    static int h2Exit;
    static int postgresExit;

    @BeforeAll
    static void runOnBothDatabases() throws IOException, InterruptedException {
        server = TestPostgres.server();
        schema = server.newSchema("e2e");
        input = inputFolder(dir.resolve("input"));
        h2Exit = CaseReviewEtl.execute(arguments(dir.resolve("h2")));
        postgresExit = runOnPostgreSql(dir.resolve("pg"));
    }

    @AfterAll
    static void dropTheSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void bothRunsComplete() throws IOException {
        assertThat(h2Exit).isZero();
        assertThat(postgresExit).isZero();
        assertThat(CsvFiles.read(dir.resolve("pg/reviews.csv"))).hasSize(15);
        assertThat(CsvFiles.read(dir.resolve("pg/rejects.csv"))).extracting(r -> r.get("source_file"))
                .containsExactly("scan.png");
    }

    @Test
    void theCsvFilesAreTheSame() throws IOException {
        for (String file : CSV_FILES) {
            assertThat(dir.resolve("pg").resolve(file)).as(file).hasSameBinaryContentAs(dir.resolve("h2").resolve(file));
        }
    }

    @Test
    void everyTableOfTheJobHasTheSameRows() {
        JdbcTemplate h2 = new JdbcTemplate(h2DataSource());
        JdbcTemplate postgres = new JdbcTemplate(schema.dataSource());
        List<String> tables = JobTables.names(h2, JobTables.H2_TABLES);
        assertThat(JobTables.names(postgres, JobTables.postgresTables(schema.name()))).isEqualTo(tables);
        assertThat(tables).contains("review", "review_item", "source_document", "reject", "report_extract");
        for (String table : tables) {
            List<String> rows = JobTables.rows(h2, table);
            assertThat(JobTables.rows(postgres, table)).as(table).isEqualTo(rows);
        }
        assertThat(JobTables.rows(postgres, "review")).hasSize(15);
    }

    @Test
    void theJobRepositoryIsInPostgreSql() {
        // six steps and one worker step per report partition
        String steps = "SELECT step_name, status, read_count, write_count, read_skip_count, write_skip_count,"
                + " process_skip_count, exit_code FROM batch_step_execution";
        JdbcTemplate postgres = new JdbcTemplate(schema.dataSource());
        assertThat(postgres.queryForList("SELECT status FROM batch_job_execution", String.class))
                .containsExactly("COMPLETED");
        assertThat(JobTables.sorted(postgres.queryForList(steps))).hasSize(6 + 5)
                .isEqualTo(JobTables.sorted(new JdbcTemplate(h2DataSource()).queryForList(steps)));
        assertThat(postgres.queryForList("SELECT step_name FROM batch_step_execution", String.class))
                .contains("discoverInputsStep", "extractReportWorkerStep:report:testshire_cspr_child_a.pdf",
                        "exportOutputsStep");
    }

    @Test
    void aSecondRunWhileOneHoldsTheDatabaseExitsThree() throws Exception {
        try (DatabaseRunLock held = DatabaseRunLock.tryAcquire(schema.url(), server.user(), server.password())
                .orElseThrow()) {
            assertThat(runOnPostgreSql(dir.resolve("pg-locked"))).isEqualTo(ExitCodes.LOCKED);
        }
        assertThat(dir.resolve("pg-locked/reviews.csv")).doesNotExist();
        assertThat(new JdbcTemplate(schema.dataSource()).queryForObject("SELECT COUNT(*) FROM batch_job_execution",
                Integer.class)).isEqualTo(1);
    }

    private static Path inputFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> shipped = Files.list(Path.of("input"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        GeneratedInputs.writeReport(folder.resolve("testshire_cspr_child_a.pdf"), "Child A", 3);
        GeneratedInputs.writeReport(folder.resolve("Testshire-CSPR-Child-B.pdf"), "Child B", 3);
        Files.write(folder.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        return folder;
    }

    private static String[] arguments(Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(),
                "--month", MONTH));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The job in a process of its own, given the server's credentials in its environment as a data team would. */
    private static int runOnPostgreSql(Path output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CaseReviewEtl.class.getName()));
        command.addAll(List.of(arguments(output, "--db", schema.url())));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(output.getFileName() + ".log").toFile());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", server.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", server.password());
        return builder.start().waitFor();
    }

    private static DataSource h2DataSource() {
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("h2/casereviews").toAbsolutePath(), "sa", "");
    }
}
