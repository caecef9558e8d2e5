package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casereview.etl.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * themes_by_year over a real H2 database with the job's migrations: themes counted per publication year
 * for the months of the range only, reviews without a stated year under an empty year (last), the
 * denominator the reviews of the year that have items, the same rows in the workbook and on PostgreSQL
 * (skipped without a test server, see TestPostgres).
 */
class ThemesByYearTest {

    @TempDir
    static Path dir;
    static JdbcClient jdbc;

    @BeforeAll
    static void twoMonthsAndOneOutsideTheRange() {
        jdbc = migrated(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("db/casereviews").toAbsolutePath(), "sa", ""), "h2");
        load(jdbc);
    }

    private static JdbcClient migrated(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
        return JdbcClient.create(dataSource);
    }

    private static void load(JdbcClient db) {
        review(db, "a", "2021-01", 2021);
        item(db, "a", 1, "information_sharing", "domestic_abuse");
        item(db, "a", 2, "information_sharing");
        review(db, "b", "2021-01", 2021);
        item(db, "b", 1, "information_sharing", "retired_theme");
        review(db, "c", "2021-01", 2021);
        item(db, "c", 1);
        review(db, "d", "2021-01", 2021);
        review(db, "e", "2021-02", null);
        item(db, "e", 1, "safer_sleep");
        review(db, "f", "2021-02", 2020);
        item(db, "f", 1, "escalation");
        review(db, "g", "2021-03", 2021);
        item(db, "g", 1, "information_sharing");
    }

    private static void review(JdbcClient db, String id, String month, Integer year) {
        db.sql("INSERT INTO review (review_id, batch_month, publication_year) VALUES (?, ?, ?)")
                .params(id, month, year).update();
    }

    private static void item(JdbcClient db, String review, int no, String... themes) {
        db.sql("INSERT INTO review_item (review_id, source, section_type, item_no, text, themes)"
                        + " VALUES (?, 'digest', 'learning', ?, 'x', ?)")
                .params(review, no, String.join("; ", themes)).update();
        for (String theme : themes) {
            db.sql("INSERT INTO item_theme (review_id, source, section_type, item_no, theme) VALUES (?, 'digest', 'learning', ?, ?)")
                    .params(review, no, theme).update();
        }
    }

    private static final MonthRange JANUARY_AND_FEBRUARY = new MonthRange(YearMonth.of(2021, 1), YearMonth.of(2021, 2));

    @Test
    void countsItemsAndReviewsPerPublicationYearWithTheYearsReviewsAsTheDenominator() throws Exception {
        Path folder = dir.resolve("export");
        new CsvExporter(jdbc).export(ExportTable.DATASET, JANUARY_AND_FEBRUARY, folder, false);
        assertThat(csv(folder.resolve("themes_by_year.csv"))).containsExactly(
                List.of("year", "theme", "theme_label", "items", "reviews", "reviews_with_items"),
                List.of("2020", "escalation", "Escalation and professional disagreement", "1", "1", "1"),
                List.of("2021", "information_sharing", "Sharing information in a timely way", "3", "2", "3"),
                List.of("2021", "domestic_abuse", "Domestic abuse", "1", "1", "3"),
                List.of("2021", "retired_theme", "retired_theme", "1", "1", "3"),
                List.of("", "safer_sleep", "Safer sleep", "1", "1", "1"));
    }

    @Test
    void aRunWritesItsOwnTablesOnlyAndTheWorkbookHasTheSameRows() throws Exception {
        Path run = dir.resolve("run");
        new CsvExporter(jdbc).export(JANUARY_AND_FEBRUARY, run, true);
        assertThat(run.resolve("themes_by_year.csv")).doesNotExist();
        assertThat(run.resolve("items.csv")).exists();

        Path folder = dir.resolve("workbook");
        new WorkbookExporter(jdbc).export(JANUARY_AND_FEBRUARY, folder);
        try (InputStream in = Files.newInputStream(folder.resolve(WorkbookExporter.FILE_NAME));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("themes_by_year");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("information_sharing");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2021);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(5).getCell(0) == null || sheet.getRow(5).getCell(0).getCellType() == CellType.BLANK
                    || sheet.getRow(5).getCell(0).getStringCellValue().isEmpty()).isTrue();
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Safer sleep");
        }
    }

    @Test
    void postgreSqlGivesTheSameRows() throws Exception {
        try (TestPostgres.Schema schema = TestPostgres.server().newSchema("themes_by_year")) {
            JdbcClient postgres = migrated(schema.dataSource(), "postgresql");
            load(postgres);
            new CsvExporter(postgres).export(ExportTable.DATASET, JANUARY_AND_FEBRUARY, dir.resolve("pg"), false);
            new CsvExporter(jdbc).export(ExportTable.DATASET, JANUARY_AND_FEBRUARY, dir.resolve("h2"), false);
            assertThat(csv(dir.resolve("pg/themes_by_year.csv"))).hasSize(6)
                    .isEqualTo(csv(dir.resolve("h2/themes_by_year.csv")));
        }
    }

    private static List<List<String>> csv(Path file) throws IOException, CsvException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            List<List<String>> rows = new ArrayList<>();
            csv.readAll().forEach(row -> rows.add(List.of(row)));
            return rows;
        }
    }
}
