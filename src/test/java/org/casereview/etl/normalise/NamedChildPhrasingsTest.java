package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b29, kinds 6a-6c): the named child in invented summaries. A bare number in brackets after the
 * child's name is the age ('Child FW (13)'); a child known by a first name ('Tomasz') is the child as 'Child KE' is;
 * a brother's exclusion told in a relative clause after him is his, not the child's.
 */
class NamedChildPhrasingsTest {

    private static final ReviewNormaliser NORMALISER = HeldOutSummaries.NORMALISER;

    private static ReviewFacts review(String title, String name, String summary) {
        return NORMALISER.normalise(new ReviewText(title, name, summary, null, null, null, null, null, null, null));
    }

    @Test
    void aBracketedNumberAfterTheChildsNameIsTheAge() {
        ReviewFacts facts = HeldOutSummaries.summary("Child Z (14) was sexually exploited by adult men in 2029 after "
                + "going missing from her children's home. She had been in care since the age of 8.");

        assertThat(facts.ageText()).isEqualTo("(14)");
        assertThat(facts.ageYears()).isEqualByComparingTo("14");
        assertThat(facts.ageBand()).isEqualTo("11_15");
    }

    @Test
    void aBracketedNumberAfterAnythingButTheChildIsNoAge() {
        ReviewFacts facts = HeldOutSummaries.summary("Neglect of Child Z over several years. The family had been "
                + "known to children's services since 2021 (12) and the review makes 4 (four) recommendations.");

        assertThat(facts.ageText()).isNull();
    }

    @Test
    void aFirstNameInTheTitleIsTheChild() {
        ReviewFacts facts = review("Tomasz: Serious case review", "Tomasz", "Death of a 12-year-old boy in 2028 who "
                + "drowned in a quarry. Tomasz had been left without adult supervision for long periods and had been "
                + "the subject of a child in need plan for neglect.");

        assertThat(facts.childContext()).containsExactly("child_in_need_plan");
    }

    @Test
    void aFirstNameNeverMakesAnAdultsPlanTheChilds() {
        ReviewFacts facts = review("Tomasz: Serious case review", "Tomasz", "Death of a 12-year-old boy in 2028 who "
                + "drowned in a quarry. Tomasz's mother had been the subject of a child in need plan as a teenager.");

        assertThat(facts.childContext()).isEmpty();
    }

    @Test
    void aBrothersExclusionInARelativeClauseIsHis() {
        ReviewFacts facts = HeldOutSummaries.summary("Child Z, aged 15, died by suicide in 2029. Child Z had an older "
                + "brother who had been excluded from school and who was known to the police.");

        assertThat(facts.childContext()).doesNotContain("not_in_school");
    }

    @Test
    void theChildsOwnExclusionStillCounts() {
        ReviewFacts facts = HeldOutSummaries.summary("Child Z, aged 15, died by suicide in 2029. Child Z, who had been "
                + "excluded from school, had an older brother known to the police.");

        assertThat(facts.childContext()).contains("not_in_school");
    }
}
