package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of realistic-phrasings-11 (session 22, issue 9: "a code is about the child it
 * describes"), each tried on invented phrasings that are not in that set, with the counter-examples that keep their
 * reading: a pronoun opening a clause after "and" that points back to the sentence's adult; a sibling's or another
 * child's plan in a relative clause after the sibling's age; siblings' kinship care; a sibling's or a parent's
 * disability; another person's death in a later sentence; harms named by what was done to the child.
 */
class HeldOutPhrasingRules9Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a boy aged 4 in 2021. His father had depression and he had been a child in need when he was at school.|",
            "Serious harm to a girl aged 2 in 2022. Her mother was 19 and she had been looked after until she turned 18.|",
            "Physical abuse of a boy aged 3 in 2020. The mother had a learning disability, and she had been subject to a care order as a child.|",
            "Neglect of a girl aged 7 in 2019. Her grandmother had been abused by a lodger when she was young, and she had been in a children's home.|",
            // the pronoun is the child's: another sex than the adult, or the child named in the clause before
            "Neglect of a boy aged 8 in 2021. His mother had anxiety and he was subject to a child in need plan.|child_in_need_plan",
            "Sexual abuse of a girl aged 12 in 2020. Her father abused her and she was later placed with foster carers.|looked_after; foster_care",
            "Neglect of a girl aged 9 in 2022. The mother did not notice the girl's weight loss and she was later placed in a children's home.|looked_after"})
    void aPronounAfterAndPointsBackToTheSentencesAdult(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Death of a baby boy aged 3 months in 2020. He lived with his parents and his half-brother, aged 6, who had been on a child protection plan since 2018.|",
            "Neglect of a boy aged 9 in 2021. His mother's partner had two daughters of his own who had been subject to child in need plans.|",
            "Neglect of a girl aged 5 in 2020. Her stepsister, then 14, who was looked after by the council, visited at weekends.|",
            // the child's own plan after another person's clause
            "Neglect of a boy aged 9 in 2021. He had been on a child protection plan since 2019, when his mother's partner moved in.|child_protection_plan"})
    void aSiblingsOrAnotherChildsPlanInARelativeClauseIsTheirs(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Physical abuse of a boy aged 10 in 2021. His sisters, aged 6 and 13, went to live with an aunt under a special guardianship order.|",
            "Neglect of a girl aged 3 in 2020. Her older brothers were placed with their grandfather in kinship care after the incident.|",
            // the child's own
            "Neglect of a girl aged 3 in 2020. She and her brothers were placed with their grandfather in kinship care.|connected_carers",
            "Physical abuse of a boy aged 10 in 2021. He went to live with an aunt under a special guardianship order.|connected_carers"})
    void siblingsKinshipCareIsTheirs(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a boy aged 6 in 2019. His older brother, aged 17, had a severe learning disability.|",
            "Neglect of a boy aged 6 in 2019. He was the third of four children; his eldest brother had autism.|",
            "Neglect of a girl aged 2 in 2021. She lived with her father, aged 30, who had a physical disability, and two older sisters.|",
            "Neglect of a girl aged 2 in 2021. She lived with her aunt, who had cerebral palsy.|",
            // the child's own
            "Neglect of a boy aged 6 in 2019. He had a severe learning disability and lived with his older brother.|disabled",
            "Neglect of a girl aged 2 in 2021, who had cerebral palsy and lived with her father.|disabled"})
    void aSiblingsOrAParentsDisabilityIsTheirs(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 16, was shot in 2022 and survived. His cousin, aged 17, died at the scene.|serious_harm",
            "Child Z, aged 13, was seriously injured in a house fire in 2020. His best friend, who was staying the night, died.|serious_harm",
            "Child Z, aged 6, was scalded by her father in 2019. Her sister, aged 9, had died in 2016 in a fall; the cause of the fall was never known.|serious_harm",
            "Child Z, a girl aged 14, was seriously injured in a car crash in 2021. Her father, who was driving, died.|serious_harm",
            // the child's own death
            "Child Z, aged 16, was shot in 2022. He died at the scene.|death"})
    void anotherPersonsDeathInALaterSentenceIsNotTheOutcome(String text, String outcome) {
        assertThat(untyped(text).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Death of a boy aged 2 in 2019 who was left alone in a car on a hot day.|neglect",
            "Serious harm to a girl aged 1 in 2022 who was left in a locked car by her mother for three hours.|neglect",
            "Death of a boy aged 8 months in 2020 from meningitis after he was not taken to a doctor for four days.|neglect",
            "Serious harm to a baby girl aged 3 weeks in 2021 who was fed a bottle of formula mixed with vodka.|poisoning_ingestion",
            "Serious harm to a boy aged 2 in 2021 who was given his mother's sleeping tablets.|poisoning_ingestion",
            // a sibling's plan's category, mid-sentence
            "Death of a boy aged 5 months in 2021 from a head injury. He lived with his parents and his brother, aged 3, who had been on a child protection plan for neglect.|physical_abuse; non_accidental_head_injury",
            // drugs given by those who exploited the child: the exploitation, no poisoning
            "Serious harm to a girl aged 14 in 2020, who was sexually exploited by men who gave her cannabis and vodka.|child_sexual_exploitation",
            // no harm done to the child
            "Death of a girl aged 9 in 2020 from meningitis. She had been taken to a doctor the day before.|"})
    void harmsNamedByWhatWasDoneToTheChild(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Baby Z was born at 30 weeks' gestation in 2020 and died in 2021 aged 4 months.|0.33|under_1",
            "Baby Z, who was born at 29 weeks' gestation, was found in 2022 at 10 weeks old to have fractured ribs.|0.19|under_1",
            "Baby Z was born in March 2019 at 26 weeks' gestation and died in 2020 aged 3 months of an infection.|0.25|under_1",
            // an unborn baby
            "Death of an unborn baby at 32 weeks' gestation in 2020 after an assault on the mother.||unborn"})
    void aBabysAgeAfterItsGestationAtBirth(String text, BigDecimal years, String band) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a girl aged 12 in 2023, who had been kept from school by her parents for a year.|not_in_school",
            "Neglect of a boy aged 10 in 2022, who was kept home from school for most of 2021.|not_in_school"})
    void keptFromSchoolIsNotInSchool(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }
}
