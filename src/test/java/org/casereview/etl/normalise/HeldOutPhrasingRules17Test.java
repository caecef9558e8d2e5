package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-19 (session 30, issue 9: "a code is about the child it
 * describes"), with the kinds realistic-phrasings-17 and -18 and digests-e2e b50 and b51 left, each tried on invented
 * sentences that are in none of those sets, with counter-examples that keep their values: a kinship foster carer is a
 * connected carer; a child taken into care is looked after; a shooting by the child's own family is no harm outside it;
 * an injury the words say was not thought to be non-accidental, or came from a fall, is no abuse; a child carrying drugs
 * for a gang, or found in a house used for selling drugs, is criminally exploited; a baby found unresponsive where he
 * had slept; a child groomed by a man; a young child found wandering; a burn left untreated is neglect, not abuse; a
 * death on the railway the coroner called suicide is no accident beside it; a parent's own mother is a grandparent; a
 * cousin's exclusion is the cousin's; the child's own clause after a sentence opened by an adult is the child's; another
 * child's death in the naming sentence is not the child's. Every child, family and place here is invented.
 */
class HeldOutPhrasingRules17Test {

    @Test
    void aKinshipFosterCarerIsAConnectedCarer() {
        ReviewFacts facts = untyped("Child Z, aged 5, had lived with her uncle, a kinship foster carer, since 2026 and was "
                + "found with a burn to her hand in 2028.");
        assertThat(facts.childContext()).contains("connected_carers");
    }

    @Test
    void aChildTakenIntoCareIsLookedAfterButNotAParentTakenIntoCareAsAGirl() {
        assertThat(untyped("Child Z, a 4-year-old boy, was neglected at home in 2027 and was taken into care the "
                + "following spring.").childContext()).contains("looked_after");
        assertThat(untyped("Child Z, a 3-year-old boy, was neglected in 2027. His mother had been taken into care at the "
                + "age of 12.").childContext()).doesNotContain("looked_after");
    }

    @Test
    void aShootingByTheChildsOwnFamilyIsNoHarmOutsideIt() {
        ReviewFacts father = untyped("Child Z, a 13-year-old boy, was shot in the arm with a shotgun by his stepfather in "
                + "2027.");
        assertThat(father.harmTypes()).contains("physical_abuse").doesNotContain("extra_familial_harm");
        assertThat(untyped("Child Z, a 16-year-old boy, was shot by a rival gang in 2027.").harmTypes())
                .contains("extra_familial_harm");
    }

    @Test
    void anInjuryNotThoughtToBeNonAccidentalOrFromAFallIsNoAbuse() {
        assertThat(untyped("Child Z, a 4-month-old boy, was found with a fractured arm in 2027; the fracture was not "
                + "thought to be non-accidental.").harmTypes()).doesNotContain("physical_abuse");
        assertThat(untyped("Child Z, a 4-month-old boy, was found with a fractured arm in 2027; the fracture was thought "
                + "to be non-accidental.").harmTypes()).contains("physical_abuse");
        ReviewFacts fall = untyped("Child Z, aged 2, suffered a fractured skull in 2028 after a fall from a balcony.");
        assertThat(fall.harmTypes()).doesNotContain("physical_abuse", "non_accidental_head_injury");
    }

    @Test
    void aChildCarryingDrugsForAGangOrFoundInAHouseUsedForSellingDrugsIsCriminallyExploited() {
        assertThat(untyped("In 2028 Child Z, 14, was found carrying heroin for an older gang.").harmTypes())
                .contains("child_criminal_exploitation");
        assertThat(untyped("Child Z, 15, was found with knife wounds in 2027 in a house used for selling drugs, after "
                + "going missing nine times.").harmTypes()).contains("child_criminal_exploitation");
        // an adult's house used for dealing, the child harmed elsewhere
        assertThat(untyped("Child Z, aged 4, was neglected in 2027. Her father had been jailed for running a house "
                + "used for selling drugs.").harmTypes()).doesNotContain("child_criminal_exploitation");
    }

    @Test
    void aBabyFoundUnresponsiveWhereHeHadSleptIsASuddenUnexpectedDeath() {
        ReviewFacts facts = untyped("Baby Z, aged 5 weeks, died in 2027 after he was found unresponsive in a bouncer chair "
                + "where he had slept through the night.");
        assertThat(facts.harmTypes()).contains("sudden_unexpected_infant_death");
    }

    @Test
    void aChildGroomedByAManIsSexuallyExploitedButNotOneGroomedToSellDrugs() {
        assertThat(untyped("Child Z, 15, was groomed in 2027 by a 30-year-old man who drove her to parties.").harmTypes())
                .contains("child_sexual_exploitation");
        assertThat(untyped("Child Z, 15, was groomed in 2027 by older men to sell cocaine.").harmTypes())
                .doesNotContain("child_sexual_exploitation").contains("child_criminal_exploitation");
    }

    @Test
    void aYoungChildFoundWanderingIsNeglected() {
        assertThat(untyped("Child Z, aged 2, was found wandering beside a busy road in 2027.").harmTypes())
                .contains("neglect");
    }

    @Test
    void aBurnLeftUntreatedIsNeglectNotAbuse() {
        ReviewFacts facts = untyped("Child Z, aged 3, died in 2027 from an infection after a scald on his foot was left "
                + "untreated for days.");
        assertThat(facts.harmTypes()).contains("neglect").doesNotContain("physical_abuse");
    }

    @Test
    void aDeathOnTheRailwayTheCoronerCalledSuicideIsNoAccidentBesideIt() {
        ReviewFacts facts = untyped("Child Z, 16, died in 2027 when he was hit by a train. The coroner found that he had "
                + "taken his own life.");
        assertThat(facts.harmTypes()).containsExactly("self_harm_suicide");
    }

    @Test
    void aParentsOwnMotherIsAGrandparent() {
        ReviewFacts facts = untyped("Child Z, a 4-year-old boy, was found alone in a car in 2027. The father's own mother, "
                + "who looked after him at weekends, had been in prison for robbery.");
        assertThat(facts.riskFactors()).doesNotContain("parental_criminality");
        ReviewFacts own = untyped("Child Z, a 2-year-old boy, was scalded in 2028. His mother drank heavily. Her own mother "
                + "had used heroin for many years.");
        assertThat(own.riskFactors()).contains("parental_alcohol_misuse").doesNotContain("parental_substance_misuse");
    }

    @Test
    void aCousinsExclusionIsTheCousins() {
        ReviewFacts facts = untyped("Child Z, 12, was beaten by older boys in 2027. His cousin, 15, had been selling drugs "
                + "for them and had been excluded from school.");
        assertThat(facts.childContext()).doesNotContain("not_in_school");
    }

    @Test
    void theChildsOwnClauseAfterAnAdultOpeningIsTheChilds() {
        ReviewFacts facts = untyped("Child Z, a 13-year-old girl, lived with her grandmother. The grandmother, 80, had "
                + "dementia, and in 2027 Child Z had stopped going to school to care for her.");
        assertThat(facts.childContext()).contains("not_in_school");
    }

    @Test
    void anotherChildsDeathInTheNamingSentenceIsNotTheChilds() {
        assertThat(untyped("In a car crash in 2027 a 6-year-old girl died and her brother, Child Z, 8, broke both legs.")
                .outcome()).isEqualTo("serious_harm");
        assertThat(untyped("Child Z, a 14-year-old girl, began to self-harm in 2027 after her 19-year-old brother was "
                + "killed in a road collision.").outcome()).isNotEqualTo("death");
        // the child named with the relation: both killed
        assertDeath("A 9-year-old boy and his mother were killed by her former partner in 2027.");
    }

    private static void assertDeath(String summary) {
        assertThat(untyped(summary).outcome()).isEqualTo("death");
    }

    @Test
    void aServiceAParentWorksForOrAsksAboutTheChildIsNoParentsCondition() {
        assertThat(untyped("Child Z, a 9-year-old girl, was sexually abused by a coach in 2027. Her father worked for a "
                + "substance misuse service in the city.").riskFactors()).doesNotContain("parental_substance_misuse");
        assertThat(untyped("Child Z, a 12-year-old boy, self-harmed in 2028. His mother had asked the community mental "
                + "health team for advice on helping him.").riskFactors()).doesNotContain("parental_mental_health");
        assertThat(untyped("Child Z, a 12-year-old boy, was neglected in 2028. His mother was supported by the community "
                + "mental health team for her depression.").riskFactors()).contains("parental_mental_health");
    }

    @Test
    void aTeenagersOverdoseOfPrescribedMedicationIsSelfHarmButNotABabyGivenOne() {
        assertThat(untyped("Child Z, a 16-year-old girl, died in 2027 from an overdose of prescribed medication.")
                .harmTypes()).contains("self_harm_suicide");
        assertThat(untyped("Baby Z, aged 4 months, died in 2027 after he was given an overdose of prescribed medication.")
                .harmTypes()).doesNotContain("self_harm_suicide");
        assertThat(untyped("An overdose of prescribed medication given to a 5-year-old girl by her father in 2027.")
                .harmTypes()).doesNotContain("self_harm_suicide");
    }

    @Test
    void aRelationsHarmToldAsTheRelationsIsNotTheChildsButPhotographsOfTheChildNakedAre() {
        ReviewFacts facts = untyped("Child Z is an 8-year-old girl whose 16-year-old stepbrother was sexually exploited by a "
                + "gang in 2027. One of the men later took photographs of Child Z naked.");
        assertThat(facts.harmTypes()).contains("sexual_abuse").doesNotContain("child_sexual_exploitation");
        // the child's own exploitation stays the child's
        assertThat(untyped("Child Z, a 15-year-old girl, was sexually exploited by a gang in 2027.").harmTypes())
                .contains("child_sexual_exploitation");
    }
}
