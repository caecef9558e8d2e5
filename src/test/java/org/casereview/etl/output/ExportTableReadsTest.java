package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The sections and items read a few reviews at a time give the rows, in the order, of one query over the range: over
 * a real H2 database with the job's migrations, three months of reviews (two in the range) written in a shuffled order,
 * in several source files, some without an entry number, each with sections and items of both sources and of every
 * item type.
 */
class ExportTableReadsTest {

    @TempDir
    static Path dir;
    static JdbcClient jdbc;

    private static final MonthRange RANGE = new MonthRange(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    private static final List<String> TYPES = List.of("recommendations", "good_practice", "learning", "findings");

    @BeforeAll
    static void shuffledReviews() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("db/casereviews").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        Random random = new Random(37);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 3 * ExportTable.REVIEWS_A_READ + 5; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        for (int i : order) {
            String id = "r" + (i * 7919 % 1000);
            Integer entryNo = i % 5 == 0 ? null : i % 9;
            jdbc.sql("INSERT INTO review (review_id, batch_month, source_file, entry_no) VALUES (?, ?, ?, ?)")
                    .params(id, "2024-0" + (1 + i % 3), "digest-" + (i % 4) + ".md", entryNo).update();
            contents(id, random);
        }
    }

    private static void contents(String id, Random random) {
        for (String source : List.of("report", "digest")) {
            for (int ordinal = 3; ordinal >= 0; ordinal--) {
                jdbc.sql("INSERT INTO review_section (review_id, source, section_type, ordinal, heading, text)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")
                        .params(id, source, TYPES.get(random.nextInt(TYPES.size())), ordinal, "h" + ordinal,
                                id + " " + source + " section " + ordinal).update();
            }
            for (String type : TYPES) {
                for (int no = 1 + random.nextInt(3); no >= 1; no--) {
                    jdbc.sql("INSERT INTO review_item (review_id, source, section_type, item_no, text, page)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)")
                            .params(id, source, type, no, id + " " + type + " " + no, no).update();
                }
            }
        }
    }

    @Test
    void sectionsReadAFewReviewsAtATimeAreTheRowsOfOneQueryInItsOrder() {
        ExportTable sections = table("sections");
        List<String> read = rowsRead(sections);
        assertThat(read).hasSizeGreaterThan(2 * 8 * ExportTable.REVIEWS_A_READ).isEqualTo(rowsOfOneQuery(sections));
    }

    @Test
    void itemsReadAFewReviewsAtATimeAreTheRowsOfOneQueryInItsOrder() {
        ExportTable items = table("items");
        List<String> read = rowsRead(items);
        assertThat(read).hasSizeGreaterThan(2 * 8 * ExportTable.REVIEWS_A_READ).isEqualTo(rowsOfOneQuery(items));
        assertThat(read.stream().map(row -> row.split("\\|")[0]).distinct().count())
                .as("reviews of the two months in the range").isEqualTo(2 * ExportTable.REVIEWS_A_READ + 4);
    }

    @Test
    void aRangeWithoutReviewsReadsNoRows() {
        List<String> rows = new ArrayList<>();
        table("items").query(jdbc, new MonthRange(YearMonth.of(2023, 1), YearMonth.of(2023, 12)),
                rs -> rows.add(row(rs)));
        assertThat(rows).isEmpty();
    }

    private static ExportTable table(String name) {
        ExportTable table = ExportTable.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(table.byReviews()).isNotNull();
        return table;
    }

    private static List<String> rowsRead(ExportTable table) {
        List<String> rows = new ArrayList<>();
        table.query(jdbc, RANGE, rs -> rows.add(row(rs)));
        return rows;
    }

    private static List<String> rowsOfOneQuery(ExportTable table) {
        List<String> rows = new ArrayList<>();
        jdbc.sql(table.sql()).param("from", RANGE.fromText()).param("to", RANGE.toText()).query(rs -> {
            rows.add(row(rs));
        });
        return rows;
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        return row.toString();
    }
}
