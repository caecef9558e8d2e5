package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.NORMALISER;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-21 (session 32, issue 9: "a code is about the child it
 * describes") and the kinds sessions 31 left, each tried on invented sentences that are in none of the sets, with
 * counter-examples that keep their values: an adult of the household harmed is not the child's harm; a court's year and
 * an aside's publication year are not the incident's; words of disability, injuries and sexual touching;
 * an age after a pseudonym in quotes; and the misses digests b56 / b57 named: an attempt on one's life is no death,
 * an overdose of the child's own medicine is self-harm only, a learning review linked as a whole is no overview
 * report. Every child, family and place here is invented.
 */
class HeldOutPhrasingRules19Test {

    @Test
    void aChildTheSummarySaysWasNotHurtHasNoneOfTheInjuriesItTells() {
        ReviewFacts facts = untyped("Child Z, aged 6, was at home in 2027 when her mother's boyfriend attacked her "
                + "mother, who needed stitches to a broken nose and bruising to her arms. Child Z was not hurt.");
        assertThat(facts.harmTypes()).doesNotContain("physical_abuse", "extra_familial_harm");
        ReviewFacts stabbed = untyped("Child Z, a 3-year-old boy, was asleep in 2027 when his uncle stabbed his aunt. "
                + "Child Z was found unharmed by the police.");
        assertThat(stabbed.harmTypes()).doesNotContain("physical_abuse", "extra_familial_harm");
        // no such word: the child's own injuries stay
        assertThat(untyped("Child Z, aged 6, was found in 2027 with bruising to her arms after her mother's boyfriend "
                + "attacked her.").harmTypes()).contains("physical_abuse");
        // the abuse named, not only an injury: it stays
        assertThat(untyped("Child Z, aged 9, had been physically abused by his father for years; in 2027 he was not "
                + "injured when his father threw a chair. Child Z was not injured.").harmTypes()).contains("physical_abuse");
    }

    @Test
    void aRelationNamedAsTheObjectOfAStabbingOrInARelativeClauseOfAnAssaultIsNotTheChild() {
        assertThat(untyped("Child Z, aged 11, saw his stepfather stab his grandmother in the kitchen in 2027.")
                .harmTypes()).doesNotContain("extra_familial_harm");
        assertThat(untyped("Child Z, a 7-year-old girl, lived with her father, who was assaulted by a neighbour in 2027 "
                + "while she watched from the window.").harmTypes()).doesNotContain("physical_abuse");
        // the child stabbed: still the child's
        assertThat(untyped("Child Z, aged 16, was stabbed in 2027 outside a shop in the town centre.").harmTypes())
                .contains("extra_familial_harm");
    }

    @Test
    void aCourtsYearAndAnAsidesPublicationYearAreNotTheIncidents() {
        assertThat(untyped("Child Z, a 4-month-old girl, died from a brain injury. Her father pleaded guilty in 2028 to "
                + "her manslaughter.").incidentYear()).isNull();
        assertThat(untyped("Child Z, a 3-month-old boy, was found with fractures in 2026. His mother was found guilty "
                + "in 2028 of cruelty.").incidentYear()).isEqualTo(2026);
        assertThat(untyped("The report, published in 2029, is about Child Z, a 10-year-old boy who was found dead in "
                + "2027 after a fire.").incidentYear()).isEqualTo(2027);
        // a sentence about the publication itself: no year from it
        assertThat(untyped("Child Z, aged 5, was neglected. The review was published in 2029.").incidentYear()).isNull();
    }

    @Test
    void wordsOfDisabilityInjuriesAndTouching() {
        assertThat(untyped("Child Z, a 14-year-old boy with Down syndrome, was neglected in 2027.").childContext())
                .contains("disabled");
        assertThat(untyped("Child Z, a 4-year-old boy, died in 2027 from multiple injuries.").harmTypes())
                .contains("physical_abuse");
        assertThat(untyped("Child Z, a 12-year-old girl, told her aunt in 2027 that a family friend had been touching her.")
                .harmTypes()).contains("sexual_abuse");
        assertThat(untyped("Child Z, aged 7, was touched inappropriately by a swimming coach in 2027.").harmTypes())
                .contains("sexual_abuse");
        // a touch of someone else by the child: not the child's abuse
        assertThat(untyped("Child Z, aged 15, was excluded in 2027 for touching his sister inappropriately.").harmTypes())
                .doesNotContain("sexual_abuse");
    }

    @Test
    void anAgeAfterAPseudonymInQuotes() {
        ReviewFacts facts = NORMALISER.normalise(new ReviewText("Wren", "Wren", "\"Wren\", as the report names him, was "
                + "15 when he was exploited by a gang in 2027.", null, null, null, null, null, null, null));
        assertThat(facts.ageYears()).isEqualByComparingTo(new BigDecimal("15.00"));
        assertThat(facts.ageBand()).isEqualTo("11_15");
    }

    @Test
    void careNotSoughtForAnInjuryIsNeglect() {
        assertThat(untyped("Child Z, a 2-year-old boy, was seen in 2027 with a scald to his foot; his carers had not "
                + "sought help and did not seek treatment for the scald for a week.").harmTypes()).contains("neglect");
        // an adult's own illness: no neglect of the child
        assertThat(untyped("Child Z, aged 9, was sexually abused by a lodger in 2027. His mother did not seek treatment "
                + "for her depression.").harmTypes()).doesNotContain("neglect");
    }

    @Test
    void burnsWhenAThingFellOrCaughtFireAreAnAccident() {
        assertThat(untyped("Child Z, a 3-year-old girl, was badly burned in 2027 when a candle fell over in her room "
                + "while her father was out.").harmTypes()).doesNotContain("physical_abuse");
        // a person who burned the child: still abuse
        assertThat(untyped("Child Z, a 3-year-old girl, was burned in 2027 when her father held her hand against a "
                + "heater.").harmTypes()).contains("physical_abuse");
    }

    @Test
    void aKnifeCarriedToProtectAParentAtHomeIsNoHarmOutsideTheFamily() {
        assertThat(untyped("Child Z, a 14-year-old boy, lived with his father's violence to his mother until 2027 and "
                + "had started carrying a knife to defend his mother.").harmTypes()).doesNotContain("extra_familial_harm");
        assertThat(untyped("Child Z, a 14-year-old boy, was excluded in 2027 for carrying a knife in school.").harmTypes())
                .contains("extra_familial_harm");
    }

    @Test
    void anAttemptToTakeOnesOwnLifeIsHarmShortOfDeath() {
        ReviewFacts tried = untyped("Child Z, a 14-year-old boy, tried to take his own life in 2027 after a man he had "
                + "met through a football club threatened to share photographs of him.");
        assertThat(tried.outcome()).isEqualTo("serious_harm");
        assertThat(tried.harmTypes()).contains("self_harm_suicide");
        ReviewFacts attempted = untyped("Child Z, aged 15, had attempted to end her life twice before she was placed "
                + "in a secure unit in 2027.");
        assertThat(attempted.outcome()).isEqualTo("serious_harm");
        assertThat(attempted.harmTypes()).contains("self_harm_suicide");
        // a death told beside an earlier attempt: still the outcome
        assertThat(untyped("Child Z, aged 16, took her own life in 2027; she had tried to take her own life the year "
                + "before.").outcome()).isEqualTo("death");
    }

    @Test
    void anOverdoseOfTheChildsOwnPrescribedMedicineIsSelfHarmNotAPoisoning() {
        assertThat(untyped("Child Z, a 15-year-old boy, died in 2027 from an overdose of his own prescribed painkillers "
                + "after his knee operation.").harmTypes()).contains("self_harm_suicide").doesNotContain("poisoning_ingestion");
        assertThat(untyped("Child Z, aged 17, was found unconscious in her room in 2027 after an overdose of her "
                + "prescribed tablets.").harmTypes()).contains("self_harm_suicide").doesNotContain("poisoning_ingestion");
        // given to the child, whoever's medicine it was: a poisoning
        assertThat(untyped("Child Z, a 3-year-old girl, was given an overdose of her prescribed medication by her "
                + "mother's partner in 2027.").harmTypes()).contains("poisoning_ingestion");
        assertThat(untyped("Child Z, a 4-year-old boy, was admitted to hospital in 2027 after an overdose of his "
                + "prescribed medication given by his grandmother.").harmTypes()).contains("poisoning_ingestion");
        // another drug: a poisoning beside the self-harm, as before
        assertThat(untyped("Child Z, aged 16, was found in 2027 after an overdose of heroin.").harmTypes())
                .contains("poisoning_ingestion");
    }

    @Test
    void aLearningReviewLinkedAsAWholeIsNoOverviewReport() {
        assertThat(linked("Child Z: Learning review", "Full review: example.org/lr/z-27").documentType())
                .isEqualTo("unknown");
        assertThat(linked("Child Z: Learning review", "Read the full report (PDF)").documentType()).isEqualTo("unknown");
        // the link or the title naming the document: as before
        assertThat(linked("Child Z: Learning review", "Read the overview report").documentType()).isEqualTo("overview");
        assertThat(linked("Child Z: Serious case review", "Read the full review").documentType()).isEqualTo("overview");
        assertThat(linked("Child Z", "Read the full review").documentType()).isEqualTo("overview");
        assertThat(linked("Child Z: Child safeguarding practice review", "Full review: example.org/p/z-27")
                .documentType()).isEqualTo("practice_review");
    }

    private static ReviewFacts linked(String title, String linkText) {
        return NORMALISER.normalise(new ReviewText(title, "Child Z", "Child Z, a 12-year-old boy, was sexually abused "
                + "by a neighbour in 2027.", null, null, null, null, null, linkText, null));
    }
}
