package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunLock;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two months loaded by two runs into one database, then {@code export} over both, one or a range: the
 * same rows as the runs' own CSV files, and the workbook with the same rows per sheet.
 */
class WholeDatasetExportTest {

    static final List<String> TABLES = List.of("reviews", "sections", "items", "documents", "rejects");

    @TempDir
    static Path dir;
    static String db;
    static Path october;
    static Path november;

    @BeforeAll
    static void loadTwoMonths() throws IOException {
        db = "jdbc:h2:file:" + dir.resolve("db/casereviews").toAbsolutePath() + ";WRITE_DELAY=0";
        Path octoberInput = Files.createDirectories(dir.resolve("in-2026-10"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("seed")).toList()) {
                Files.copy(f, octoberInput.resolve(f.getFileName()));
            }
        }
        Path novemberInput = Files.createDirectories(dir.resolve("in-2026-11"));
        Files.copy(Path.of("input/seed-2021-11.txt"), novemberInput.resolve("seed-2021-11.txt"));
        october = dir.resolve("out-2026-10");
        november = dir.resolve("out-2026-11");
        assertThat(run("run", "--input", octoberInput.toString(), "--output", october.toString(), "--month", "2026-10"))
                .isZero();
        assertThat(run("run", "--input", novemberInput.toString(), "--output", november.toString(), "--month", "2026-11",
                "--no-bom")).isZero();
        // A rerun of October replaces October's rows and leaves November's in place.
        assertThat(run("run", "--input", octoberInput.toString(), "--output", october.toString(), "--month", "2026-10"))
                .isZero();
    }

    static int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db));
        return CaseReviewEtl.execute(all.toArray(String[]::new));
    }

    @Test
    void exportOfBothMonthsHoldsTheRowsOfBothRuns() throws IOException {
        Path both = dir.resolve("export-both");
        assertThat(run("export", "--output", both.toString())).isZero();
        for (String table : TABLES) {
            Set<Map<String, String>> expected = rowSet(october, table);
            expected.addAll(rowSet(november, table));
            assertThat(rowSet(both, table)).as(table).isEqualTo(expected);
            assertThat(CsvFiles.read(both.resolve(table + ".csv"))).as(table).hasSize(expected.size());
            assertThat(CsvFiles.header(both.resolve(table + ".csv"))).isEqualTo(CsvFiles.header(october.resolve(table + ".csv")));
        }
        assertThat(CsvFiles.read(both.resolve("reviews.csv"))).hasSize(4 + 9);
        assertThat(Files.readString(both.resolve("report.html"), StandardCharsets.UTF_8)).contains("all months");
    }

    @Test
    void themesByYearCountsTheThemesOfBothRunsByTheYearTheReviewWasPublished() throws IOException {
        Path both = dir.resolve("export-themes");
        assertThat(run("export", "--output", both.toString())).isZero();
        List<Map<String, String>> rows = CsvFiles.read(both.resolve("themes_by_year.csv"));
        assertThat(CsvFiles.header(both.resolve("themes_by_year.csv")))
                .containsExactly("year", "theme", "theme_label", "items", "reviews", "reviews_with_items");
        assertThat(rows).isEqualTo(themesByYear(List.of(october, november)));
        assertThat(october.resolve("themes_by_year.csv")).doesNotExist();
        // November's seed digest was published in 2021, October's sample in 2026: one block of rows per year
        assertThat(rows.get(0)).containsEntry("year", "2021").containsEntry("theme", "risk_assessment")
                .containsEntry("theme_label", "Assessment of risk").containsEntry("items", "18")
                .containsEntry("reviews", "8").containsEntry("reviews_with_items", "9");
        assertThat(rows).filteredOn(r -> r.get("year").equals("2026")).first()
                .isEqualTo(Map.of("year", "2026", "theme", "multi_agency_working", "theme_label", "Multi-agency working",
                        "items", "10", "reviews", "3", "reviews_with_items", "4"));
        assertThat(rows).extracting(r -> r.get("year")).containsOnly("2021", "2026");
    }

    /** What themes_by_year must hold, counted from the runs' own reviews.csv and items.csv. */
    private static List<Map<String, String>> themesByYear(List<Path> runs) throws IOException {
        Map<String, String> yearOf = new HashMap<>();
        Map<String, Set<String>> reviewsWithItems = new HashMap<>();
        Map<List<String>, int[]> items = new HashMap<>();
        Map<List<String>, Set<String>> reviews = new HashMap<>();
        for (Path run : runs) {
            CsvFiles.read(run.resolve("reviews.csv")).forEach(r -> yearOf.put(r.get("review_id"), r.get("publication_year")));
            for (Map<String, String> item : CsvFiles.read(run.resolve("items.csv"))) {
                String year = yearOf.get(item.get("review_id"));
                reviewsWithItems.computeIfAbsent(year, y -> new HashSet<>()).add(item.get("review_id"));
                for (String theme : item.get("themes").split("; ")) {
                    if (!theme.isEmpty()) {
                        items.computeIfAbsent(List.of(year, theme), k -> new int[1])[0]++;
                        reviews.computeIfAbsent(List.of(year, theme), k -> new HashSet<>()).add(item.get("review_id"));
                    }
                }
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (Object entry : (List<?>) Vocabulary.bundled().value("themes", "themes")) {
            labels.put(((Map<?, ?>) entry).get("code").toString(), ((Map<?, ?>) entry).get("label").toString());
        }
        return items.keySet().stream()
                .sorted(Comparator.<List<String>, Boolean>comparing(k -> k.get(0).isEmpty()).thenComparing(k -> k.get(0))
                        .thenComparing(k -> -reviews.get(k).size()).thenComparing(k -> -items.get(k)[0])
                        .thenComparing(k -> k.get(1)))
                .map(k -> Map.of("year", k.get(0), "theme", k.get(1), "theme_label", labels.get(k.get(1)),
                        "items", String.valueOf(items.get(k)[0]), "reviews", String.valueOf(reviews.get(k).size()),
                        "reviews_with_items", String.valueOf(reviewsWithItems.get(k.get(0)).size())))
                .toList();
    }

    @Test
    void aRerunOfAMonthReplacesOnlyThatMonth() throws IOException {
        Path both = dir.resolve("export-after-rerun");
        assertThat(run("export", "--output", both.toString())).isZero();
        List<Map<String, String>> reviews = CsvFiles.read(both.resolve("reviews.csv"));
        assertThat(reviews).extracting(r -> r.get("review_id")).doesNotHaveDuplicates()
                .contains("2026-10-child-q", "2021-11-child-v");
        assertThat(reviews).filteredOn(r -> r.get("digest_month").equals("2021-11")).hasSize(9);
        assertThat(reviews).filteredOn(r -> r.get("digest_month").equals("2026-10")).hasSize(4);
        assertThat(CsvFiles.read(both.resolve("documents.csv"))).hasSize(5);
    }

    @Test
    void aSingleMonthExportIsByteForByteTheRunsOwnCsvFiles() throws IOException {
        Path one = dir.resolve("export-october");
        assertThat(run("export", "--output", one.toString(), "--from", "2026-10", "--to", "2026-10")).isZero();
        for (String table : TABLES) {
            assertThat(Files.readAllBytes(one.resolve(table + ".csv"))).as(table)
                    .isEqualTo(Files.readAllBytes(october.resolve(table + ".csv")));
        }
    }

    @Test
    void fromAndToNarrowTheRange() throws IOException {
        Path later = dir.resolve("export-from-november");
        assertThat(run("export", "--output", later.toString(), "--from", "2026-11")).isZero();
        assertThat(rowSet(later, "reviews")).isEqualTo(rowSet(november, "reviews"));
        Path earlier = dir.resolve("export-to-october");
        assertThat(run("export", "--output", earlier.toString(), "--to", "2026-10")).isZero();
        assertThat(rowSet(earlier, "items")).isEqualTo(rowSet(october, "items"));
        Path none = dir.resolve("export-2025");
        assertThat(run("export", "--output", none.toString(), "--from", "2025-01", "--to", "2025-12")).isZero();
        assertThat(CsvFiles.read(none.resolve("reviews.csv"))).isEmpty();
    }

    @Test
    void fromAfterToIsAUsageError() {
        assertThat(run("export", "--output", dir.resolve("bad").toString(), "--from", "2026-11", "--to", "2026-10"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("export", "--output", dir.resolve("bad").toString(), "--from", "11/2026"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("bad")).doesNotExist();
    }

    @Test
    void whileARunHoldsTheDatabaseExportExitsThreeAndWritesNothing() throws IOException {
        Path held = dir.resolve("export-locked");
        try (RunLock lock = RunLock.tryAcquire(db).orElseThrow()) {
            assertThat(run("export", "--output", held.toString())).isEqualTo(ExitCodes.LOCKED);
        }
        assertThat(held).doesNotExist();
    }

    @Test
    void noBomWritesPlainUtf8AndTheDefaultHasTheBom() throws IOException {
        Path plain = dir.resolve("export-plain");
        assertThat(run("export", "--output", plain.toString(), "--no-bom")).isZero();
        for (String table : TABLES) {
            assertThat(Files.readAllBytes(plain.resolve(table + ".csv"))).as(table).startsWith(firstBytes(table));
            assertThat(Files.readAllBytes(october.resolve(table + ".csv"))).as(table).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(Files.readAllBytes(november.resolve(table + ".csv"))).as(table).startsWith(firstBytes(table));
        }
    }

    @Test
    void theWorkbookHasASheetPerTableWithTheSameRowsAFrozenHeaderAndAFilter() throws IOException {
        Path both = dir.resolve("export-workbook");
        assertThat(run("export", "--output", both.toString())).isZero();
        try (InputStream in = Files.newInputStream(both.resolve("casereviews.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(TABLES.size() + 1);
            for (String table : withThemesByYear()) {
                XSSFSheet sheet = workbook.getSheet(table);
                int rows = CsvFiles.read(both.resolve(table + ".csv")).size();
                assertThat(sheet.getLastRowNum()).as(table).isEqualTo(rows);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(table).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(table).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(table).startsWith("A1:");
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(CsvFiles.header(both.resolve(table + ".csv")).get(0));
            }
            assertTypedCells(workbook.getSheet("reviews"));
        }
    }

    private static void assertTypedCells(XSSFSheet reviews) {
        List<String> header = new ArrayList<>();
        reviews.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        Row kate = null;
        for (Row row : reviews) {
            if ("Baby Kate".equals(row.getCell(header.indexOf("child_name")) == null ? null
                    : row.getCell(header.indexOf("child_name")).getStringCellValue())) {
                kate = row;
            }
        }
        assertThat(kate).isNotNull();
        assertThat(kate.getCell(header.indexOf("age_years")).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(kate.getCell(header.indexOf("age_years")).getNumericCellValue()).isEqualTo(0.83);
        assertThat(kate.getCell(header.indexOf("entry_no")).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(kate.getCell(header.indexOf("learning_count")).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(kate.getCell(header.indexOf("digest_month")).getLocalDateTimeCellValue().toLocalDate())
                .hasToString("2021-11-01");
        assertThat(kate.getCell(header.indexOf("thematic")).getCellType()).isEqualTo(CellType.BOOLEAN);
        assertThat(reviews.getColumnWidth(header.indexOf("summary"))).isLessThanOrEqualTo(62 * 256);
    }

    private static List<String> withThemesByYear() {
        List<String> tables = new ArrayList<>(TABLES);
        tables.add("themes_by_year");
        return tables;
    }

    /** The header's first column name: no byte order mark before it. */
    private static byte[] firstBytes(String table) {
        return (table.equals("documents") ? "source_file" : table.equals("rejects") ? "run_id" : "review_id")
                .getBytes(StandardCharsets.UTF_8);
    }

    static Set<Map<String, String>> rowSet(Path folder, String table) throws IOException {
        return new HashSet<>(CsvFiles.read(folder.resolve(table + ".csv")));
    }
}
