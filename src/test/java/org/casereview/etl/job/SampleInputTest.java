package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run on the shipped {@code input/} folder: the user's seed digest plus the invented
 * October 2026 digest and its three invented report PDFs (written by SampleInputWriter).
 */
class SampleInputTest {

    static final String CHILD_Q = "2026-10-child-q";
    static final String THEMATIC = "2026-10-exploitation-of-adolescents-outside-the-home-thematic-review";
    static final String BABY_T = "2026-10-baby-t";
    static final String SIBLING_R = "2026-10-sibling-r";

    @TempDir
    static Path output;
    static int exitCode;
    static List<Map<String, String>> reviews;
    static List<Map<String, String>> items;
    static List<Map<String, String>> sections;

    @BeforeAll
    static void runOnTheShippedInput() throws IOException {
        exitCode = CaseReviewEtl.execute("run", "--input", "input", "--output", output.toString(), "--month", "2026-10");
        reviews = CsvFiles.read(output.resolve("reviews.csv"));
        items = CsvFiles.read(output.resolve("items.csv"));
        sections = CsvFiles.read(output.resolve("sections.csv"));
    }

    @Test
    void completesWithAReviewRowPerDigestEntry() {
        assertThat(exitCode).isZero();
        assertThat(reviews).hasSize(13);
        assertThat(reviews).filteredOn(r -> r.get("digest_month").equals("2021-11")).hasSize(9)
                .allSatisfy(r -> assertThat(r.get("report_status")).isEqualTo("missing"));
    }

    @Nested
    class Linking {
        @Test
        void linksTheTwoEntriesThatNameTheirFile() throws Exception {
            assertMatched(CHILD_Q, "Ashdown_CSPR_Child_Q.pdf");
            assertMatched(THEMATIC, "Kestrel_Vale_Thematic_Review_Exploitation.pdf");
        }

        @Test
        void linksTheEntryWithoutAFileNameByChildNameTypeAndTitle() throws Exception {
            assertThat(row(reviews, "review_id", BABY_T).get("report_link")).isEqualTo("#");
            assertMatched(BABY_T, "Brambleford_SCR_Baby_T.pdf");
        }

        @Test
        void leavesTheEntryWithoutAReportMissing() {
            Map<String, String> review = row(reviews, "review_id", SIBLING_R);
            assertThat(review.get("report_status")).isEqualTo("missing");
            assertThat(review.get("report_file")).isEmpty();
            assertThat(review.get("report_pages")).isEmpty();
            assertThat(review.get("learning_count")).isEqualTo("2");
        }

        private static void assertMatched(String reviewId, String file) throws IOException, NoSuchAlgorithmException {
            Map<String, String> review = row(reviews, "review_id", reviewId);
            assertThat(review.get("report_status")).isEqualTo("matched");
            assertThat(review.get("report_file")).isEqualTo(file);
            assertThat(review.get("report_pages")).isEqualTo("10");
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of("input", file)));
            assertThat(review.get("report_sha256")).isEqualTo(HexFormat.of().formatHex(hash));
        }
    }

    @Nested
    class CountsFromTheReports {
        @Test
        void childQ() {
            assertCounts(CHILD_Q, "4", "4", "3");
        }

        @Test
        void thematicReviewHasNoChild() {
            assertCounts(THEMATIC, "5", "5", "3");
            assertThat(row(reviews, "review_id", THEMATIC).get("child_name")).isEmpty();
            assertThat(row(reviews, "review_id", THEMATIC).get("thematic")).isEqualTo("true");
        }

        @Test
        void babyT() {
            assertCounts(BABY_T, "4", "4", "2");
            assertThat(row(reviews, "review_id", BABY_T).get("review_type")).isEqualTo("serious_case_review");
        }

        private static void assertCounts(String reviewId, String learning, String recommendations, String goodPractice) {
            Map<String, String> review = row(reviews, "review_id", reviewId);
            assertThat(review.get("learning_count")).isEqualTo(learning);
            assertThat(review.get("recommendation_count")).isEqualTo(recommendations);
            assertThat(review.get("good_practice_count")).isEqualTo(goodPractice);
        }
    }

    @Nested
    class ReportItemsAndSections {
        @Test
        void learningPointsKeepTheirTextAndPage() {
            Map<String, String> item = reportItem(CHILD_Q, "learning", "2");
            assertThat(item.get("text")).isEqualTo("A trusted, consistent worker is more likely to learn what is "
                    + "happening to a child who goes missing than a series of different interviewers.");
            assertThat(item.get("page")).isEqualTo("7");
        }

        @Test
        void recommendationTableRowsLoseTheirAgencyAndTimescaleColumns() {
            Map<String, String> item = reportItem(BABY_T, "recommendations", "3");
            assertThat(item.get("text")).isEqualTo("The police should share domestic abuse history with maternity "
                    + "services when a pregnancy is known.");
            assertThat(item.get("page")).isEqualTo("9");
        }

        @Test
        void itemsCarryTheirThemesInTheCsvAndTheirWordsInTheDatabase() throws Exception {
            assertThat(items.get(0).keySet()).endsWith("page", "themes");
            assertThat(reportItem(BABY_T, "recommendations", "3").get("themes"))
                    .isEqualTo("information_sharing; domestic_abuse");
            try (Connection db = DriverManager.getConnection(RunSettings.defaultDbUrl(output), "sa", "");
                 ResultSet rs = db.createStatement().executeQuery("SELECT theme, evidence FROM item_theme"
                         + " WHERE review_id = '" + BABY_T + "' AND source = 'report'"
                         + " AND section_type = 'recommendations' AND item_no = 3 ORDER BY theme")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + "=" + rs.getString(2));
                }
                assertThat(rows).containsExactly("domestic_abuse=domestic abuse",
                        "information_sharing=share domestic abuse history");
            }
        }

        @Test
        void goodPracticeBulletsAreItems() {
            Map<String, String> item = reportItem(THEMATIC, "good_practice", "3");
            assertThat(item.get("text")).isEqualTo("A local football club offered mentoring to two of the young people.");
            assertThat(item.get("page")).isEqualTo("8");
        }

        @Test
        void eachReportHasItsEightHeadedSectionsWithPages() {
            List<Map<String, String>> childQ = sections.stream()
                    .filter(s -> s.get("review_id").equals(CHILD_Q) && s.get("source").equals("report")).toList();
            assertThat(childQ).extracting(s -> s.get("heading")).containsExactly("1. Introduction",
                    "2. Methodology and scope", "3. The family and Child Q", "4. Summary of key events",
                    "5. Findings and learning", "6. Good practice", "7. Recommendations",
                    "Appendix A: Terms of reference");
            assertThat(childQ).extracting(s -> s.get("section_type") + "@" + s.get("page_start")).contains(
                    "findings@7", "good_practice@8", "recommendations@9", "appendix@10");
        }

        private static Map<String, String> reportItem(String reviewId, String sectionType, String itemNo) {
            return items.stream()
                    .filter(i -> i.get("review_id").equals(reviewId) && i.get("source").equals("report")
                            && i.get("section_type").equals(sectionType) && i.get("item_no").equals(itemNo))
                    .findFirst().orElseThrow(() -> new AssertionError("no report item " + sectionType + " "
                            + itemNo + " of " + reviewId));
        }
    }
}
