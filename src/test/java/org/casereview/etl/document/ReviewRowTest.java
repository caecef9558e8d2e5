package org.casereview.etl.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReviewRowTest {

    @Test
    void columnsAreTheComponentsInSnakeCaseInTheOrderOfTheDataModel() {
        assertThat(ReviewRow.COLUMNS).containsExactly("review_id", "digest_month", "source_file", "entry_no", "title",
                "child_name", "review_type", "thematic", "document_type", "summary", "outcome", "incident_year",
                "age_text", "age_years", "age_band", "sex", "n_children", "ethnicity", "harm_types", "risk_factors",
                "child_context", "learning_count", "recommendation_count", "good_practice_count", "no_recommendations",
                "report_link", "report_file", "report_sha256", "report_pages", "report_status", "area",
                "publication_year");
    }

    @Test
    void toBuilderChangesOnlyWhatIsSet() {
        ReviewRow row = ReviewRow.builder().reviewId("2026-11-child-v").childName("Child V")
                .ageYears(new BigDecimal("17.00")).nChildren(1).thematic(false).reportStatus(ReportStatus.MISSING).build();
        ReviewRow changed = row.toBuilder().reportStatus(ReportStatus.MATCHED).reportPages(30).build();
        assertThat(changed.childName()).isEqualTo("Child V");
        assertThat(changed.ageYears()).isEqualTo(new BigDecimal("17.00"));
        assertThat(changed.reportStatus()).isEqualTo(ReportStatus.MATCHED);
        assertThat(changed.reportPages()).isEqualTo(30);
        assertThat(row.withReviewId("2026-11-child-v-2")).isEqualTo(row.toBuilder().reviewId("2026-11-child-v-2").build());
    }

    @Test
    void valuesFollowTheColumns() {
        ReviewRow row = ReviewRow.builder().reviewId("id").learningCount(4).reportStatus(ReportStatus.NOT_LINKED).build();
        assertThat(row.values()).hasSize(ReviewRow.COLUMNS.size());
        assertThat(row.values().get(ReviewRow.COLUMNS.indexOf("review_id"))).isEqualTo("id");
        assertThat(row.values().get(ReviewRow.COLUMNS.indexOf("learning_count"))).isEqualTo(4);
        assertThat(row.values().get(ReviewRow.COLUMNS.indexOf("report_status"))).isEqualTo(ReportStatus.NOT_LINKED);
    }

    @Test
    void statusesAreWrittenAsLowerCaseCodes() {
        assertThat(ReportStatus.NOT_LINKED.code()).isEqualTo("not_linked");
        assertThat(DocumentStatus.fromCode("unchanged")).isEqualTo(DocumentStatus.UNCHANGED);
        assertThat(RejectReason.fromCode("unsupported_type")).isEqualTo(RejectReason.UNSUPPORTED_TYPE);
        assertThatThrownBy(() -> ReportStatus.fromCode("linked")).hasMessageContaining("unknown ReportStatus code 'linked'");
    }

    @Test
    void factsSetTheCodedColumnsWithListsJoinedAsInTheCsv() {
        ReviewFacts facts = new ReviewFacts("serious_case_review", false, "overview_report", "death", 2019,
                "4-month-old", new BigDecimal("0.33"), "under_1", "female", 1, null, List.of("neglect", "physical_abuse"),
                List.of("parental_substance_misuse"), List.of(), List.of());
        ReviewRow row = ReviewRow.builder().facts(facts).build();
        assertThat(row.reviewType()).isEqualTo("serious_case_review");
        assertThat(row.outcome()).isEqualTo("death");
        assertThat(row.ageBand()).isEqualTo("under_1");
        assertThat(row.harmTypes()).isEqualTo("neglect; physical_abuse");
        assertThat(row.riskFactors()).isEqualTo("parental_substance_misuse");
        assertThat(row.childContext()).isEmpty();
    }
}
