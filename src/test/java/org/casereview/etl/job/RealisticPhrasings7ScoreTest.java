package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The seventh held-out set ({@code normalise/realistic-phrasings-7}, issue 9, session 18): invented entries in the
 * phrasing of 2015 and 2017 NSPCC lists, a 2023 page of the nations' reviews, a 2022 repository digest and a 2021
 * "Recently published" page, with ages given only by a date of birth, a child named by her place in the family, a
 * lodger's and a half-sister's facts, drug offences and a parent's own injury; run through the whole job and scored
 * like {@code score.py digests}; and those facts must not become the child's codes.
 */
class RealisticPhrasings7ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-7";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(40, 0.97);
    }

    @Test
    void aDateOfBirthGivesTheAgeAndAFathersAgeDoesNot() throws SQLException {
        // "Child LT, born in January 2011, died in hospital in October 2014": 3.75 years
        assertThat(codes("2026-11-child-lt")).contains("age_band 1_5 subject_child");
        // "Baby QG, born on 12 October 2016, ... Her father, a 21-year-old serving soldier"
        assertThat(codes("2026-11-baby-qg")).contains("age_band under_1 subject_child")
                .noneMatch(code -> code.startsWith("age_band 18_plus"));
    }

    @Test
    void anotherPersonsOrderOffenceOrInjuryIsNotTheChilds() throws SQLException {
        // "Child SB's older half-sister, aged 14, had been placed with her father under a kinship care order"
        assertThat(codes("2026-11-child-sb")).noneMatch(code -> code.startsWith("child_context"));
        // "The lodger, aged 63, had a conviction for indecent assault"
        assertThat(codes("2022-09-child-yh")).noneMatch(code -> code.startsWith("risk_factors"));
        // "The mother's new partner ... had convictions for supplying heroin"
        assertThat(codes("2026-11-child-ek")).noneMatch(code -> code.startsWith("risk_factors parental_substance_misuse"));
        // "their father, who had a brain injury and used alcohol heavily"
        assertThat(codes("2026-11-child-lt")).noneMatch(code -> code.startsWith("harm_types non_accidental_head_injury"))
                .anyMatch(code -> code.startsWith("risk_factors parental_alcohol_misuse"));
        // "the mother had met the partner online"
        assertThat(codes("2026-11-children-od-and-oe")).noneMatch(code -> code.startsWith("harm_types online_harm"));
    }
}
