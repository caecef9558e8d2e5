package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the user's sample digest, in process, into a real H2 file database. */
class MonthlyRunTest {

    @TempDir
    static Path dir;
    static Path input;
    static Path output;
    static int exitCode;
    static List<Map<String, String>> reviews;
    static List<Map<String, String>> items;
    static List<Map<String, String>> sections;

    @BeforeAll
    static void runSample() throws IOException {
        input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("seed-2021-11.txt"));
        output = dir.resolve("output");
        exitCode = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2021-11");
        reviews = CsvFiles.read(output.resolve("reviews.csv"));
        items = CsvFiles.read(output.resolve("items.csv"));
        sections = CsvFiles.read(output.resolve("sections.csv"));
    }

    @Test
    void completesWithExitCodeZero() {
        assertThat(exitCode).isZero();
    }

    @Nested
    class ReviewsCsv {
        @Test
        void hasTheColumnsOfTheDataModelInOrder() throws IOException {
            assertThat(CsvFiles.header(output.resolve("reviews.csv"))).startsWith("review_id", "digest_month",
                    "source_file", "entry_no", "title", "child_name", "review_type", "thematic", "document_type",
                    "summary", "outcome", "incident_year", "age_text", "age_years", "age_band", "sex", "n_children",
                    "ethnicity", "harm_types", "risk_factors", "child_context", "learning_count",
                    "recommendation_count", "good_practice_count", "no_recommendations", "report_link", "report_file",
                    "report_sha256", "report_pages", "report_status", "area", "publication_year");
        }

        @Test
        void oneRowPerEntry() {
            assertThat(reviews).hasSize(9);
            assertThat(reviews).extracting(r -> r.get("entry_no")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        }

        @Test
        void childV() {
            Map<String, String> v = row(reviews, "review_id", "2021-11-child-v");
            assertThat(v).containsEntry("child_name", "Child V")
                    .containsEntry("review_type", "child_safeguarding_practice_review")
                    .containsEntry("age_text", "17-year-old").containsEntry("age_years", "17.00")
                    .containsEntry("age_band", "16_17").containsEntry("sex", "male")
                    .containsEntry("outcome", "serious_harm").containsEntry("incident_year", "2020")
                    .containsEntry("learning_count", "4").containsEntry("recommendation_count", "4")
                    .containsEntry("digest_month", "2021-11").containsEntry("source_file", "seed-2021-11.txt")
                    .containsEntry("report_status", "missing").containsEntry("report_link", "#");
        }

        @Test
        void babyKateDiedAged10Months() {
            Map<String, String> kate = row(reviews, "child_name", "Baby Kate");
            assertThat(kate).containsEntry("outcome", "death").containsEntry("age_years", "0.83")
                    .containsEntry("age_band", "under_1").containsEntry("sex", "female");
        }

        @Test
        void childX1MakesNoRecommendations() {
            Map<String, String> x1 = row(reviews, "child_name", "Child X1");
            assertThat(x1).containsEntry("no_recommendations", "true").containsEntry("recommendation_count", "0");
        }

        @Test
        void childP1HasGoodPracticeAndAgeInWeeks() {
            Map<String, String> p1 = row(reviews, "child_name", "Child P1");
            assertThat(p1).containsEntry("good_practice_count", "2").containsEntry("age_years", "0.11")
                    .containsEntry("age_text", "6-week-old");
        }

        @Test
        void thematicReviewOfFiveChildren() {
            Map<String, String> cse = row(reviews, "entry_no", "2");
            assertThat(cse).containsEntry("thematic", "true").containsEntry("n_children", "5")
                    .containsEntry("child_name", "");
        }

        @Test
        void summaryIsRepairedAcrossThePageBreak() {
            Map<String, String> alex = row(reviews, "child_name", "Alex");
            assertThat(alex.get("summary")).contains("Medical investigations found bleeding").doesNotContain("\n\n");
        }
    }

    @Nested
    class ItemsAndSections {
        @Test
        void childVHasFourLearningItemsInOrder() {
            List<String> learning = items.stream()
                    .filter(i -> i.get("review_id").equals("2021-11-child-v") && i.get("section_type").equals("learning"))
                    .map(i -> i.get("text")).toList();
            assertThat(learning).hasSize(4);
            assertThat(learning.get(3)).isEqualTo("ensure that the child's voice is heard");
        }

        @Test
        void pageBreakInsideAnItemIsJoined() {
            assertThat(items).extracting(i -> i.get("text"))
                    .anyMatch(t -> t.contains("the outcome for children (and their children) who become pregnant"));
        }

        @Test
        void digestSectionsPerEntry() {
            List<String> types = sections.stream().filter(s -> s.get("review_id").equals("2021-11-child-p1"))
                    .map(s -> s.get("section_type")).toList();
            assertThat(types).containsExactly("summary", "learning", "good_practice", "recommendations");
            assertThat(sections).allMatch(s -> s.get("source").equals("digest"));
        }
    }

    @Nested
    class Database {
        @Test
        void tablesHoldTheSameRowsAsTheCsvFiles() throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                assertThat(count(st, "SELECT COUNT(*) FROM review")).isEqualTo(reviews.size());
                assertThat(count(st, "SELECT COUNT(*) FROM review_item")).isEqualTo(items.size());
                assertThat(count(st, "SELECT COUNT(*) FROM review_section")).isEqualTo(sections.size());
                assertThat(count(st, "SELECT COUNT(*) FROM source_document WHERE status = 'loaded'")).isEqualTo(1);
                assertThat(count(st, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'")).isGreaterThanOrEqualTo(1);
            }
        }

        @Test
        void everyCodeKeepsTheWordsThatSetIt() throws SQLException {
            try (Connection c = connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT evidence FROM review_code WHERE review_id = '2021-11-baby-kate'"
                         + " AND field = 'outcome' AND code = 'death'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1).toLowerCase()).contains("death");
            }
        }
    }

    @Test
    void rerunOfTheMonthGivesTheSameRowsAndIds() throws IOException, SQLException {
        String before = Files.readString(output.resolve("reviews.csv"));
        String itemsBefore = Files.readString(output.resolve("items.csv"));
        int again = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2021-11");
        assertThat(again).isZero();
        assertThat(Files.readString(output.resolve("reviews.csv"))).isEqualTo(before);
        assertThat(Files.readString(output.resolve("items.csv"))).isEqualTo(itemsBefore);
        try (Connection c = connect(); Statement st = c.createStatement()) {
            assertThat(count(st, "SELECT COUNT(*) FROM review")).isEqualTo(9);
            assertThat(count(st, "SELECT COUNT(DISTINCT review_id) FROM review_item")).isEqualTo(9);
            assertThat(count(st, "SELECT COUNT(*) FROM review_item")).isEqualTo(items.size());
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(RunSettings.defaultDbUrl(output), "sa", "");
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
