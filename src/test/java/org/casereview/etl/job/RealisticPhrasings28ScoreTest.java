package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-eighth held-out set ({@code normalise/realistic-phrasings-28}, issue 9, session 39: "a code is about the
 * child it describes" and "not stated means empty"): invented entries telling a sibling's, a parent's, a friend's or a
 * child perpetrator's harm, plan, age and sex beside the child's, children who harmed others, parents' own childhoods
 * and risks ruled out or past, several children with ages as school years, and outcomes and years told indirectly; run
 * through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings28ScoreTest extends RealisticPhrasingsSet {
    /** The share of fields after n50-norm's rules: 99.9% (884/885; README). */
    private static final double BAR = 0.99;

    @Override
    String folder() {
        return "realistic-phrasings-28";
    }

    @Test
    void theEntriesAreFoundAndTheFieldsReachTheBar() {
        // first measure on main 1f8c4ec1: 41/41 entries, 97.4% (862/885) as first committed, 97.5% (863/885) with the truth
        // corrected under written conventions (README), items 100%
        assertScored(41, BAR, 0.99);
    }

    @Test
    void aParentsOwnCareAndABrotherBornLaterAreNotTheChildsCare() throws SQLException {
        // "Her mother, 19, had been in care as a child ... A younger brother was born in 2025 and was placed with foster
        // carers at birth."
        assertThat(codes("2026-11-baby-evk")).noneMatch(code -> code.startsWith("child_context"))
                .anyMatch(code -> code.startsWith("risk_factors parental_criminality"));
    }

    @Test
    void aConcernRuledOutIsNoRisk() throws SQLException {
        // "An earlier concern that her mother was misusing drugs was investigated in 2021 and ruled out after three negative
        // tests."
        assertThat(codes("2026-11-child-uvk")).noneMatch(code -> code.startsWith("risk_factors"))
                .anyMatch(code -> code.startsWith("harm_types neglect"));
    }
}
