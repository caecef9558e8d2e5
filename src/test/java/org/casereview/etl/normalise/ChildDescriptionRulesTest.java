package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who the review is about: the child's sex and ethnicity, the number of children and thematic reviews. One example per rule and its counter-example. */
class ChildDescriptionRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts entry(String title, String childName, String summary) {
        return NORMALISER.normalise(new ReviewText(title, childName, summary, null, null, null, null, null, null, null));
    }

    private static ReviewFacts summary(String summary) {
        return entry("Child Z: Child safeguarding practice review", "Child Z", summary);
    }

    @Test
    void oneOfTwinsIsOneChild() {
        assertThat(summary("Baby Z, one of twins born prematurely, died at 9 weeks old.").nChildren()).isEqualTo(1);
    }

    @Test
    void himAfterTheFatherIsTheChild() {
        assertThat(summary("Fatal head injuries to a baby. The father admitted shaking him.").sex()).isEqualTo("male");
    }

    @Test
    void pronounsBeforeKinWordsDecideWhenPronounsDisagree() {
        assertThat(summary("Child Z died from injuries caused by her mother's partner. Her mother had left her in "
                + "his care.").sex()).isEqualTo("female");
    }

    @Test
    void aPronounBeatsANounAfterThePerpetratorsAge() {
        assertThat(summary("Child Z, aged 14, was assaulted by a 15-year-old boy known to her.").sex())
                .isEqualTo("female");
    }

    @Test
    void aPossessiveBeforeAKinWordIsTheChilds() {
        assertThat(summary("Child Z, aged 11, and her mother were killed by the mother's former partner.").sex())
                .isEqualTo("female");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Death of a 3-year-old boy of mixed heritage.|Mixed heritage",
            "A boy from the Irish Traveller community.|Irish Traveller",
            "The family is of Sudanese heritage.|Sudanese",
            "The family is of Nepalese origin.|Nepalese",
    })
    void ethnicity(String text, String ethnicity) {
        assertThat(summary(text).ethnicity()).isEqualTo(ethnicity);
    }

    @Test
    void anEthnicityBeforeStudent() {
        assertThat(summary("A 16-year-old Chinese international student took her own life.").ethnicity())
                .isEqualTo("Chinese");
    }

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
    void theCensusCategoryGypsyRomaOrTravellerIsOneEthnicity() {
        assertThat(summary("Neglect of a 13-year-old boy. Child Z is of Gypsy, Roma or Traveller heritage.").ethnicity())
                .isEqualTo("Gypsy, Roma or Traveller");
        assertThat(summary("Neglect of a 13-year-old boy. Child Z is of Irish Traveller heritage.").ethnicity())
                .isEqualTo("Irish Traveller");
    }

    @Test
    void aChildNamedFirstKeepsThePronoun() {
        assertThat(summary("A baby was found in 2019 by her mother. Her ethnicity is not known.").sex())
                .isEqualTo("female");
    }

    @Test
    void aShorterEthnicTermInsideAStatedOneIsDropped() {
        assertThat(summary("A girl from a Gypsy Roma Traveller family. Support from the Traveller education service.")
                .ethnicity()).isEqualTo("Gypsy Roma Traveller");
    }

    @Test
    void ethnicTermsInARowAreOneEthnicity() {
        assertThat(summary("Child Z was of Black British Caribbean heritage.").ethnicity())
                .isEqualTo("Black British Caribbean");
    }
}
