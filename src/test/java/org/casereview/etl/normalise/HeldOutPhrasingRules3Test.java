package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.summary;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the misses of the held-out set realistic-phrasings-6 (session 17, issue 9: "codes given to the wrong
 * person"), each tried on invented phrasings that are not in the set, with the counter-example that must keep its old
 * reading: a cousin's, a sibling's or a parent's own plan, harm or condition codes nothing for the child; what the
 * words do say of the child is still read.
 */
class HeldOutPhrasingRules3Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 3-year-old boy in 2019. His older cousin, aged 15, who stayed with the family, had been subject to a child protection plan for neglect.|",
            "Sexual abuse of a 10-year-old girl in 2020. The cousin was a looked after child living with the family.|",
            "Neglect of a girl aged 5 in 2021 after her mother, a heroin user with a learning disability, left her alone.|",
            "Neglect of a 6-year-old boy in 2020. He lived with his father, a former soldier with a physical disability.|",
            // what is said of the child is still the child's
            "Neglect of a 3-year-old boy in 2019. He had been subject to a child protection plan since 2018.|child_protection_plan",
            "A 9-year-old boy with a learning disability was neglected by his mother, a care leaver, in 2021.|disabled"})
    void aCousinsOrAParentsOwnPlanCareOrConditionIsNotTheChilds(String text, String contexts) {
        assertThat(summary(text).childContext()).containsExactlyElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Serious injury to a 2-year-old boy in 2021. The mother was herself a care leaver and had been sexually abused by her uncle.|physical_abuse",
            "Death of a 4-month-old girl in 2020 from a head injury. The father had been placed in care at the age of nine following sexual abuse by his stepmother.|physical_abuse; non_accidental_head_injury",
            "Serious injury to a 5-month-old boy in 2021. Child Z's three older half-brothers had been removed from the family in 2017 because of neglect.|physical_abuse",
            "Death of two sisters, aged 3 and 5, in 2021 after they were left alone. Their older brother, aged 13, had a child in need plan because of self-harm.|neglect",
            // the child's own abuse or self-harm, whoever is named with it
            "Sexual abuse of a 9-year-old girl by her mother's partner in 2020. The mother had been unaware of the abuse.|sexual_abuse",
            "Child Z, aged 12, had been sexually abused by her stepfather since 2018.|sexual_abuse",
            "Child Z, aged 15, had a child in need plan because of self-harm in 2021.|self_harm_suicide"})
    void aParentsOrSiblingsOwnHarmIsNotTheChilds(String text, String harms) {
        assertThat(summary(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 10-year-old boy and his 7-year-old sister between 2018 and 2020.|2|mixed",
            "Sexual abuse of a 13-year-old girl and her 11-year-old sister in 2019.|2|female",
            // a brother or sister named later is another child
            "Neglect of a 10-year-old boy in 2019. His 7-year-old sister lived with her father.|1|male",
            "Death of a 4-year-old girl and her mother in a house fire in 2020.|1|female"})
    void aChildAndHerBrotherOrSisterNamedTogetherAreTwoChildren(String text, int children, String sex) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.nChildren()).isEqualTo(children);
        assertThat(facts.sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 4-year-old boy in 2020. His mother had depression and his father had been in care in his own childhood.|parental_mental_health",
            "Neglect of two girls in 2021. Their mother had a learning disability and their father had anxiety after abuse in his own childhood.|parental_mental_health; parental_learning_disability",
            // a parent's own past stays no factor
            "Neglect of a 4-year-old boy in 2020. His mother had self-harmed as a child.|"})
    void aParentsChildhoodNamedLaterInTheSentenceKeepsTheFactorsBeforeIt(String text, String risks) {
        assertThat(summary(text).riskFactors()).containsExactlyInAnyOrderElementsOf(codes(risks));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 6-week-old boy died in 2022 after he was found not breathing in a double bed shared with his mother.|sudden_unexpected_infant_death|co_sleeping",
            "A 3-month-old girl died in 2021. She was found unresponsive on a settee where her father, who was 24, had fallen asleep with her.|sudden_unexpected_infant_death|co_sleeping",
            // a baby found not breathing in her cot, nobody asleep with her, is no co-sleeping
            "A 3-month-old girl died in 2021 after she was found not breathing in her cot.||"})
    void aBabyFoundNotBreathingInABedSharedWithAnAdultDiedWhileCoSleeping(String text, String harm, String risk) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.harmTypes()).filteredOn(code -> code.equals("sudden_unexpected_infant_death")).containsExactlyElementsOf(codes(harm));
        assertThat(facts.riskFactors()).filteredOn(code -> code.equals("co_sleeping")).containsExactlyElementsOf(codes(risk));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 20-month-old girl died in 2021; toxicology tests found cocaine in her blood.|poisoning_ingestion",
            "Death of Child Z, aged 2, in 2019. The post-mortem found traces of heroin in Child Z's system.|poisoning_ingestion",
            // a parent's blood is the parent's
            "A 4-month-old boy was injured in 2021. Toxicology found alcohol in the mother's blood.|"})
    void drugsFoundInTheChildsBloodAreAnIngestion(String text, String harms) {
        assertThat(untyped(text).harmTypes()).filteredOn(code -> code.equals("poisoning_ingestion")).containsExactlyElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "An initial case review into the death of a 2-year-old boy in 2020.|other|false",
            "A thematic serious case review of four young people who died by suicide between 2016 and 2018.|serious_case_review|true",
            "A thematic review of three babies injured in 2021.|other|true",
            // a review named without a theme is no thematic review
            "A serious case review of the death of a boy in 2016.|serious_case_review|false"})
    void aThemeOrAnInitialCaseReviewInTheSummarysFirstWords(String text, String type, boolean thematic) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.reviewType()).isEqualTo(type);
        assertThat(facts.thematic()).isEqualTo(thematic);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Physical abuse of a 7-year-old girl over several years up to 2019.|2019",
            "Neglect of three boys for a period of years up until 2020; they were placed in foster care in 2021.|2020",
            // a review's own dates are none
            "The review covered the period up to 2018. A boy died in 2016.|2016"})
    void harmUpToAYearHappenedThatYear(String text, Integer year) {
        assertThat(summary(text).incidentYear()).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bruising to a 5-month-old girl in 2020. Her father, aged 25, had been in care and had previously been convicted of assaulting a former girlfriend.|parental_criminality",
            // a conviction for harming the child is no earlier criminality
            "Bruising to a 5-month-old girl in 2020. Her father was convicted of assaulting her in 2021.|"})
    void aParentsCareHistoryDoesNotHideHisConvictions(String text, String risks) {
        assertThat(summary(text).riskFactors()).filteredOn(code -> code.equals("parental_criminality")).containsExactlyElementsOf(codes(risks));
    }
}
