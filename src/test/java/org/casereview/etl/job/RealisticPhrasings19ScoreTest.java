package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The nineteenth held-out set ({@code normalise/realistic-phrasings-19}, issue 9, session 30: "a code is about the child
 * it describes"): invented entries in the phrasing of published summaries with kinship carers whose past and health are
 * not the parents', a child told of through an older sibling or cousin harmed by someone else, several children of one
 * family, ages in months, weeks, school years and dates of birth, outcomes told late, harm ruled out, services named
 * like risk factors, years of the review, trial, inquest and publication, and areas named as a partnership; run through
 * the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings19ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-19";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99PercentOfFieldsAreRight() {
        // first measure on main b1fd3c8 97.8% (97.9% with td #4's corrected truth)
        assertScored(60, 0.99, 1.0);
    }

    @Test
    void anotherPersonsDeathAndAServicesNameAreNotTheChilds() throws SQLException {
        // "In a house fire in November 2024 a 5-year-old boy died and his sister, Child CP, 9, suffered burns"
        assertThat(codes("2026-11-child-cp")).anyMatch(code -> code.startsWith("outcome serious_harm"));
        // "Her mother worked for the local substance misuse service"
        assertThat(codes("2026-11-child-gs")).noneMatch(code -> code.startsWith("risk_factors parental_substance_misuse"));
    }

    @Test
    void anInjuryNotThoughtToBeNonAccidentalIsNoAbuse() throws SQLException {
        // "a fractured femur ... the injury was not thought to be non-accidental"
        assertThat(codes("2026-11-child-as")).noneMatch(code -> code.startsWith("harm_types physical_abuse"));
    }
}
