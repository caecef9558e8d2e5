package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/** The outcome (death or serious harm) is the child's, not a parent's or carer's. One example per rule and its counter-example. */
class OutcomeRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Test
    void aCarerWhoDiedIsNotTheChildsDeath() {
        assertThat(summary("A 2-year-old boy was found alone with his grandmother, who had died several days earlier.")
                .outcome()).isEqualTo("serious_harm");
    }

    @Test
    void aMothersSuicideIsNotTheChildsDeath() {
        ReviewFacts facts = summary("A 10-year-old girl was found living alone in 2020 after her mother died by suicide.");
        assertThat(facts.outcome()).isNotEqualTo("death");
        assertThat(facts.harmTypes()).doesNotContain("self_harm_suicide");
    }

    @Test
    void aParentKilledInFrontOfTheChildIsNotTheChildsDeath() {
        assertThat(summary("A 4-year-old girl was at home when her father killed her mother in 2020.").outcome())
                .isNotEqualTo("death");
    }

    @Test
    void childrenRestrainedInASettingWereSeriouslyHarmed() {
        assertThat(summary("Review of three disabled children aged 8 to 14 who were physically restrained and secluded"
                + " at a residential school between 2020 and 2023.").outcome()).isEqualTo("serious_harm");
    }

    @Test
    void aParentRestrainedByOfficersIsNotTheChildsHarm() {
        assertThat(summary("A 6-year-old boy was present when his father was restrained by police officers in 2022.")
                .outcome()).isEqualTo("other");
    }
}
