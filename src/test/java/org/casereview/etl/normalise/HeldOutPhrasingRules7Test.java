package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the misses of the held-out set realistic-phrasings-10 (session 21, issue 9), each tried on invented
 * phrasings that are not in the set, with the counter-examples that must keep their reading: ages as "then fourteen",
 * "who had turned 17 a month earlier", a range of ages for one child, a baby dead or found days after the birth; a young
 * man's age and sex beside a range; a brother's, sister's or parent's plan, disability, exploitation or death; outcomes
 * of a child found unresponsive or hanged who survived; a brain injury as a consequence, a fall from a window and a dog's
 * attack; and incident years after an order's year or in a sentence about the review.
 */
class HeldOutPhrasingRules7Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, then fourteen, was stabbed outside a shop in 2021.|14.00|11_15",
            "Child Z, then 15, was assaulted by a group of adults in 2020.|15.00|11_15",
            "A young person who had turned 17 a month earlier was found dead in 2022.|17.00|16_17",
            "Child Z, who was 12 at the time, was groomed online in 2019.|12.00|11_15",
            "A boy aged between 12 and 14 was criminally exploited in 2020.||11_15",
            "Child Z, believed to be aged between 15 and 17, was trafficked in 2021.||unknown",
            "Sexual abuse of a girl between the ages of 9 and 10 came to light in 2018.||6_10",
            "Baby Z died in 2020, two days after her birth.||under_1",
            "Baby Z was born in hospital in May 2021 and was found not breathing the following day.||under_1",
            // a stated age says more; a parent's age stays the parent's
            "Baby Z, aged 5 weeks, was admitted in 2020; she had been born at home and seen by a midwife the next day.|0.10|under_1",
            "Child Z, a 6-year-old, was neglected in 2019. Her mother, then 22, had left care.|6.00|6_10",
            "Two children aged between 4 and 9 were neglected in 2019.||unknown"})
    void agesInNewShapes(String text, BigDecimal years, String band) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, thought to be aged between 15 and 17, was found dead in 2022. A 20-year-old man was charged with her murder.||unknown|female",
            // a young adult who is the subject keeps his age and sex
            "Sam, a 19-year-old man with autism, died in 2021 in supported living.|19.00|18_plus|male"})
    void aYoungMansAgeAndSexAreNotTheChildsBesideARange(String text, BigDecimal years, String band, String sex) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
        assertThat(facts.sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 4, was sexually abused in 2020. The stepsister had herself been neglected as a young child and had been on a child protection plan.|",
            "Child Z, aged 13, died in 2021 of sepsis. The panel noted that his older sister had been subject to a child protection plan in 2014.|",
            "Neglect of two brothers aged 3 and 5 in 2019. Their father had a learning disability and worked nights.|",
            "Neglect of two brothers aged 3 and 5 in 2019. Keywords: neglect, parental learning disability.|",
            // the child's own
            "Child Z, aged 9, was neglected in 2021. The panel noted that Child Z had been subject to a child protection plan since 2019.|child_protection_plan",
            "Child Z, a boy with a learning disability, was neglected in 2019.|disabled"})
    void anotherPersonsPlanOrDisabilityIsNotTheChilds(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 14, was criminally exploited in 2021. Her mother had been sexually exploited as a teenager.|child_sexual_exploitation",
            "Child Z, aged 6, was neglected in 2020. Her father had been sexually abused by a coach.|sexual_abuse",
            "Baby Z, aged 8 weeks, was found in 2019 to have a broken arm; an older brother's death in 2017 at 2 months had been recorded as unascertained.|sudden_unexpected_infant_death"})
    void aParentsOrSiblingsHarmIsNotTheChilds(String text, String notExpected) {
        assertThat(untyped(text).harmTypes()).isNotEmpty().doesNotContain(notExpected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jo, a 19-year-old care leaver, died in 2022. She had been sexually exploited as a teenager.|child_sexual_exploitation",
            "Child Z, aged 13, was found in 2021 to have been sexually abused by her stepfather.|sexual_abuse"})
    void theSubjectsOwnPastHarmIsKept(String text, String expected) {
        assertThat(untyped(text).harmTypes()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of two sisters, aged 5 and 7, in 2020. Their older brother, aged 15, had been excluded from school.|female",
            "Neglect of a 5-year-old boy and his 7-year-old sister in 2020.|mixed"})
    void anOlderSiblingOutsideTheReviewGivesNoSex(String text, String sex) {
        assertThat(untyped(text).sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Baby Z was found unresponsive in 2021 but was revived in hospital.|serious_harm",
            "Child Z, aged 15, was found hanged in 2019 and survived with a brain injury.|serious_harm",
            // no survival said: a death
            "Child Z, aged 15, was found hanged in his room in 2019.|death",
            "Baby Z was found unresponsive in 2020 and died later that day.|death"})
    void aChildFoundUnresponsiveOrHangedWhoSurvived(String text, String outcome) {
        assertThat(untyped(text).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 15, took an overdose in 2021 and now has a brain injury.|self_harm_suicide; poisoning_ingestion",
            "Child Z, aged 14, took an overdose in 2020 and was left with a lasting brain injury.|self_harm_suicide; poisoning_ingestion",
            "Child Z, aged 3, fractured his skull in 2018 after falling from a bedroom window while his father was asleep.|neglect",
            "Serious injury of a 6-year-old girl in 2017 in an attack by a neighbour's dog.|",
            // the injury the harm is
            "Baby Z, aged 3 months, suffered a brain injury in 2020 after being shaken by his father.|physical_abuse; non_accidental_head_injury",
            "Serious injury of a 6-year-old girl in 2017.|physical_abuse",
            "Baby Z, aged 4 weeks, was found to have a skull fracture in 2019.|physical_abuse; non_accidental_head_injury"})
    void aConsequenceAFallOrADogIsNoAbuse(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z lived with her grandmother under a special guardianship order made in 2016. In 2019 she was found to have untreated tooth decay.|2019",
            "The review was commissioned in 2020 after an incident in early 2019, when Child Z was stabbed.|2019",
            // the review's own year is none
            "Child Z was stabbed outside his school. The review was commissioned in 2020.|"})
    void anIncidentYearAfterAnOrdersYearOrInAReviewSentence(String text, Integer year) {
        assertThat(untyped(text).incidentYear()).isEqualTo(year);
    }
}
