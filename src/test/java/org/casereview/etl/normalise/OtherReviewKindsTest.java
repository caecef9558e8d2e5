package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Review kinds outside the code list that the vocabulary still names: Ireland's National Review Panel reviews, audits. */
class OtherReviewKindsTest {

    private final TitleClassifier titles = new TitleClassifier(Vocabulary.standard());

    @Test
    void aReviewOfASeriousIncidentIsAnotherKindOfReview() {
        assertThat(titles.reviewType("Review of a serious incident", "Review of a serious incident concerning a child "
                + "in foster care: Niamh", null).value()).isEqualTo("other");
        assertThat(titles.reviewType(null, "National Review Panel review of the death of a young person", null).value())
                .isEqualTo("other");
    }

    /** A partnership's audit of many cases is a review of practice of no code of its own; an agency's audit is not one. */
    @Test
    void aMultiAgencyOrThematicAuditIsAnotherKindOfReview() {
        assertThat(titles.reviewType(null, "Joint Audit of Missing Episodes: Teenagers in Care", null).value()).isEqualTo("other");
        assertThat(titles.reviewType(null, "Multi-agency case audit - domestic abuse and babies", null).value()).isEqualTo("other");
        assertThat(titles.reviewType(null, "Thematic audit: Children excluded from school", null).value()).isEqualTo("other");
        assertThat(titles.reviewType(null, "Audit of GP records", null).value()).isEqualTo("unknown");
    }
}
