package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database written before the schema was versioned (the old start-up script, Spring Batch's
 * tables, a month already loaded) opens with the Flyway job: it is upgraded, not rebuilt.
 */
class PreFlywayDatabaseTest {

    @TempDir
    static Path dir;
    static Path output;
    static int exitCode;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void runOnAnOldDatabase() throws IOException {
        output = dir.resolve("out");
        DataSource old = new DriverManagerDataSource(RunSettings.defaultDbUrl(output), "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/pre-flyway-schema.sql"),
                new ClassPathResource("org/springframework/batch/core/schema-h2.sql")).execute(old);
        jdbc = new JdbcTemplate(old);
        jdbc.update("INSERT INTO review (review_id, title, summary, batch_month) VALUES"
                + " ('2021-10-child-k', 'Child K: a review loaded by an earlier version', 'Kept.', '2021-10')");
        Path input = GeneratedInputs.withReports(dir.resolve("input"), 0, 0);
        exitCode = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2021-11");
    }

    @Test
    void theRunCompletesAndLoadsItsMonth() throws IOException {
        assertThat(exitCode).isZero();
        assertThat(CsvFiles.read(output.resolve("reviews.csv"))).hasSize(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review WHERE batch_month = '2021-11'", Integer.class))
                .isEqualTo(9);
    }

    @Test
    void theEarlierMonthAndTheOldColumnTypesStay() {
        assertThat(jdbc.queryForMap("SELECT title, summary FROM review WHERE review_id = '2021-10-child-k'"))
                .containsEntry("TITLE", "Child K: a review loaded by an earlier version");
        assertThat(jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'REVIEW' AND column_name = 'SUMMARY'", String.class))
                .isEqualTo("CHARACTER LARGE OBJECT");
    }

    @Test
    void flywayBaselinedTheOldSchemaAndThenRanEveryMigration() {
        List<Map<String, Object>> history = jdbc.queryForList(
                "SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\""
                        + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
        assertThat(history).extracting(h -> h.get("version") + " " + h.get("type") + " " + h.get("success"))
                .startsWith("0 BASELINE true", "1 SQL true");
    }
}
