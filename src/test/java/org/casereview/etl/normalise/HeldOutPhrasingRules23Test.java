package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-25 (session 36, issue 9: "a code is about the child it
 * describes"), each tried on invented sentences that are in none of the sets, with counter-examples that keep their
 * values: a beating told by "hitting ... with"; a home without beds or working heating; a blow to the body; a child
 * found tending cannabis; a newborn found outside; a child found hanging; a child locked in a room with an adjective
 * before it; the year of a rapid review, a review commissioned after the child's event, a review named in an aside; a
 * plural sex noun in a one-child entry; brothers named with their names. Also kinds earlier sets left: digests-e2e b62
 * (a child who saw a father attack the mother),
 * realistic-phrasings-24 yh #2 (a review "carried out as" a kind) and -17 rc #4 (a parent who had been in a young
 * offender institution). Every child, family and place here is invented.
 */
class HeldOutPhrasingRules23Test {

    @Test
    void hittingTheChildWithAThingIsPhysicalAbuse() {
        assertThat(untyped("Child Z, an 8-year-old boy, told his teacher in 2029 that his uncle had been hitting him with a "
                + "cable.").harmTypes()).contains("physical_abuse");
        // hitting a thing with a thing is no abuse of the child
        assertThat(untyped("Child Z, an 8-year-old boy, was neglected in 2029; his father was seen hitting the door with a "
                + "hammer.").harmTypes()).doesNotContain("physical_abuse");
    }

    @Test
    void aHomeWithoutBedsOrWorkingHeatingIsNeglect() {
        assertThat(untyped("Child Z, aged 5, was found in 2029 living in a flat without carpets or working heating.")
                .harmTypes()).contains("neglect");
        assertThat(untyped("Child Z, aged 5, was found in 2029 in a house with no working heating.").harmTypes())
                .contains("neglect");
    }

    @Test
    void aBlowToTheBodyIsPhysicalAbuse() {
        assertThat(untyped("Child Z, a 3-year-old girl, died in 2029 of a liver injury caused by a blow to the abdomen.")
                .harmTypes()).contains("physical_abuse");
        // a blow in an accident told after it
        assertThat(untyped("Child Z, a 9-year-old boy, suffered a blow to the chest in 2029 when he was hit by a car.")
                .harmTypes()).doesNotContain("physical_abuse");
    }

    @Test
    void aChildFoundTendingCannabisIsCriminalExploitation() {
        assertThat(untyped("Child Z, aged 16, was discovered in 2029 watering cannabis plants in a rented bungalow.")
                .harmTypes()).contains("child_criminal_exploitation");
        // a parent's own growing is the parent's
        assertThat(untyped("Child Z, aged 4, was neglected in 2029; his father had been growing cannabis in the loft.")
                .harmTypes()).doesNotContain("child_criminal_exploitation");
    }

    @Test
    void aNewbornFoundOutsideWasAbandoned() {
        assertThat(untyped("Baby Z, a newborn girl, was found by a jogger in a park in 2029 and recovered in hospital.")
                .harmTypes()).contains("neglect");
        assertThat(untyped("Baby Z, a newborn girl, was found by a jogger in a park in 2029 and recovered in hospital.")
                .outcome()).isEqualTo("serious_harm");
        // a baby found in the family's own bed is no abandoned baby
        assertThat(untyped("Baby Z, a 3-month-old boy, was found in his cot in 2029 with bruising to his face.")
                .harmTypes()).doesNotContain("neglect");
    }

    @Test
    void aChildFoundHangingIsSelfHarm() {
        assertThat(untyped("Child Z, aged 16, was found hanging in a wardrobe at her foster home in 2029 and died in "
                + "hospital.").harmTypes()).contains("self_harm_suicide");
        // hanging around is no hanging
        assertThat(untyped("Child Z, aged 14, was found hanging around a bus station at night in 2029 and was sexually "
                + "exploited.").harmTypes()).doesNotContain("self_harm_suicide");
    }

    @Test
    void aChildLockedInARoomOfAnyKindIsEmotionalAbuse() {
        assertThat(untyped("Child Z, a 10-year-old autistic girl, was locked in a quiet room by school staff for hours in "
                + "2029.").harmTypes()).contains("emotional_abuse");
    }

    @Test
    void aRapidReviewsYearIsNoIncidentYear() {
        assertThat(untyped("After the rapid review in 2030, a local review was held. Child Z, aged 12, was stabbed in "
                + "2029.").incidentYear()).isEqualTo(2029);
    }

    @Test
    void aReviewCommissionedAfterTheChildsEventDatesTheEvent() {
        assertThat(untyped("The review was commissioned in 2030 after Child Z, a 4-year-old boy, was admitted to hospital "
                + "in November 2029 with burns.").incidentYear()).isEqualTo(2029);
        // a review's own year stays the review's
        assertThat(untyped("The review was commissioned in 2030 by the partnership. Child Z, a 4-year-old boy, had burns.")
                .incidentYear()).isNull();
    }

    @Test
    void aReviewNamedInAnAsideHidesNoYear() {
        assertThat(untyped("Child Z, 15 when the review started, was found in 2029 with a head injury in a park.")
                .incidentYear()).isEqualTo(2029);
    }

    @Test
    void pluralSexNounsAreOtherPeopleInAOneChildEntry() {
        assertThat(untyped("Child Z, aged 13, was pressured by her boyfriend, aged 15, into sending images, which he shared "
                + "in 2029 with boys in his year.").sex()).isEqualTo("female");
        // a singular noun still names the child
        assertThat(untyped("Child Z, a 13-year-old boy, was bullied in 2029 by girls in his class.").sex())
                .isEqualTo("male");
    }

    @Test
    void brothersNamedWithTheirNamesTakeTheirOwnCare() {
        assertThat(untyped("Child Z, aged 2, died in 2029 after a fall from a balcony. His sisters, Child Y, aged 11, and "
                + "Child X, aged 8, were taken into care.").childContext()).doesNotContain("looked_after");
        // the child's own care is kept
        assertThat(untyped("Child Z, aged 2, was taken into care in 2029 after a fall from a balcony.").childContext())
                .contains("looked_after");
    }

    @Test
    void aChildWhoSawAFatherAttackTheMotherLivedWithDomesticAbuse() {
        // digests-e2e b62 MacRoman #4's kind, invented anew
        assertThat(untyped("Child Z, aged 9, was emotionally harmed in 2029; she had watched her stepfather, aged 35, "
                + "punch her mother.").riskFactors()).contains("domestic_abuse");
        // a father who hit the child is no domestic abuse
        assertThat(untyped("Child Z, aged 9, was seen by a teacher in 2029 after her stepfather had punched her.")
                .riskFactors()).doesNotContain("domestic_abuse");
    }

    @Test
    void aReviewHeldAsAKindIsOfThatKind() {
        // realistic-phrasings-24 yh #2's kind, invented anew
        assertThat(untyped("Child Z, aged 17, was killed by her partner in 2029. The review was conducted as a domestic "
                + "homicide review by the community safety partnership.").reviewType()).isEqualTo("domestic_homicide_review");
        // held as something that is no kind of review
        assertThat(untyped("Child Z, aged 7, was neglected in 2029. The review was carried out as a joint exercise with "
                + "the police.").reviewType()).isEqualTo("unknown");
    }

    @Test
    void aParentWhoHadBeenInAYoungOffenderInstitutionIsCriminality() {
        // realistic-phrasings-17 rc #4's kind, invented anew
        assertThat(untyped("Child Z, a 2-month-old girl, was shaken in 2029. Her father, 19, said he had tripped with her. He "
                + "had been in a young offender institution until the year before.").riskFactors())
                .contains("parental_criminality");
        // the child's own custody is no parent's
        assertThat(untyped("Child Z, a 17-year-old boy, took his own life in 2029. He had been in a young offender "
                + "institution for three weeks.").riskFactors()).doesNotContain("parental_criminality");
    }
}
