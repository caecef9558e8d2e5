package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Normaliser rules found by the held-out end-to-end batches in {@code digests-e2e}: one example and its counter-example each. */
class EndToEndHeldOutRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts entry(String title, String childName, String summary) {
        return NORMALISER.normalise(new ReviewText(title, childName, summary, null, null, null, null, null, null, null));
    }

    private static ReviewFacts summary(String summary) {
        return entry("Child Z: Child safeguarding practice review", "Child Z", summary);
    }

    @Nested
    class BatchB2 {
        @Test
        void describingWordsBetweenTheNumberAndChildrenStillCount() {
            ReviewFacts facts = entry("Children in care placed at a distance: thematic review", null,
                    "Review of eight looked after children placed more than 20 miles from their home area.");
            assertThat(facts.nChildren()).isEqualTo(8);
            assertThat(facts.childContext()).containsExactly("looked_after");
        }

        @Test
        void aNumberOfAnotherNounJoinedByAndIsNoCountOfChildren() {
            assertThat(summary("Injuries to a 2-year-old boy in a house shared by 3 adults and children in 2019.").nChildren())
                    .isEqualTo(1);
        }

        @Test
        void oneFamilysChildrenWithNoNameAreNoThematicReview() {
            ReviewFacts facts = entry("Domestic homicide review: Ms P and her children", null,
                    "Death of a mother and serious injuries to her two children, a 6-year-old boy and a 9-year-old girl, "
                            + "who were attacked by her former partner in April 2017.");
            assertThat(facts.nChildren()).isEqualTo(2);
            assertThat(facts.thematic()).isFalse();
            assertThat(facts.reviewType()).isEqualTo("domestic_homicide_review");
        }

        @Test
        void severalChildrenOfSeveralFamiliesAreAThematicReview() {
            ReviewFacts facts = entry("Serious youth violence", null, "Review of four boys who were seriously injured in 2021.");
            assertThat(facts.nChildren()).isEqualTo(4);
            assertThat(facts.thematic()).isTrue();
        }

        @Test
        void aParentConvictedOfOffencesIsParentalCriminality() {
            assertThat(summary("Serious injuries to a 10-week-old girl in 2016. Father had been convicted of violent offences.")
                    .riskFactors()).containsExactly("parental_criminality");
            assertThat(summary("Serious injuries to a 10-week-old girl in 2016. Her father was a violent man.").riskFactors())
                    .isEmpty();
        }

        @Test
        void theBoyWhoHarmedTheChildIsNotTheChild() {
            ReviewFacts facts = entry("Child E: Significant case review", "Child E",
                    "Sexual abuse of a 7-year-old girl by a 13-year-old boy who was a family friend, in 2018. "
                            + "The boy had been excluded from school for harmful sexual behaviour a year earlier.");
            assertThat(facts.childContext()).isEmpty();
            assertThat(facts.ageText()).isEqualTo("7-year-old");
        }

        @Test
        void theBoyWhoWasHarmedIsTheChild() {
            assertThat(summary("Neglect of a 14-year-old boy by his mother. The boy had been excluded from school.")
                    .childContext()).containsExactly("not_in_school");
        }
    }

    @Nested
    class BatchB3 {
        @Test
        void theCensusCategoryGypsyRomaOrTravellerIsOneEthnicity() {
            assertThat(summary("Neglect of a 13-year-old boy. Child Z is of Gypsy, Roma or Traveller heritage.").ethnicity())
                    .isEqualTo("Gypsy, Roma or Traveller");
            assertThat(summary("Neglect of a 13-year-old boy. Child Z is of Irish Traveller heritage.").ethnicity())
                    .isEqualTo("Irish Traveller");
        }

        @Test
        void aMotherWhoWasALookedAfterChildIsNotTheChildLookedAfter() {
            ReviewFacts facts = entry("Baby GB: Child safeguarding practice review", "Baby GB",
                    "Death of an unborn baby at 38 weeks' gestation in 2023 after his mother, who was 16 and a looked after child, "
                            + "concealed her pregnancy.");
            assertThat(facts.childContext()).isEmpty();
            assertThat(facts.ageBand()).isEqualTo("unborn");
        }

        @Test
        void aChildWhoIsNamedAndThenLookedAfterIsStillLookedAfter() {
            assertThat(summary("Death of a 15-year-old girl in 2023. Child Z, who was 15, was looked after by the local authority.")
                    .childContext()).containsExactly("looked_after");
        }
    }

    @Nested
    class BatchB4 {
        @Test
        void aBabyFoundUnresponsiveAfterSleepingIsASuddenUnexpectedDeath() {
            assertThat(entry("Baby HD: Child safeguarding practice review", "Baby HD",
                    "Death of a 9-week-old baby boy in 2023 who was found unresponsive after sleeping in a bouncer chair overnight.")
                    .harmTypes()).containsExactly("sudden_unexpected_infant_death");
        }

        @Test
        void aBabyFoundUnresponsiveWithNoWordOfSleepIsNot() {
            assertThat(entry("Baby HD: Child safeguarding practice review", "Baby HD",
                    "Death of a 9-week-old baby boy in 2023 who was found unresponsive in the kitchen.").harmTypes())
                    .doesNotContain("sudden_unexpected_infant_death");
        }
    }
}
