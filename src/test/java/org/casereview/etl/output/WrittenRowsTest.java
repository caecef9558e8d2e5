package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The run report counted from the cells the export keeps as it writes the files is the page counted from the files
 * read back, over a real H2 month whose counted cells hold list codes, empty cells, commas, quotes, line breaks and
 * formula-looking text: the same bytes, and the kept rows are the files' rows, in order, in the report's columns only.
 */
class WrittenRowsTest {

    @TempDir
    static Path dir;
    static JdbcClient jdbc;

    @BeforeAll
    static void aMonth() {
        SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("db/casereviews").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        jdbc = JdbcClient.create(db);
        review("a", "death", "under_1", "neglect; physical_abuse");
        review("b", "serious_harm", null, "neglect");
        review("c", null, "16_17", null);
        item("a", "learning", 1, "Share, \"always\"\nwith =care", "information_sharing; professional_curiosity");
        item("a", "recommendations", 1, "x", "information_sharing");
        item("b", "learning", 1, "y", "");
        item("b", "learning", 2, "z", null);
        jdbc.sql("INSERT INTO source_document (batch_month, source_file, kind, status, quality, quality_notes)"
                + " VALUES ('2026-11', 'a.pdf', 'report', 'loaded', 'doubtful', 'notes, \"quoted\"\non two lines')").update();
        jdbc.sql("INSERT INTO source_document (batch_month, source_file, kind, status, quality)"
                + " VALUES ('2026-11', 'b.pdf', 'report', 'loaded', 'ok')").update();
        jdbc.sql("INSERT INTO reject (run_id, source_file, location, reason_code, message, batch_month)"
                + " VALUES ('r1', 'x.pdf', 'page 2', 'encrypted', '=password, \"needed\"', '2026-11')").update();
    }

    private static void review(String id, String outcome, String band, String harms) {
        jdbc.sql("INSERT INTO review (review_id, batch_month, review_type, outcome, age_band, harm_types)"
                + " VALUES (?, '2026-11', 'serious_case_review', ?, ?, ?)").params(id, outcome, band, harms).update();
    }

    private static void item(String id, String kind, int no, String text, String themes) {
        jdbc.sql("INSERT INTO review_item (review_id, source, section_type, item_no, text, themes)"
                + " VALUES (?, 'report', ?, ?, ?, ?)").params(id, kind, no, text, themes).update();
    }

    @Test
    void thePageFromTheKeptCellsIsThePageFromTheFilesReadBack() throws IOException {
        Path out = dir.resolve("kept");
        WrittenRows kept = RunReportWriter.rowsToCount();
        new CsvExporter(jdbc).export(ExportTable.ALL, MonthRange.of("2026-11"), out, true, kept,
                () -> RunReportWriter.write(out, "2026-11", kept));
        String fromKept = Files.readString(out.resolve(RunReportWriter.FILE_NAME));
        String fromFiles = Files.readString(RunReportWriter.write(out, "2026-11"));
        assertThat(fromKept).isEqualTo(fromFiles).contains("physical_abuse").contains("x.pdf");
    }

    @Test
    void theKeptRowsAreTheFilesRowsInOrderInTheReportsColumnsOnly() throws IOException {
        Path out = dir.resolve("rows");
        WrittenRows kept = RunReportWriter.rowsToCount();
        new CsvExporter(jdbc).export(ExportTable.ALL, MonthRange.of("2026-11"), out, false, kept, () -> { });
        assertThat(kept.files()).containsExactlyInAnyOrderElementsOf(RunReportWriter.READS);
        for (String file : RunReportWriter.READS) {
            List<String> columns = RunReport.COLUMNS.get(file);
            List<Map<String, String>> read = RunReportWriter.read(out.resolve(file)).stream()
                    .map(row -> only(row, columns)).toList();
            assertThat(kept.rows(file)).as(file).isEqualTo(read);
        }
        assertThat(kept.rows("items.csv")).hasSize(4);
        assertThat(kept.rows("rejects.csv")).containsExactly(Map.of("source_file", "x.pdf", "location", "page 2",
                "reason_code", "encrypted", "message", "'=password, \"needed\""));
        assertThat(kept.rows("sections.csv")).isEmpty();
    }

    private static Map<String, String> only(Map<String, String> row, List<String> columns) {
        java.util.Map<String, String> kept = new java.util.HashMap<>();
        columns.forEach(c -> kept.put(c, row.get(c)));
        return kept;
    }
}
