package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The eighteenth held-out set ({@code normalise/realistic-phrasings-18}, issue 9, session 29: "a code is about the child
 * it describes"): invented entries in the phrasing of published summaries with a parent's or step-parent's past told
 * with an age the child has not reached, flags an adult can carry (disabled, sexually exploited) said of a mother, an
 * adult brother or a perpetrator, a perpetrator's sex given only by a relation, other people's deaths beside the child's,
 * the child named late, the years of earlier and later steps, and words real summaries use ("paranoid beliefs",
 * "privately fostered", "hoarded belongings", "had not eaten"); run through the whole job and scored like
 * {@code score.py digests}.
 */
class RealisticPhrasings18ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-18";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99PercentOfFieldsAreRight() {
        // first measure on main 868551c 96.1%; 99.8% after n39-norm's rules
        assertScored(60, 0.99, 1.0);
    }

    @Test
    void aFlagAnAdultCarriesIsNotTheChilds() throws SQLException {
        // "her 22-year-old brother, who has a learning disability"
        assertThat(codes("2026-11-child-vb")).anyMatch(code -> code.startsWith("harm_types child_sexual_exploitation"))
                .noneMatch(code -> code.startsWith("child_context disabled"))
                .noneMatch(code -> code.startsWith("risk_factors parental_learning_disability"));
        // "Her partner had been sexually exploited as a teenager"
        assertThat(codes("2026-11-child-wa")).noneMatch(code -> code.startsWith("harm_types child_sexual_exploitation"));
    }

    @Test
    void theChildNamedByARelationAfterAnotherPersonsDeath() throws SQLException {
        // "In 2024 a 14-year-old girl ... took her own life. In March 2025 another resident, Child XB, aged 15, was found
        // unresponsive after she had taken an overdose"
        assertThat(codes("2026-11-child-xb")).anyMatch(code -> code.startsWith("outcome serious_harm"))
                .anyMatch(code -> code.startsWith("incident_year 2025"))
                .anyMatch(code -> code.startsWith("age_band 11_15"));
        // "One twin died at 3 weeks in hospital. The surviving twin, Child JW, was found at 4 months to have a bleed"
        assertThat(codes("2026-11-child-jw")).anyMatch(code -> code.startsWith("outcome serious_harm"))
                .anyMatch(code -> code.startsWith("age_band under_1"));
    }
}
