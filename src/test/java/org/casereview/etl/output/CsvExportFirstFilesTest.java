package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The export runs the run report's work as soon as the four files it reads are written, while the others may still
 * be written, over a real H2 database with the job's migrations: the files it reads are in place when it runs, the
 * export returns only when every file is, with the same counts in table order, and a failure of that work is thrown
 * after every file is written.
 */
class CsvExportFirstFilesTest {

    @TempDir
    static Path dir;
    static JdbcClient jdbc;

    @BeforeAll
    static void aMonthOfTwoReviews() {
        SimpleDriverDataSource db = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("db/casereviews").toAbsolutePath(), "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        jdbc = JdbcClient.create(db);
        for (String id : List.of("a", "b")) {
            jdbc.sql("INSERT INTO review (review_id, batch_month) VALUES (?, '2026-11')").params(id).update();
            jdbc.sql("INSERT INTO review_item (review_id, source, section_type, item_no, text, themes)"
                    + " VALUES (?, 'digest', 'learning', 1, 'x', '')").params(id).update();
            jdbc.sql("INSERT INTO review_section (review_id, source, section_type, ordinal, heading, text)"
                    + " VALUES (?, 'report', 'learning', 1, 'Learning', 'y')").params(id).update();
        }
    }

    @Test
    void theFilesTheReportReadsAreInPlaceWhenItsWorkRunsAndEveryFileWhenTheExportReturns() throws IOException {
        Path out = dir.resolve("out");
        List<String> inPlace = new ArrayList<>();
        var rows = new CsvExporter(jdbc).export(ExportTable.ALL, MonthRange.of("2026-11"), out, true,
                RunReportWriter.READS, () -> RunReportWriter.READS.stream().filter(f -> Files.isRegularFile(out.resolve(f)))
                        .forEach(inPlace::add));
        assertThat(inPlace).containsExactlyInAnyOrderElementsOf(RunReportWriter.READS);
        assertThat(rows).containsExactly(java.util.Map.entry("reviews.csv", 2), java.util.Map.entry("sections.csv", 2),
                java.util.Map.entry("items.csv", 2), java.util.Map.entry("documents.csv", 0),
                java.util.Map.entry("rejects.csv", 0));
        assertThat(names(out)).containsExactlyInAnyOrder("reviews.csv", "sections.csv", "items.csv", "documents.csv",
                "rejects.csv");
    }

    @Test
    void aFailureOfTheWorkIsThrownOnceEveryFileIsWritten() {
        Path out = dir.resolve("failed");
        assertThatThrownBy(() -> new CsvExporter(jdbc).export(ExportTable.ALL, MonthRange.of("2026-11"), out, true,
                Set.of("reviews.csv"), () -> {
                    throw new IOException("page not written");
                })).isInstanceOf(IOException.class).hasMessage("page not written");
        assertThat(names(out)).containsExactlyInAnyOrder("reviews.csv", "sections.csv", "items.csv", "documents.csv",
                "rejects.csv");
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
