package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The fourteenth held-out set ({@code normalise/realistic-phrasings-14}, issue 9, session 25: "not stated means empty, and
 * a code is about the child it describes"): invented entries in the phrasing of published summaries (a case reviews
 * update, a list with "Background:" and "Key issues:", Welsh, Scottish and Northern Irish reviews, a repository month, a
 * partnership page) that give a parent's or a perpetrator's care, condition, plan or school beside the child's, negate
 * or hedge facts, review several children, date other moments, write ages by words and name care contexts; run through
 * the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings14ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-14";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99Point5PercentOfFieldsAreRight() {
        // first measure on main 97.1% (97.2% on the corrected truth); 99.7% after n35-norm's rules
        assertScored(60, 0.995, 1.0);
    }

    @Test
    void aParentsOwnCareAndConditionAreNotTheChilds() throws SQLException {
        // "Theo's mother, 18, had moved from a special guardianship placement with her aunt"
        assertThat(codes("2026-11-baby-theo")).noneMatch(code -> code.startsWith("child_context"));
        // "The mother, 15, ... She had been on a child in need plan herself and was living with her grandmother under a
        // special guardianship order."
        assertThat(codes("2026-12-baby-ba")).noneMatch(code -> code.startsWith("child_context"));
        // "Their mother, 24, had a learning disability"
        assertThat(codes("2026-11-children-ua-and-ub")).noneMatch(code -> code.startsWith("child_context"))
                .anyMatch(code -> code.startsWith("risk_factors parental_learning_disability"));
        // "The father, 23, had autism and a learning disability"
        assertThat(codes("2026-11-child-wc")).noneMatch(code -> code.startsWith("child_context disabled"));
    }

    @Test
    void theOneChargedWithTheMurderAndABrotherKeepTheirOwn() throws SQLException {
        // "A 17-year-old boy was charged with his murder; he had been excluded from school and was on a child protection plan."
        assertThat(codes("2026-11-leo")).noneMatch(code -> code.startsWith("child_context child_protection_plan"))
                .noneMatch(code -> code.startsWith("child_context not_in_school"))
                .anyMatch(code -> code.startsWith("child_context looked_after"));
        // "The girls' older brother, aged 17, had been excluded from school"
        assertThat(codes("2026-11-children-ye-and-yf")).contains("sex female subject_child");
    }
}
