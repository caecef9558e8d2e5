package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of realistic-phrasings-12 (session 23, issue 9), each tried on invented phrasings that
 * are not in that set, with the counter-examples that keep their reading: ages in words ("in her fourth year", "aged 9
 * or 10", a baby who died the day she was born, a stillborn baby) and an age after "a child practice review ... by a";
 * injuries that were no abuse (an oxygen-starved brain, a fall from equipment, a fire) and harms in plainer words
 * (hit by staff, dealing for older men, a mix of drugs, cutting oneself); facts of adults who are not the parents (a
 * parent's friend, a nurse's job, an offence named, a father's other children, a disability the harm left) and the
 * risk and care words a parent's eating disorder, a baby found prone beside a parent, in and out of care, a care leaver;
 * years written "2018-19" and a harm the child was exposed to until a year; a brother and sister named together.
 */
class HeldOutPhrasingRules10Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a boy in his fourth year, found in 2021 in a cold flat. His cousin, aged 9, also lived there.|1_5",
            "Death of a girl in her second year of life in 2019 from a head injury.|1_5",
            "Sexual abuse of a girl aged 9 or 10 by a neighbour in 2020.|6_10",
            "Criminal exploitation of a boy aged 15 or 16 in 2022.|unknown",
            "Death of a baby girl on the day she was born in 2020, after a birth at home with no midwife.|under_1",
            "A review following the stillbirth of a baby girl in 2021 after an assault on the mother.|unborn",
            // a year, not an age: "in her second year at secondary school"
            "Child Z, aged 12, was bullied in her second year at secondary school in 2022.|11_15"})
    void agesGivenInWords(String text, String band) {
        assertThat(untyped(text).ageBand()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "An extended child practice review following a serious assault on a 13-year-old girl by a group of youths in 2021.|13.00",
            "A child safeguarding practice review following an overdose taken by a 16-year-old boy in 2022.|16.00"})
    void aChildPracticeReviewIsNoChildBeforeAnAgent(String text, BigDecimal years) {
        assertThat(untyped(text).ageYears()).isEqualTo(years);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Serious harm to a boy aged 14 in 2021 who nearly drowned in a lake and was left with a brain injury caused by lack of oxygen.|",
            "Serious harm to a girl aged 15 in 2023 who was found unconscious after taking pills; she has an anoxic brain injury.|poisoning_ingestion",
            "Serious injuries to a boy aged 9 with muscular dystrophy who fell from his wheelchair on a school trip in 2022.|",
            "Serious injuries to two brothers aged 4 and 7 in a flat fire in 2020.|",
            // a brain injury from a shaking stays abuse; injuries to a child by a person stay abuse
            "Serious harm to a baby boy aged 3 months in 2022 who suffered a brain injury after being shaken by his father.|physical_abuse; non_accidental_head_injury",
            "Serious injuries to a girl aged 6 in 2021, inflicted by her stepfather.|physical_abuse"})
    void injuriesThatWereNoAbuse(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A boy aged 11 with autism was found in 2022 to have been hit and shut in a cupboard by staff at his school.|physical_abuse",
            "A girl aged 8 was repeatedly hit by teachers at an unregistered school in 2021.|physical_abuse",
            "A boy aged 16 was beaten in 2023 by the older men he had been selling drugs for.|child_criminal_exploitation; extra_familial_harm; physical_abuse",
            "A girl aged 15 died in 2022 from a mixture of ketamine and alcohol at a house party.|poisoning_ingestion",
            "A girl aged 14 was encouraged by older girls to cut herself in 2021.|self_harm_suicide",
            // someone else's cutting
            "A boy aged 6 was neglected in 2020. His mother had been cutting herself for years.|neglect"})
    void harmsInPlainerWords(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a boy aged 3 in 2021. His father's friend, who minded him at weekends, was often drunk.|",
            "Neglect of a girl aged 2 in 2020. Her mother was a mental health nurse who worked nights.|",
            "Neglect of a girl aged 2 in 2020. Her father had anorexia and her mother had an eating disorder.|parental_mental_health",
            "Death of a baby boy aged 5 weeks in 2022, who was found prone on a settee beside his mother.|co_sleeping",
            // the parent's own drinking and own mental health still count
            "Neglect of a boy aged 3 in 2021. His father, who minded him at weekends, was often drunk.|parental_alcohol_misuse",
            "Neglect of a girl aged 2 in 2020. Her mother, a nurse, had a long history of mental health problems.|parental_mental_health"})
    void riskFactorsOfParentsOnly(String text, String risks) {
        assertThat(untyped(text).riskFactors()).containsExactlyInAnyOrderElementsOf(codes(risks));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Exploitation of a girl aged 15 in 2022 by a man who had previously been convicted of selling drugs.|",
            "Criminal exploitation of a boy aged 14 in 2021, who was made to sell drugs in a nearby town.|child_criminal_exploitation; extra_familial_harm"})
    void anAdultsOffenceIsNotTheChildsExploitation(String text, String harms) {
        assertThat(untyped(text).harmTypes()).filteredOn(code -> code.startsWith("child_")).containsExactlyInAnyOrderElementsOf(
                codes(harms).stream().filter(code -> code.startsWith("child_")).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Physical abuse of a boy aged 2 in 2021. His father had two daughters with a former partner; those children were on child protection plans in Scotland.|",
            "Physical abuse of a girl aged 7 in 2020, who was left with a hearing loss and a visual impairment.|",
            "A boy aged 16 had been in and out of care since the age of 10 when he was stabbed in 2022.|looked_after",
            "A 16-year-old care leaver was assaulted by her partner in 2023.|looked_after",
            // a care leaver of 18 or more is an adult (a parent)
            "Neglect of a boy aged 4 in 2021. His mother was a 19-year-old care leaver.|",
            // a parent who is a care leaver: the parent's
            "A baby boy aged 2 months was shaken in 2021. His mother, aged 18, was a care leaver.|"})
    void careAndConditionsOfTheChildOnly(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A girl aged 12 was sexually abused by a lodger during 2018-19.|2018",
            "Three children were exposed to domestic abuse between their parents until 2022, when the police were called.|2022",
            // a birth year stays a birth year
            "A boy born in 2015 was found in a cold house in 2021.|2021"})
    void incidentYearsInOtherWords(String text, int year) {
        assertThat(untyped(text).incidentYear()).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a brother and sister, aged 3 and 6, who were found in 2022 in a flat with no heating.|2|mixed",
            "Physical abuse of a sister and brother in 2021 by their stepfather.|2|mixed",
            // one child who lives with a brother and a sister
            "Neglect of a girl aged 5 in 2020, who lived with her brother and sister.|1|female"})
    void aBrotherAndSisterNamedTogether(String text, int children, String sex) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.nChildren()).isEqualTo(children);
        assertThat(facts.sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 2, was burned in 2022. Her aunt, who cared for her, was convicted of cruelty.|female",
            "Serious harm to a baby aged 3 weeks in 2021; she was found with fractures. Her foster carer's teenage son was arrested.|female",
            "Neglect of a toddler in 2020. His childminder's husband was later convicted of assault.|male"})
    void anotherPersonsSonIsNotTheChild(String text, String sex) {
        assertThat(untyped(text).sex()).isEqualTo(sex);
    }
}
