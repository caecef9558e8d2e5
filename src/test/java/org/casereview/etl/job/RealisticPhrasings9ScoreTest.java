package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The ninth held-out set ({@code normalise/realistic-phrasings-9}, issue 9, session 20): invented entries in the
 * phrasing of 2013, 2014 and 2016 NSPCC lists, a 2025 update, a 2021 repository digest, a 2019 page of the nations'
 * reviews, a 2023 page and a 2022 update, with ages given by a school year, a fraction sign or "nearly", hedged outcomes,
 * incidents on holidays or across years, rarer harms and care words; run through the whole job and scored like
 * {@code score.py digests}; and a brother's death, a sister's overdose and a young man's age must not become the child's.
 */
class RealisticPhrasings9ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-9";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(64, 0.97);
    }

    @Test
    void agesGivenByASchoolYearAWordOrAFractionSign() throws SQLException {
        // "Sexual abuse of a Year 9 pupil by a teaching assistant"
        assertThat(codes("2026-11-child-ji")).contains("age_band 11_15 subject_child");
        // "Child JL, a young woman in her late teens, died ... in a car driven by a 24-year-old man"
        assertThat(codes("2026-11-child-jl")).contains("age_band unknown subject_child");
        // "Child JS, aged 3½, was bitten by a dog"
        assertThat(codes("2026-11-child-js")).contains("age_band 1_5 subject_child");
    }

    @Test
    void aBrothersDeathOrASistersOverdoseIsNotTheChilds() throws SQLException {
        // "Her younger brother's death in infancy in 2012 had been recorded as sudden infant death."
        assertThat(codes("2021-06-child-ka")).contains("outcome serious_harm subject_child")
                .noneMatch(code -> code.startsWith("harm_types sudden_unexpected_infant_death"));
        // "His 14-year-old sister ... had taken an overdose in 2020."
        assertThat(codes("2026-11-child-lr")).noneMatch(code -> code.startsWith("harm_types poisoning_ingestion"))
                .noneMatch(code -> code.startsWith("harm_types self_harm_suicide"));
    }
}
