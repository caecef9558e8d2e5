package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-23 (session 34, issue 9: "a code is about the child it
 * describes"), each tried on invented sentences that are in none of the sets, with counter-examples that keep their
 * values: abbreviations (NAI, DA) and a parent's "misuse of substances"; a plan only sought; homes in the plural; bones
 * named by their place; burns from a hot thing; a death no cause was found for; a marriage planned abroad; a substance
 * given to make a child ill; a jump from a height; ages told by a stage, a birth year or beside a relation; a year of a
 * move or of being left in someone's care; deaths counted in a thematic review; pronouns of the sex no adult has; the
 * death of a named child after a verdict. Every child, family and place here is invented.
 */
class HeldOutPhrasingRules21Test {

    @Test
    void abbreviationsInCapitalsAreTheirCodes() {
        ReviewFacts facts = untyped("Child Z, a 5-week-old girl, was brought to the emergency department in 2029 with NAI. "
                + "Her father had a long history of DA against her mother.");
        assertThat(facts.harmTypes()).contains("physical_abuse");
        assertThat(facts.outcome()).isEqualTo("serious_harm");
        assertThat(facts.riskFactors()).contains("domestic_abuse");
        // ruled out, or not the abbreviation: no code
        assertThat(untyped("Child Z, a 4-month-old boy, had a bruise in 2029; NAI was ruled out after a skeletal survey.")
                .harmTypes()).doesNotContain("physical_abuse");
        assertThat(untyped("Child Z, aged 9, was bullied at school in 2029. His mother said: da nothing helped.")
                .riskFactors()).doesNotContain("domestic_abuse");
    }

    @Test
    void aParentsMisuseOfSubstancesIsTheChildsRiskFactor() {
        assertThat(untyped("Child Z, a 6-year-old girl, was neglected in 2029. Her father's misuse of substances had been "
                + "reported by her school.").riskFactors()).contains("parental_substance_misuse");
        // the child's own
        assertThat(untyped("Child Z, a 16-year-old boy, died in 2029 after years of misuse of substances.").riskFactors())
                .doesNotContain("parental_substance_misuse");
    }

    @Test
    void aPlanOnlySoughtIsNoPlan() {
        assertThat(untyped("Child Z, an 8-year-old girl with autism, was hurt in 2029 while she was on a waiting list for "
                + "an EHCP.").childContext()).doesNotContain("ehcp");
        assertThat(untyped("Child Z, aged 11, was assaulted in 2029 while an EHCP assessment was under way.")
                .childContext()).doesNotContain("ehcp");
        assertThat(untyped("Child Z, aged 11, had an EHCP for speech and language needs and was assaulted in 2029.")
                .childContext()).contains("ehcp");
    }

    @Test
    void childrensHomesInThePluralAreCare() {
        assertThat(untyped("Child Z, a 16-year-old girl, had lived in three children's homes before she was exploited in "
                + "2029.").childContext()).contains("looked_after");
    }

    @Test
    void aBoneNamedByItsPlaceIsAnInjuryAndABurnFromAHotThingAnAccident() {
        assertThat(untyped("Child Z, a 7-month-old girl, was found in 2029 to have a broken collar bone that nobody could "
                + "explain.").harmTypes()).contains("physical_abuse");
        assertThat(untyped("Child Z, a 2-year-old boy, suffered burns from a hot pan in 2029 while his mother was asleep.")
                .harmTypes()).doesNotContain("physical_abuse");
        // the hot thing used on the child
        assertThat(untyped("Child Z, a 2-year-old boy, suffered burns from a pan of hot oil thrown at him by his father in "
                + "2029.").harmTypes()).contains("physical_abuse");
    }

    @Test
    void aBabysDeathNoCauseWasFoundForIsASuddenInfantDeath() {
        assertThat(untyped("Child Z, a 10-week-old boy, died at home in 2029. Doctors could not establish a cause.")
                .harmTypes()).contains("sudden_unexpected_infant_death");
        // not past infancy
        assertThat(untyped("Child Z, a 12-year-old boy, died at home in 2029. Doctors could not establish a cause.")
                .harmTypes()).doesNotContain("sudden_unexpected_infant_death");
    }

    @Test
    void aMarriagePlannedAbroadAndASubstanceGivenToMakeAChildIll() {
        assertThat(untyped("Child Z, a 14-year-old girl, told a teacher in 2029 that her uncle would send her overseas to "
                + "get married.").harmTypes()).contains("fgm_honour_based_abuse");
        assertThat(untyped("Child Z, a 14-year-old girl, was taken abroad in 2029 to visit her grandmother.").harmTypes())
                .doesNotContain("fgm_honour_based_abuse");
        assertThat(untyped("Child Z, a 3-year-old boy, was admitted to hospital many times in 2029; his father had been "
                + "giving him salt in his milk.").harmTypes()).contains("poisoning_ingestion");
        assertThat(untyped("Child Z, a 3-year-old boy, was neglected in 2029. His mother took laxatives every day.")
                .harmTypes()).doesNotContain("poisoning_ingestion");
    }

    @Test
    void aJumpFromAHeightIsSelfHarmUnlessToEscape() {
        assertThat(untyped("Child Z, a 15-year-old boy, died in 2029 after he jumped from a motorway bridge.").harmTypes())
                .contains("self_harm_suicide");
        assertThat(untyped("Child Z, a 15-year-old boy, was injured in 2029 when he jumped from a roof to escape a group "
                + "of older boys.").harmTypes()).doesNotContain("self_harm_suicide");
    }

    @Test
    void agesToldByAStageABirthYearOrBesideARelation() {
        assertThat(untyped("Child Z, a toddler, was found in 2029 with bruises.").ageBand()).isEqualTo("1_5");
        assertThat(untyped("Child Z was stillborn in 2029 after an assault on her mother.").ageBand()).isEqualTo("unborn");
        ReviewFacts born = untyped("Child Z, who was born in 2015, was exploited by older boys in 2029.");
        assertThat(born.ageBand()).isEqualTo("11_15");
        assertThat(born.ageYears()).isNull();
        // 15 or 16: two bands, no band
        assertThat(untyped("Child Z, born in 2013, was exploited by older boys in 2029.").ageBand()).isEqualTo("unknown");
        ReviewFacts relation = untyped("Child Z, a baby, was left with a 9-year-old cousin in 2029 and fell down the stairs.");
        assertThat(relation.ageBand()).isEqualTo("under_1");
        assertThat(relation.ageYears()).isNull();
        assertThat(untyped("Child Z, a 9-year-old girl, was hurt in 2029.").ageYears()).isNotNull();
    }

    @Test
    void theYearOfAMoveOrOfBeingLeftInSomeonesCareIsNotPassedOver() {
        assertThat(untyped("Child Z, a 3-year-old girl, moved with her father to Brackley Down in 2028, and in 2029 she was "
                + "found with a broken arm.").incidentYear()).isEqualTo(2029);
        assertThat(untyped("Child Z, a 1-year-old boy, was left in the care of his grandmother in 2029 and was scalded.")
                .incidentYear()).isEqualTo(2029);
        // leaving care is another moment than the harm
        assertThat(untyped("Child Z, aged 18, left care in 2028 and died in a hostel in 2029.").incidentYear())
                .isEqualTo(2029);
    }

    @Test
    void deathsCountedInAThematicReview() {
        assertThat(untyped("A thematic review of four child deaths in 2029 in families known to children's social care.")
                .nChildren()).isEqualTo(4);
        assertThat(untyped("A review of three deaths of young people in 2029.").nChildren()).isEqualTo(3);
    }

    @Test
    void pronounsOfTheSexNoAdultHas() {
        assertThat(untyped("Aunt cautioned after Child Z, aged 4, was found in 2029 with head lice and no shoes. He had "
                + "lived with her since 2027.").sex()).isEqualTo("male");
        // someone a pronoun of either sex may mean: not decided
        assertThat(untyped("Aunt cautioned after Child Z, aged 4, was found in 2029 with head lice. He had lived with her "
                + "and a lodger's friend since 2027.").sex()).isEqualTo("not_stated");
        assertThat(untyped("Child Z, a teenager, was hurt in 2029 when she was pushed from a wall by an older boy who "
                + "wanted him to pay.").sex()).isEqualTo("female");
    }

    @Test
    void theDeathOfANamedChildAfterAVerdictIsTheChilds() {
        assertThat(untyped("The stepfather was convicted of causing the death of Child Z, a 3-year-old girl, in 2029.")
                .outcome()).isEqualTo("death");
        assertThat(untyped("Stepfather jailed for the manslaughter of Child Z, aged 3, who died in hospital in 2029.")
                .outcome()).isEqualTo("death");
        // the death of the named child's mother: not the child's
        assertThat(untyped("Child Z, a 6-year-old boy, was hurt in 2029. His stepfather was convicted of causing the death "
                + "of Child Z's mother.").outcome()).isNotEqualTo("death");
    }

    @Test
    void aDrowningInAGardenPoolWhileTheParentWasElsewhere() {
        assertThat(untyped("Child Z, a 2-year-old girl, drowned in a garden pond in 2029 while her mother was indoors.")
                .harmTypes()).contains("neglect");
    }

    // Leftovers of realistic-phrasings-21 and -22 and of sets 17 and 19 (the same rules, their own sentences).

    @Test
    void theWaterThenTheAdultElsewhereInTheNextSentence() {
        assertThat(untyped("Child Z, a 3-year-old girl, nearly drowned in 2029 after she was found in a swimming pool. Her "
                + "grandfather had been asleep in a chair.").harmTypes()).contains("neglect");
        assertThat(untyped("Child Z, a 3-year-old girl, nearly drowned in 2029 after she was found in a swimming pool. Her "
                + "grandfather had been a lifeguard.").harmTypes()).doesNotContain("neglect");
    }

    @Test
    void aRelativesResidenceOrderIsKinshipCareButNotASiblings() {
        assertThat(untyped("Child Z, aged 6, had lived with her aunt under a residence order since 2027 and was assaulted by "
                + "a neighbour in 2029.").childContext()).contains("connected_carers");
        assertThat(untyped("Child Z, a 2-month-old girl, was injured in 2029. Her mother's older child, aged 5, lived with "
                + "his grandmother under a residence order.").childContext()).doesNotContain("connected_carers");
    }

    @Test
    void aYoungAdultApposedToTheNamedChildIsTheChild() {
        assertThat(untyped("Child Z, a 19-year-old man with autism, died in a hostel in 2029.").childContext())
                .contains("disabled");
        assertThat(untyped("Child Z, aged 15, was assaulted in 2029 by a 30-year-old man with a learning disability.")
                .childContext()).doesNotContain("disabled");
    }

    @Test
    void theLastYearOpeningItsSentenceWithTheHarmAfterABackground() {
        assertThat(untyped("Child Z, a 10-year-old girl, moved into foster care in 2027 after her father's arrest. In June "
                + "2029 she was admitted to hospital with burns.").incidentYear()).isEqualTo(2029);
        assertThat(untyped("Child Z, aged 12, was detained under the Mental Health Act in 2027. In 2029 Child Z disclosed "
                + "that her uncle had raped her.").incidentYear()).isEqualTo(2029);
        // an earlier year that says the harm: that one
        assertThat(untyped("Child Z, a 10-year-old girl, was stabbed in 2027. In 2029 she was found in a park.")
                .incidentYear()).isEqualTo(2027);
        assertThat(untyped("Child Z, 15, was exploited by older men throughout 2028. She had a baby in 2029.")
                .incidentYear()).isEqualTo(2028);
    }
}
