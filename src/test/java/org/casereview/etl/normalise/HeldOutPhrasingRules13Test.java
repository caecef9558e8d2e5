package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.NORMALISER;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of realistic-phrasings-15 (session 26, issue 9: "not stated means empty, and a code is
 * about the child it describes") and those left from session 25 (realistic-phrasings-14 oe #7 and og #6; digests b42
 * kind 3), each tried on invented sentences that are not in those sets, with counter-examples that keep their value:
 * ages by a school stage; review types written as "Concise CPR" or an adult practice review; an entry that opens with
 * its background; an accident vehicle with an adjective; injuries named for not being treated; weight less than at a
 * check; a parent's overdose; most of the schooling missed; a parent's condition after "and had"; a brother's register category; remand in custody;
 * an accusation of selling drugs; a belief of poisoning; adults who exploited the child; a holiday weekend; a birth at so
 * many weeks; an assessment year; the year a baby born in a stated month reached the age at the incident; the review's
 * finding of no neglect; the child by a name given for the review ("referred to as Max in the report").
 */
class HeldOutPhrasingRules13Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A girl in Year 5 was neglected in 2023.|6_10",
            "Child Z, then in Year 8, was assaulted by his stepfather in 2024.|11_15",
            "A primary 4 pupil was found with bruises on her arms in 2022.|6_10",
            "An S2 pupil was sexually exploited in 2024.|11_15",
            "A nursery-aged boy was scalded by his father in 2023.|1_5",
            "A Reception-age girl was neglected in 2022.|1_5",
            "A sixth-form student was groomed online in 2024.|16_17",
            "A sixth former was stabbed in 2021.|16_17",
            // a stage across two bands; another moment; another child's stage beside the child's age
            "A boy in P2 was hit by his father in 2020.|unknown",
            "She had been self-harming since Year 7 and died by suicide in 2024.|unknown",
            "A boy aged 4 was injured in 2023; his brother in Year 9 had been excluded.|1_5"})
    void agesByASchoolStage(String text, String band) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageBand()).isEqualTo(band);
        // a stage gives a band, never an exact age
        assertThat(facts.ageYears()).isEqualTo(text.contains("aged 4") ? new BigDecimal("4.00") : null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Concise CPR: a boy aged 3 was found with burns in 2024.|child_practice_review",
            "Extended CPR into the death of a girl aged 2 in 2023.|child_practice_review",
            "An adult practice review into the death of a young man aged 18 in 2024, a year after he left care.|other",
            "A joint child practice review and adult practice review into the neglect of a boy aged 9 in 2022.|child_practice_review",
            // resuscitation, not a review; a heading-like opening that names no kind of review
            "Paramedics performed CPR but the baby, aged 4 months, died in 2023.|unknown",
            "Thematic review of five girls aged 12 to 15 who were sexually exploited in 2022.|unknown",
            "Rapid review held after a boy aged 2 was scalded in 2024.|unknown"})
    void reviewTypesWrittenUnusually(String text, String type) {
        assertThat(untyped(text).reviewType()).isEqualTo(type);
    }

    @Test
    void anEntryThatOpensWithItsBackgroundTellsTheReviewAfterIt() {
        ReviewFacts facts = NORMALISER.normalise(ReviewText.of(entry(new Section(SectionType.BACKGROUND, 1, "Background",
                "the family moved from another area in 2019. The eldest child, a girl of 15, had left school.\n"
                        + "A case management review into the serious injury of the middle child, a boy who was 7 when he was "
                        + "found in 2024 with a fractured arm.", null, null, List.of()))));
        assertThat(facts.reviewType()).isEqualTo("case_management_review");
        assertThat(facts.incidentYear()).isEqualTo(2024);
        assertThat(facts.ageYears()).isEqualTo(new BigDecimal("7.00"));
        assertThat(facts.sex()).isEqualTo("male");
    }

    @Test
    void aBackgroundAfterTheSummaryStaysTheBackground() {
        ReviewFacts facts = NORMALISER.normalise(ReviewText.of(entry(
                new Section(SectionType.SUMMARY, 1, null, "A boy aged 7 was injured in 2024.", null, null, List.of()),
                new Section(SectionType.BACKGROUND, 2, "Background", "the family moved in 2019.\nThe mother had depression.",
                        null, null, List.of()))));
        assertThat(facts.incidentYear()).isEqualTo(2024);
        assertThat(facts.riskFactors()).containsExactly("parental_mental_health");
    }

    private static DigestEntry entry(Section... sections) {
        return new DigestEntry(1, 1, "Child Z", "Child Z", null, null, List.of(sections), false, null, null, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Serious injuries to a boy aged 6 who was hit by a reversing lorry in 2024.|other",
            "A girl aged 3 was found in 2023 to have untreated scalds on her feet.|neglect",
            "A boy aged 9 was found in 2024 to weigh less than at his last check.|neglect",
            "Child Z, aged 14, was found dead in 2024. He had lived with his aunt since 2020, when his mother died of a drug overdose.|",
            "A boy aged 14 was shot in 2024 after being accused of selling drugs.|extra_familial_harm",
            "Three girls went missing from care in 2023 and were exploited by adults.|extra_familial_harm",
            "A girl aged 9 was emotionally abused in 2023 by her mother, who believed the children were being poisoned at school.|emotional_abuse",
            "The boy's brother had been on the child protection register for neglect in 2021. Child Z, aged 4, was hit with a belt by his father in 2024.|physical_abuse",
            "Her mother told the review that Child Z, 15, had been neglected by her father; the review found no evidence of neglect. Child Z took her own life in 2025.|self_harm_suicide",
            // the injury inflicted, the child's own overdose and dealing, the child's own register, neglect found
            "A boy aged 2 was found in 2023 with burns to his back from a cigarette lighter.|physical_abuse",
            "Baby Z, aged 3 months, had untreated rib fractures inflicted by his father in 2022.|physical_abuse; neglect",
            "A girl aged 15 died of an overdose of paracetamol in 2023.|poisoning_ingestion",
            "A boy aged 15 was found selling drugs in 2024.|child_criminal_exploitation; extra_familial_harm",
            "Child Z, aged 4, was on the child protection register for neglect in 2024.|neglect",
            "A boy aged 3 was poisoned with methadone in 2022.|poisoning_ingestion",
            "The review found that Child Z, aged 2, had been neglected for months in 2023.|neglect"})
    void harmsSaidOfTheChildAndNot(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "His mother, 23, had been in care as a child and had a learning disability. Child Z, a boy aged 2, was neglected in 2024.|",
            "Child Z, a girl aged 2, was neglected in 2023. The mother, aged 20, had been a looked after child and had a mild learning disability.|",
            "Two brothers were exploited in 2024; the elder was remanded in custody.|looked_after",
            "Three sisters were neglected in 2024. The eldest had missed most of the school year.|not_in_school",
            "A boy aged 9 was neglected in 2023; his brother had missed most of his schooling.|",
            "A girl aged 8 was injured in 2022 and missed a week of school.|",
            // the child's own condition and care after "and had"
            "Child Z, a boy aged 12, had been in care since 2020 and had a learning disability; he was assaulted in 2024.|looked_after; disabled",
            "Child Z, a boy aged 8, was neglected in 2022. His father had epilepsy and had a learning disability and the boy had autism.|disabled"})
    void contextsOfTheChildAndOfAParent(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Riley|This review uses the name Riley, chosen by his mother. Riley was 16 when he died in hospital in 2025, a week after he was stabbed.|16.00|",
            "Child Z|A girl, given the name Tilly for the review, was 9 when she was found in 2023 with burns.|9.00|",
            "Child Z|A 7-year-old boy, referred to as Max in the report, was injured in 2024. Max's younger half-sister had been the subject of a child protection plan in 2021.|7.00|",
            // the child by a child noun; a title not given as a name for the review
            "Child Z|Child Z, a 7-year-old boy, was injured in 2024. His younger half-sister had been the subject of a child protection plan in 2021.|7.00|",
            "Child Z|A boy aged 5 was injured in 2024. The mother was referred to as Ms Max in the report and had been on a child protection plan as a child.|5.00|"})
    void theChildByANameGivenForTheReview(String name, String text, BigDecimal years, String contexts) {
        ReviewFacts facts = NORMALISER.normalise(new ReviewText(name, name, text, null, null, null, null, null, null, null));
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 15, was admitted to hospital over the Easter weekend of 2025 after an overdose.|2025",
            "Baby Z was born prematurely at 30 weeks in November 2022. In the spring of 2023 she was found with fractures.|2023",
            "Child Z, a girl who was 6 when her mother's partner was convicted in 2025, had been abused by him. The partner had been assessed as posing no risk in 2022.|",
            "Baby Z, a boy, was born in January 2024 with withdrawal symptoms. He died at 11 weeks from an overdose.|2024",
            // a birth month whose age at the incident runs into the next year; an assessment that is the incident's
            "Baby Z, a boy, was born in November 2023. He died at 11 weeks from a head injury.|",
            "A boy aged 4 was assessed in hospital in 2023 after a fall.|2023"})
    void incidentYears(String text, Integer year) {
        assertThat(untyped(text).incidentYear()).isEqualTo(year);
    }
}
