package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-24 (session 35, issue 9: "a code is about the child it
 * describes"), each tried on invented sentences that are in none of the sets, with counter-examples that keep their
 * values: hedged outcome words ("passed away", "lost his life", "did not survive"); two ages a slash apart; drug dealing
 * told by its wraps or its place; clinic appointments the child was not brought to; a child left alone with a sibling;
 * a killing by a person with an age; a parent who set fire to the home; a fall from a height told before the injury; a move or a return to care; a
 * fracture of a bone disease; a parent's friend; homes counted as children; the named child counted with its siblings;
 * an age said by a pronoun no adult can be. Every child, family and place here is invented.
 */
class HeldOutPhrasingRules22Test {

    @Test
    void hedgedOutcomeWordsAreADeath() {
        assertThat(untyped("Child Z, a 6-week-old girl, sadly passed away in 2029 after she was shaken by her father.")
                .outcome()).isEqualTo("death");
        assertThat(untyped("Child Z, a 15-year-old boy, lost his life in 2029 when he was stabbed near a bus stop.")
                .outcome()).isEqualTo("death");
        // a grandparent's death is not the child's
        assertThat(untyped("Child Z, a 9-year-old boy, was neglected in 2029. His grandmother passed away the year before.")
                .outcome()).isEqualTo("serious_harm");
    }

    @Test
    void whatAChildDidNotSurviveHappened() {
        assertThat(untyped("Child Z, a 16-year-old girl, did not survive a shooting outside a nightclub in 2029.")
                .harmTypes()).contains("extra_familial_harm");
        // a stabbing denied stays denied
        assertThat(untyped("Child Z, a 10-year-old boy, was bullied in 2029; he was not stabbed, but he was threatened "
                + "with a knife.").harmTypes()).doesNotContain("extra_familial_harm");
    }

    @Test
    void twoAgesASlashApartAreNoExactAge() {
        ReviewFacts facts = untyped("Child Z, aged 13/14 at the time, was sexually exploited by older men in 2029.");
        assertThat(facts.ageYears()).isNull();
        assertThat(facts.ageBand()).isEqualTo("11_15");
    }

    @Test
    void dealingToldByItsWrapsOrItsPlaceIsCriminalExploitation() {
        assertThat(untyped("Child Z, a 15-year-old boy, was stopped by police in 2029 with several wraps of heroin in his "
                + "pocket.").harmTypes()).contains("child_criminal_exploitation");
        assertThat(untyped("Child Z, a 14-year-old boy, was found stabbed in 2029 in a stairwell used for dealing.")
                .harmTypes()).contains("child_criminal_exploitation");
        // a mother's wraps are hers
        assertThat(untyped("Child Z, a 7-year-old girl, was neglected in 2029; her mother was found with wraps of heroin in "
                + "the flat.").harmTypes()).doesNotContain("child_criminal_exploitation");
    }

    @Test
    void appointmentsTheChildWasNotBroughtToAreNeglect() {
        assertThat(untyped("Child Z, a 10-year-old boy with sickle cell disease, died in 2029; he had not been brought to "
                + "most of his haematology appointments.").harmTypes()).contains("neglect");
    }

    @Test
    void aChildLeftAloneWithASiblingIsNeglect() {
        assertThat(untyped("Child Z, a 2-year-old girl, drowned in a pond in 2029 after her father left her and her "
                + "4-year-old sister alone in the garden.").harmTypes()).contains("neglect");
    }

    @Test
    void aKillingByAPersonOfAnAgeAndAFireAParentSetAreAbuse() {
        assertThat(untyped("Child Z, a 17-year-old girl, was killed by her 20-year-old former boyfriend in 2029.")
                .harmTypes()).contains("physical_abuse");
        assertThat(untyped("Child Z, aged 5, died in 2029 after her stepfather set fire to the family home.").harmTypes())
                .contains("physical_abuse");
        // a thing that killed, no person
        assertThat(untyped("Child Z, a 17-year-old girl, was killed by a train in 2029.").harmTypes())
                .doesNotContain("physical_abuse");
    }

    @Test
    void aFallFromAHeightToldFirstIsAnAccident() {
        // an accident: no code (HeldOutPhrasingRules7Test and HarmTypeRulesTest pin a fall to none or neglect)
        assertThat(untyped("Child Z, a 4-year-old boy, fell from a first-floor balcony in 2029 and fractured his skull.")
                .harmTypes()).isEmpty();
        // thrown: abuse
        assertThat(untyped("Child Z, a 4-year-old boy, was thrown from a first-floor balcony by his father in 2029 and "
                + "fractured his skull.").harmTypes()).contains("physical_abuse");
    }

    @Test
    void aMoveOrAReturnToCareIsAnotherMomentThanTheHarm() {
        assertThat(untyped("Child Z, a 14-year-old boy, moved with his father from a village in the south to a city in the "
                + "north in 2028 and was criminally exploited there in 2029.").incidentYear()).isEqualTo(2029);
        assertThat(untyped("Child Z, a 9-year-old girl, stopped attending school after her family moved into the area in "
                + "2028. She was found in 2029 with bruises to her back.").incidentYear()).isEqualTo(2029);
        assertThat(untyped("Child Z, a 15-year-old boy, went back into care in 2028 after his foster placement ended, and in "
                + "2029 he was found with stab wounds.").incidentYear()).isEqualTo(2029);
        // a year of harm told after a move's words stays the harm's
        assertThat(untyped("Child Z, a 13-year-old girl, was trafficked to a city in the north in 2028.").incidentYear())
                .isEqualTo(2028);
    }

    @Test
    void aFractureOfABoneDiseaseIsNoInjuryInflicted() {
        assertThat(untyped("Child Z, an 11-month-old boy, was found in 2029 to have vitamin D deficiency and fractures of "
                + "both legs.").harmTypes()).doesNotContain("physical_abuse");
        assertThat(untyped("Child Z, an 11-month-old boy, was found in 2029 to have fractures of both legs.").harmTypes())
                .contains("physical_abuse");
    }

    @Test
    void aParentsFriendIsNoParent() {
        assertThat(untyped("Child Z, a 3-year-old boy, was scalded in 2029 while in the care of his father's friend, who "
                + "was drunk.").riskFactors()).doesNotContain("parental_alcohol_misuse");
        assertThat(untyped("Child Z, a 3-year-old boy, was scalded in 2029 while in the care of his father, who was drunk.")
                .riskFactors()).contains("parental_alcohol_misuse");
    }

    @Test
    void homesAreNoChildrenAndTheNamedChildCountsWithItsSiblings() {
        assertThat(untyped("Child Z, a 13-year-old girl, had lived in three children's homes before she was exploited in "
                + "2029.").nChildren()).isEqualTo(1);
        ReviewFacts together = untyped("Child Z, aged 4, and his two sisters were found in 2029 in a flat with no food.");
        assertThat(together.nChildren()).isEqualTo(3);
        assertThat(together.sex()).isEqualTo("mixed");
    }

    @Test
    void anAgeSaidByAPronounNoAdultCanBeIsTheChilds() {
        assertThat(untyped("Child Z was described by his friends as kind. He was 14 when he was stabbed in 2029.").ageYears())
                .isEqualByComparingTo("14");
        // the mother's age at the birth
        assertThat(untyped("Child Z lived with his mother. She was 19 when he was born. He was stabbed in 2029.").ageYears())
                .isNull();
    }
}
