package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The eleventh held-out set ({@code normalise/realistic-phrasings-11}, issue 9, session 22): invented entries in the
 * phrasing of 2010, 2011 and 2019 NSPCC lists, Welsh child practice reviews, Scottish significant case and learning
 * reviews, Northern Irish case management reviews, a 2022 update and a 2025 repository month, where several people in
 * one summary have their own ages, plans, care and outcomes; run through the whole job and scored like
 * {@code score.py digests}; and a parent's child in need status, a sibling's plan or care, another person's death and
 * an adult's age must not become the child's.
 */
class RealisticPhrasings11ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-11";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(60, 0.97);
    }

    @Test
    void anAdultsOrSiblingsPlanIsNotTheChilds() throws SQLException {
        // "The mother had anxiety and she had been a child in need when she was young."
        assertThat(codes("2026-11-child-na")).noneMatch(code -> code.startsWith("child_context"));
        // "Her mother, aged 17, was subject to a child in need plan because of her own mental health"
        assertThat(codes("2025-06-baby-rb")).noneMatch(code -> code.startsWith("child_context"));
        // "his older sister, aged 9, was in foster care" beside the child's own past plan
        assertThat(codes("2026-11-child-th")).anyMatch(code -> code.startsWith("child_context child_protection_plan"))
                .noneMatch(code -> code.startsWith("child_context foster_care"));
    }

    @Test
    void anotherPersonsDeathOrAgeIsNotTheChilds() throws SQLException {
        // "Her brother, aged 7, had died in 2006 in a house fire; the cause of the fire was never established."
        assertThat(codes("2026-11-child-lb")).contains("outcome serious_harm subject_child", "age_band 1_5 subject_child");
        // "The child's age and sex are not stated ... The foster carer, a woman aged 58, ..."
        assertThat(codes("2026-11-child-qh")).contains("outcome serious_harm subject_child")
                .noneMatch(code -> code.startsWith("age_band") || code.startsWith("sex"));
    }
}
