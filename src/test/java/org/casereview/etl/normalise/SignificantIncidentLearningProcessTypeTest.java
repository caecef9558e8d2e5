package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * A Significant Incident Learning Process (SILP) is the systems method a safeguarding children partnership holds its
 * local review by: its report is a child safeguarding practice review (review-types.yml), as batch40's SILP truth has
 * it. Other reviews keep their types.
 */
class SignificantIncidentLearningProcessTypeTest {

    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    @Test
    void aSilpReportIsAChildSafeguardingPracticeReview() {
        assertThat(typeOf("Significant Incident Learning Process: Child R", "Significant Incident Learning Process"))
                .isEqualTo("child_safeguarding_practice_review");
        assertThat(typeOf("SILP review: Child B", null)).isEqualTo("child_safeguarding_practice_review");
        assertThat(typeOf("Significant Case Review: Child E", "Significant Case Review")).isEqualTo("significant_case_review");
        assertThat(typeOf("Learning Review: Child K", "Learning Review")).isEqualTo("learning_review");
    }

    private static String typeOf(String title, String typeText) {
        ReviewFacts facts = NORMALISER.normalise(new ReviewText(title, null, null, null, null, null, null, null, null,
                typeText));
        return facts.reviewType();
    }
}
