package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of realistic-phrasings-16 (session 27, issue 9: "a code is about the child it
 * describes"; most wrong fields are facts given to the wrong person) and those left from session 26
 * (realistic-phrasings-15 kind 1: someone else's paragraph first, the child named late), each tried on invented
 * sentences that are not in those sets, with counter-examples that keep their values: a later sentence saying whom the
 * review concerns ("This review concerns ...", "The review focused on the youngest ...", "The subject of this review is
 * her brother, ...", "A case management review into the death of Child Z") moves where the child's age, sex, year,
 * count, harms and contexts are read from, without dropping the child's own facts when they come first.
 */
class HeldOutPhrasingRules14Test {

    @Test
    void aSiblingsStoryBeforeTheReviewFocusedOnTheYoungest() {
        ReviewFacts facts = untyped("Child Z's older sister, then aged 16, was arrested in 2021 and placed in a secure children's "
                + "home. The review focused on the youngest of the four children, Child Z, a girl of 5, who was found with "
                + "burns to her legs in March 2023.");
        assertThat(facts.incidentYear()).isEqualTo(2023);
        assertThat(facts.ageYears()).isEqualTo(new BigDecimal("5.00"));
        assertThat(facts.sex()).isEqualTo("female");
        assertThat(facts.nChildren()).isEqualTo(1);
        assertThat(facts.childContext()).isEmpty();
    }

    @Test
    void anEldestChildsSchoolAndAgeBeforeThisReviewConcernsHisHalfSister() {
        ReviewFacts facts = untyped("The eldest child, a boy of 15, had been excluded from school in 2020 and was on a "
                + "child protection plan. This review concerns his half-sister, Child Z, who was 2 when she died in 2022 "
                + "from a head injury inflicted by her mother's partner.");
        assertThat(facts.ageYears()).isEqualTo(new BigDecimal("2.00"));
        assertThat(facts.sex()).isEqualTo("female");
        assertThat(facts.incidentYear()).isEqualTo(2022);
        assertThat(facts.outcome()).isEqualTo("death");
        assertThat(facts.childContext()).isEmpty();
    }

    @Test
    void aReviewIntoTheDeathOfTheChildAfterTheFamilysHistory() {
        ReviewFacts facts = untyped("Two older brothers, then aged 3 and 5, had been adopted in 2015 after a head injury to "
                + "the elder. A case management review into the death of Child Z, aged 7 weeks, in 2021.");
        assertThat(facts.reviewType()).isEqualTo("case_management_review");
        assertThat(facts.incidentYear()).isEqualTo(2021);
        assertThat(facts.ageBand()).isEqualTo("under_1");
        assertThat(facts.harmTypes()).doesNotContain("non_accidental_head_injury");
    }

    @Test
    void theSubjectOfThisReviewIsHerBrother() {
        ReviewFacts facts = untyped("The eldest, a girl of 14, had been referred to mental health services for self-harm. "
                + "The subject of this review is her brother, Child Z, aged 9, who was sexually abused by a neighbour in 2024.");
        assertThat(facts.ageYears()).isEqualTo(new BigDecimal("9.00"));
        assertThat(facts.sex()).isEqualTo("male");
        assertThat(facts.harmTypes()).containsExactly("sexual_abuse");
    }

    @Test
    void whatIsSaidOfTheChildrenTogetherAndOfTheParentsBeforeTheChildIsNamedIsTheChilds() {
        ReviewFacts together = untyped("Three children had lived with their aunt under a special guardianship order since "
                + "2019. The eldest had been excluded from school. The review focused on the youngest, Child Z, a boy of 6, "
                + "who was sexually abused in 2023.");
        assertThat(together.childContext()).containsExactly("connected_carers");
        assertThat(together.sex()).isEqualTo("male");
        ReviewFacts parent = untyped("Child Z's father was in prison from 2019 to 2021 for drug offences. This review "
                + "concerns his youngest, Child Z, who was 4 when she swallowed methadone in 2023.");
        assertThat(parent.riskFactors()).contains("parental_criminality");
        assertThat(parent.harmTypes()).contains("poisoning_ingestion");
        assertThat(parent.incidentYear()).isEqualTo(2023);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the child's own facts first: read whole
            "Child Z, aged 3, was hit by her father in 2022. The review concerns Child Z and her two brothers.|3.00|2022|physical_abuse",
            "A boy aged 9 was neglected in 2021. The review focused on the response of his school.|9.00|2021|neglect",
            // a review into another child's death is another review; a sibling by a relation alone names no subject
            "Child Z's mother had depression. A serious case review into the death of his brother had been published in 2015. "
                    + "Child Z, aged 4, was found with bruises in 2023.|4.00|2023|physical_abuse",
            "A baby aged 3 months was found with a fractured arm in 2023. The review concerns the care of the baby by his parents.|0.25|2023|physical_abuse"})
    void theChildsOwnStoryFirstIsReadWhole(String text, BigDecimal years, int year, String harms) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.incidentYear()).isEqualTo(year);
        if (!harms.isEmpty()) {
            assertThat(facts.harmTypes()).containsAll(codes(harms));
        }
    }
}
