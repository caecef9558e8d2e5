package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.store.TestDatabase.count;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReportStatus;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class ReviewStoreTest {

    @TempDir
    Path dir;
    NamedParameterJdbcTemplate jdbc;
    ReviewStore store;

    @BeforeEach
    void openDatabase() {
        jdbc = TestDatabase.in(dir);
        store = new ReviewStore(jdbc, new H2Dialect());
    }

    static ReviewRow row(String id, String file, Integer entryNo) {
        return ReviewRow.builder().reviewId(id).digestMonth("2026-11").sourceFile(file).entryNo(entryNo)
                .title("Child V: child safeguarding practice review").childName("Child V")
                .reviewType("child_safeguarding_practice_review").ageText("17-year-old")
                .ageYears(new BigDecimal("17.00")).ageBand("16_17").sex("male").nChildren(1)
                .harmTypes("neglect; sexual_abuse").learningCount(2).recommendationCount(1)
                .reportStatus(ReportStatus.MISSING).publicationYear(2026).build();
    }

    /** A digest review: two sections, three items (two learning, one recommendation), two codes. */
    static LoadedReview digestReview(String id, int entryNo) {
        List<Section> sections = List.of(
                new Section(SectionType.LEARNING, 1, "Learning includes", "a; b", null, null,
                        List.of(new Item(1, "a", null), new Item(2, "b", null))),
                new Section(SectionType.RECOMMENDATIONS, 2, "Recommendations include", "c", null, null,
                        List.of(new Item(1, "c", null))));
        return new LoadedReview(row(id, "digest.txt", entryNo), "digest", sections, ItemRow.fromSections(sections),
                List.of(new CodeEvidence("harm_types", "neglect", "neglected"),
                        new CodeEvidence("harm_types", "sexual_abuse", "sexually abused")));
    }

    @Nested
    class Replacing {
        @Test
        void storingAReviewTwiceLeavesOneRowAndOneSetOfSectionsItemsAndCodes() {
            store.replaceReviews(List.of(digestReview("2026-11-child-v", 1)), "2026-11");
            store.replaceReviews(List.of(digestReview("2026-11-child-v", 1)), "2026-11");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review")).isEqualTo(1);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section")).isEqualTo(2);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_item")).isEqualTo(3);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_code")).isEqualTo(2);
        }

        @Test
        void aBatchOfReviewsWritesEveryRow() {
            store.replaceReviews(List.of(digestReview("2026-11-a", 1), digestReview("2026-11-b", 2),
                    digestReview("2026-11-c", 3)), "2026-11");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review WHERE batch_month = '2026-11'")).isEqualTo(3);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section")).isEqualTo(6);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_item WHERE section_type = 'learning'")).isEqualTo(6);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_code")).isEqualTo(6);
        }

        @Test
        void reportSectionsSitBesideTheDigestOnesAndKeepTheDigestCodes() {
            store.replaceReviews(List.of(digestReview("2026-11-child-v", 1)), "2026-11");
            ReviewRow matched = row("2026-11-child-v", "digest.txt", 1).toBuilder().reportStatus(ReportStatus.MATCHED)
                    .reportFile("v.pdf").reportPages(30).build();
            List<Section> reportSections = List.of(new Section(SectionType.FINDINGS, 1, "5. Findings", "text", 10, 14,
                    List.of()));
            store.replaceReviews(List.of(new LoadedReview(matched, "report", reportSections,
                    List.of(new ItemRow(SectionType.LEARNING, 1, "learnt", 11)), List.of())), "2026-11");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section WHERE source = 'digest'")).isEqualTo(2);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section WHERE source = 'report'")).isEqualTo(1);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_code")).isEqualTo(2);
            assertThat(jdbc.getJdbcTemplate().queryForObject("SELECT report_status FROM review", String.class))
                    .isEqualTo("matched");
        }

        @Test
        void theRowReadBackEqualsTheRowStored() {
            ReviewRow stored = row("2026-11-child-v", "digest.txt", 1);
            store.replaceReviews(List.of(new LoadedReview(stored, "digest", List.of(), List.of(), List.of())), "2026-11");
            assertThat(store.reviews("2026-11")).containsExactly(stored);
            assertThat(store.reviews("2026-10")).isEmpty();
        }
    }

    @Nested
    class Months {
        @Test
        void clearingAMonthRemovesItsReviewsWithTheirPartsAndLeavesOtherMonths() {
            store.replaceReviews(List.of(digestReview("2026-10-a", 1)), "2026-10");
            store.replaceReviews(List.of(digestReview("2026-11-b", 1), digestReview("2026-11-c", 2)), "2026-11");
            store.clearMonth("2026-11");
            assertThat(store.reviews("2026-11")).isEmpty();
            assertThat(store.reviews("2026-10")).extracting(ReviewRow::reviewId).containsExactly("2026-10-a");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section")).isEqualTo(2);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_item")).isEqualTo(3);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_code")).isEqualTo(2);
        }

        @Test
        void clearingReportPartsKeepsDigestReviewsAndTheirSections() {
            store.replaceReviews(List.of(digestReview("2026-11-child-v", 1)), "2026-11");
            ReviewRow reportOnly = row("2026-11-baby-e", "e.pdf", null).toBuilder()
                    .reportStatus(ReportStatus.NOT_LINKED).build();
            store.replaceReviews(List.of(new LoadedReview(reportOnly, "report",
                    List.of(new Section(SectionType.SUMMARY, 1, "Summary", "s", 1, 1, List.of())), List.of(),
                    List.of(new CodeEvidence("outcome", "death", "died")))), "2026-11");
            store.clearReportParts("2026-11");
            assertThat(store.reviews("2026-11")).extracting(ReviewRow::reviewId).containsExactly("2026-11-child-v");
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section")).isEqualTo(2);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM review_code")).isEqualTo(2);
        }
    }

    @Nested
    class InTwoParts {
        /** The assembly writes a review's row and its contents in different transactions: the same rows in the end. */
        @Test
        void rowsThenContentsStoreWhatReplacingAtOnceStores() {
            ReviewRow reportOnly = row("2026-11-baby-e", "e.pdf", null).toBuilder()
                    .reportStatus(ReportStatus.NOT_LINKED).build();
            List<LoadedReview> reviews = List.of(digestReview("2026-11-child-v", 1), new LoadedReview(reportOnly, "report",
                    List.of(new Section(SectionType.SUMMARY, 1, "Summary", "s", 1, 1, List.of())),
                    List.of(new ItemRow(SectionType.LEARNING, 1, "an item", 2, List.of(
                            new CodeEvidence("theme", "neglect", "neglected")))),
                    List.of(new CodeEvidence("outcome", "death", "died"))));
            store.replaceReviews(reviews, "2026-11");
            List<String> atOnce = tables();
            store.replaceReviewRows(reviews, "2026-11");
            assertThat(tables()).as("the rows part leaves the contents as they were").isEqualTo(atOnce);
            store.replaceContents(reviews);
            assertThat(tables()).isEqualTo(atOnce);
            store.clearReportParts("2026-11");
            store.replaceReviewRows(reviews.subList(1, 2), "2026-11");
            store.replaceContents(reviews.subList(1, 2));
            assertThat(tables()).isEqualTo(atOnce);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM item_theme")).isEqualTo(1);
        }

        private List<String> tables() {
            return List.of("review", "review_section", "review_item", "item_theme", "review_code").stream()
                    .map(t -> jdbc.getJdbcOperations().queryForList("SELECT * FROM " + t).stream()
                            .map(Object::toString).sorted().toList().toString()).toList();
        }
    }

    @Nested
    class Ids {
        @Test
        void anIdIsTakenWhenAnotherEntryHoldsIt() {
            store.replaceReviews(List.of(digestReview("2026-11-child-a", 1)), "2026-11");
            assertThat(store.isTakenByAnother("2026-11-child-a", "digest.txt", 1)).isFalse();
            assertThat(store.isTakenByAnother("2026-11-child-a", "digest.txt", 2)).isTrue();
            assertThat(store.isTakenByAnother("2026-11-child-a", "other.txt", 1)).isTrue();
            assertThat(store.isTakenByAnother("2026-11-child-b", "other.txt", 1)).isFalse();
        }
    }
}
