package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-ninth held-out set ({@code normalise/realistic-phrasings-29}, issue 9, session 40: "a code is about the
 * child it describes" and "not stated means empty"): invented entries of children who killed or harmed another, ages as
 * school stages and words, two reviews' children in one entry, an unborn baby and the mother's age, a previous child's
 * death, outcomes told in the learning, a new partner's past, care told as ended, the area of the heading beside a place
 * the family moved from, and years told as "the autumn of the following year"; run through the whole job and scored
 * like {@code score.py digests}.
 */
class RealisticPhrasings29ScoreTest extends RealisticPhrasingsSet {
    /** The share of fields after n52-norm's rules: 99.2% (852/859; README). */
    private static final double BAR = 0.99;

    @Override
    String folder() {
        return "realistic-phrasings-29";
    }

    @Test
    void theEntriesAreFoundAndTheFieldsReachTheBar() {
        // first measure on main 5c2cd440: 40/40 entries, 96.9% (832/859), items 100%; after n52-norm 99.2% (852/859)
        assertScored(40, BAR, 0.99);
    }

    @Test
    void theChildWhoPushedAnotherKeepsOnlyHisOwnNeglectAndPlan() throws SQLException {
        // "Child CYK, aged 12, pushed a 4-year-old neighbour into a river ...; the younger boy drowned. ... he had been on a
        // child protection plan for neglect since 2021."
        assertThat(codes("2026-11-child-cyk")).anyMatch(code -> code.startsWith("harm_types neglect"))
                .anyMatch(code -> code.startsWith("child_context child_protection_plan"))
                .noneMatch(code -> code.startsWith("harm_types physical_abuse"));
    }
}
