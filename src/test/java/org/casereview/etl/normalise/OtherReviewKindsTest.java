package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Review kinds outside the code list that the vocabulary still names: Ireland's National Review Panel reviews. */
class OtherReviewKindsTest {

    private final TitleClassifier titles = new TitleClassifier(Vocabulary.standard());

    @Test
    void aReviewOfASeriousIncidentIsAnotherKindOfReview() {
        assertThat(titles.reviewType("Review of a serious incident", "Review of a serious incident concerning a child "
                + "in foster care: Niamh", null).value()).isEqualTo("other");
        assertThat(titles.reviewType(null, "National Review Panel review of the death of a young person", null).value())
                .isEqualTo("other");
    }
}
