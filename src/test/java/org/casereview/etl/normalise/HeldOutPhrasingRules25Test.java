package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.NORMALISER;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-27 (session 38, issue 9: "a code is about the child it
 * describes"), each tried on invented sentences that are in none of the sets, with counter-examples that keep their
 * values: an event year after a possessive name or a hospital admission in a sentence about the review, or before a
 * "when" clause of the child's disclosure; "in the early hours of New Year's Day", "over the Christmas period"; a child
 * arrangements order's year and a child's accommodation under section 20 as other moments; a death told late in its
 * sentence after earlier years of services' contacts; an age after a death and "when he was", after "who was ... and",
 * after a slide's "Age:" label, and not a baby's age at discharge; a disability told by its clinical name or acronym; a
 * placement order; a child made to sleep outside, sent to sell drugs, with head lice, or whose leg a carer broke; a
 * parent's hair strand test; a fact denied after its words; an adult the child killed;
 * a boy in the child's class; each named child's pronoun in a combined review; trafficking with and without its purpose
 * (the session 38 decision); a toddler who drank from a vape (digests-e2e b67 Child EQJ). Every child, family and place
 * here is invented.
 */
class HeldOutPhrasingRules25Test {

    private static ReviewFacts named(String title, String childName, String summary) {
        return NORMALISER.normalise(new ReviewText(title, childName, summary, null, null, null, null, null, null, null));
    }

    @Test
    void anEventYearAfterAPossessiveNameIsTheIncidentsEvenInASentenceAboutTheReview() {
        assertThat(named("Nia", "Nia", "This review concerns Nia, a cheerful girl who loved swimming. The review was "
                + "commissioned following Nia's death in June 2029, after she was found in a river.").incidentYear()).isEqualTo(2029);
        // a review's own date stays the review's
        assertThat(named("Nia", "Nia", "This review concerns Nia, aged 7. The review was commissioned in 2030 by the "
                + "partnership.").incidentYear()).isNull();
    }

    @Test
    void anAdmissionToHospitalDatesTheIncidentInASentenceAboutTheReview() {
        assertThat(untyped("The review was commissioned following Child Z's admission to hospital in the early hours of "
                + "New Year's Day 2029, aged 3 months, with a skull fracture.").incidentYear()).isEqualTo(2029);
    }

    @Test
    void aWhenClauseOfTheChildsDisclosureDatesTheYearBeforeIt() {
        assertThat(untyped("The review was commissioned following a call from her school in 2029, when Child Z told a "
                + "teacher that her uncle had abused her.").incidentYear()).isEqualTo(2029);
        // a "when" clause about someone else gives no incident year to a review sentence
        assertThat(untyped("The review was commissioned following a meeting in 2030, when the partnership agreed its "
                + "terms.").incidentYear()).isNull();
    }

    @Test
    void holidaysAndTheEarlyHoursOfADayLeadAYear() {
        assertThat(untyped("Child Z, aged 6, was placed with foster carers. Over the Christmas period 2029 he was burned "
                + "during contact with his father.").incidentYear()).isEqualTo(2029);
        assertThat(untyped("Child Z, aged 6, died in the early hours of Boxing Day 2029 after a fall.").incidentYear())
                .isEqualTo(2029);
    }

    @Test
    void anArrangementsOrderAndAnAccommodationAreOtherMoments() {
        assertThat(untyped("Child Z, aged 9, lived with her mother under a child arrangements order made in 2026. In the "
                + "spring of 2029 she told a nurse that her mother burned her.").incidentYear()).isEqualTo(2029);
        assertThat(untyped("Child Z, aged 9, was accommodated under section 20 in autumn 2027. He went home, and in "
                + "winter 2029 he was found alone.").incidentYear()).isEqualTo(2029);
    }

    @Test
    void aDeathToldLateInItsSentenceDatesTheIncidentAfterServicesContacts() {
        assertThat(untyped("In 2028 the health visitor made three visits and the family was offered a parenting course. "
                + "Baby Z was pronounced dead in hospital in March 2029, aged 4 months, after his mother found him "
                + "limp.").incidentYear()).isEqualTo(2029);
        // two steps of the child's own: the first stays
        assertThat(untyped("In 2028 Baby Z was admitted with a fractured arm. He was pronounced dead in hospital in "
                + "2029.").incidentYear()).isEqualTo(2028);
    }

    @Test
    void anAgeAfterADeathAndWhenHeWasIsTheChilds() {
        ReviewFacts facts = named("Ollie", "Ollie", "This review concerns Ollie. The review was commissioned following "
                + "Ollie's death in 2029, when he was 11.");
        assertThat(facts.ageYears()).isEqualByComparingTo("11");
        // an age at another moment, no death or incident before it
        assertThat(untyped("Child Z had been known to services since 2024, when she was 4. In 2029 she was found alone.")
                .ageYears()).isNull();
    }

    @Test
    void anAgeInAWhoWasClauseGoingOnWithAndIsTheNamedChilds() {
        assertThat(named("Priya", "Priya", "This review concerns Priya, who was 14 and is remembered as a brave, funny "
                + "girl. She was assaulted in 2029.").ageYears()).isEqualByComparingTo("14");
        // a half is a fraction of the age, not a clause going on: never the whole number alone
        assertThat(untyped("Child Z, who was 3 and a half, was neglected in 2029.").ageYears())
                .satisfiesAnyOf(years -> assertThat(years).isNull(), years -> assertThat(years).isEqualByComparingTo("3.5"));
    }

    @Test
    void aSlidesAgeLabelGivesTheAge() {
        assertThat(untyped("Gender: Male Age: 7 months Summary: In 2029 Child Z died in his father's care.").ageYears())
                .isEqualByComparingTo("0.58");
    }

    @Test
    void aBabysAgeAtDischargeIsAnotherMoment() {
        assertThat(untyped("Baby Z was born early and was discharged home at 5 weeks old. In 2029 she died, aged 3 months, "
                + "of a head injury.").ageYears()).isEqualByComparingTo("0.25");
    }

    @Test
    void aDisabilityToldByItsClinicalNameIsDisabled() {
        assertThat(untyped("Child Z, aged 5, had Global Developmental Delay and was neglected in 2029.").childContext())
                .contains("disabled");
        assertThat(untyped("Child Z, aged 12, had ASD and was assaulted in 2029.").childContext()).contains("disabled");
        assertThat(untyped("Child Z, aged 12, had FASD and was exploited in 2029.").childContext()).contains("disabled");
        // a parent's, or the letters in lower case inside another word, are no disability of the child
        assertThat(untyped("Child Z, aged 12, was neglected in 2029. Her mother had ASD and depression.").childContext())
                .doesNotContain("disabled");
        assertThat(untyped("Child Z, aged 12, was neglected in 2029 after his pda was taken.").childContext())
                .doesNotContain("disabled");
    }

    @Test
    void aPlacementOrderIsLookedAfter() {
        assertThat(untyped("Baby Z, 10 months, was the subject of a placement order when she was shaken in 2029.")
                .childContext()).contains("looked_after");
        assertThat(untyped("Baby Z, 10 months, was shaken in 2029. Her older sister was the subject of a placement order.")
                .childContext()).doesNotContain("looked_after");
    }

    @Test
    void aChildMadeToSleepOutsideIsEmotionallyAbused() {
        assertThat(untyped("Child Z, aged 7, told a teacher in 2029 that he had been made to sleep in the shed.")
                .harmTypes()).contains("emotional_abuse");
        assertThat(untyped("Child Z, aged 7, was neglected in 2029; the family had been made to sleep in a hostel.")
                .harmTypes()).doesNotContain("emotional_abuse");
    }

    @Test
    void aChildSentToSellDrugsIsCriminallyExploited() {
        assertThat(untyped("Child Z, 15, was found in 2029 to have been sent to sell cocaine in a seaside town.")
                .harmTypes()).contains("child_criminal_exploitation");
        // a parent who sold drugs is the parent's
        assertThat(untyped("Child Z, 15, was neglected in 2029; her father had been sent to prison to sell drugs no more.")
                .harmTypes()).doesNotContain("child_criminal_exploitation");
    }

    @Test
    void headLiceAndUntreatedToothDecayAreNeglect() {
        assertThat(untyped("Child Z, aged 9, was found in 2029 with head lice and untreated tooth decay.").harmTypes())
                .contains("neglect");
        assertThat(untyped("Child Z, aged 9, was assaulted in 2029 by a stranger; her teeth were checked.").harmTypes())
                .doesNotContain("neglect");
    }

    @Test
    void aCarerWhoBrokeTheChildsBoneIsPhysicalAbuse() {
        ReviewFacts facts = untyped("Child Z, aged 4, lived with her grandmother. In 2029 the grandmother's partner broke "
                + "her arm.");
        assertThat(facts.harmTypes()).contains("physical_abuse");
        assertThat(facts.outcome()).isEqualTo("serious_harm");
        // the child's own fall
        assertThat(untyped("Child Z, aged 4, broke her arm when she fell from a climbing frame in 2029.").harmTypes())
                .doesNotContain("physical_abuse");
    }

    @Test
    void aParentsHairStrandTestIsTheParentsFactor() {
        assertThat(untyped("Child Z, aged 8, lived with her mother, who denied drinking; a hair strand test in 2029 showed "
                + "excessive alcohol use. Child Z was neglected.").riskFactors()).contains("parental_alcohol_misuse");
    }

    @Test
    void aFactDeniedAfterItsWordsIsNotStated() {
        assertThat(untyped("Domestic abuse was not a feature of the family. Child Z, aged 2, died in 2029 after her "
                + "father shook her.").riskFactors()).doesNotContain("domestic_abuse");
        assertThat(untyped("Domestic abuse was a feature of the family. Child Z, aged 2, died in 2029 after her father "
                + "shook her.").riskFactors()).contains("domestic_abuse");
    }

    @Test
    void anAdultTheChildKilledIsNotTheChildsDeath() {
        assertThat(untyped("Child Z, 17, killed a young man in a fight in 2029; he had been exploited to carry drugs.")
                .outcome()).isNotEqualTo("death");
        assertThat(untyped("Child Z, 17, was killed in a fight in 2029.").outcome()).isEqualTo("death");
    }

    @Test
    void traffickingToldWithItsPurposeGivesThatPurposesCodeAlone() {
        // session 38 decision (unseen-entries.txt): `other` only for a harm no other code names
        assertThat(untyped("Child Z, 16, was trafficked to a port city in 2029 and sexually exploited by several men.")
                .harmTypes()).contains("child_sexual_exploitation").doesNotContain("other");
        assertThat(untyped("Child Z, 15, was trafficked from abroad and found in 2029 guarding a cannabis farm.")
                .harmTypes()).contains("child_criminal_exploitation").doesNotContain("other");
        assertThat(untyped("Child Z, 15, was sexually exploited in 2029. Keywords: sexual exploitation, trafficking.")
                .harmTypes()).doesNotContain("other");
        // no purpose told, or a servitude no code names: `other`
        assertThat(untyped("Child Z, 14, was trafficked into the country in 2029.").harmTypes()).containsExactly("other");
        assertThat(untyped("Child Z, 12, was trafficked in 2029 and kept as a domestic servant by a couple.").harmTypes())
                .containsExactly("other");
    }

    @Test
    void unpaidWorkAChildWasFoundDoingIsLabourExploitation() {
        // realistic-phrasings-4 fc #7's kind, in other words: labour the rules code as criminal exploitation
        assertThat(untyped("Child Z, 15, was discovered in 2029 doing unpaid work in a car wash.").harmTypes())
                .contains("child_criminal_exploitation");
        assertThat(untyped("Child Z, 15, was neglected in 2029; his mother was doing unpaid work at a charity shop.")
                .harmTypes()).doesNotContain("child_criminal_exploitation");
    }

    @Test
    void aToddlerWhoDrankFromAVapeWasPoisoned() {
        // digests-e2e b67 Child EQJ's kind, in other words
        assertThat(untyped("Child Z, aged 2, died in 2029 after she sucked liquid from an e-cigarette left on a sofa.")
                .harmTypes()).contains("poisoning_ingestion");
        // an adult's own vaping
        assertThat(untyped("Child Z, aged 2, was neglected in 2029; her father smoked a vape all day.").harmTypes())
                .doesNotContain("poisoning_ingestion");
    }

    @Test
    void aBoyInHerClassIsAnotherChild() {
        assertThat(untyped("Child Z, 13, took her own life in 2029 after a boy in her class shared a photograph of her.")
                .sex()).isEqualTo("female");
        assertThat(untyped("Child Z, a boy of 13, took his own life in 2029.").sex()).isEqualTo("male");
    }

    @Test
    void eachNamedChildsPronounCountsInACombinedReview() {
        ReviewFacts facts = named("Child X and Child Y", "Child X and Child Y", "Child X, aged 16, died in 2029 in his "
                + "flat. Child Y, aged 15, a girl who lived nearby, was injured the same night.");
        assertThat(facts.nChildren()).isEqualTo(2);
        assertThat(facts.sex()).isEqualTo("mixed");
    }
}
