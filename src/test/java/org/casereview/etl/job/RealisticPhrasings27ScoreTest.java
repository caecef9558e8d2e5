package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-seventh held-out set ({@code normalise/realistic-phrasings-27}, issue 9, session 38: "a code is about the
 * child it describes"): invented entries in the phrasing of partnerships' own pages (the child told by a chosen name),
 * of summaries in the passive with the harm last, of conditions told by clinical words, of negated and historic risks,
 * of children's own behaviour beside the harm done to them, of seasons, school years and legal orders, of the NSPCC's
 * "The case: ... Key issues:" and slide labels with the area only in the title, and of combined reviews of unrelated
 * children; run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings27ScoreTest extends RealisticPhrasingsSet {
    /** The share of fields after n49-norm's rules: 99.0% (1291/1304; README). */
    private static final double BAR = 0.985;

    @Override
    String folder() {
        return "realistic-phrasings-27";
    }

    @Test
    void theEntriesAreFoundAndTheFieldsReachTheBar() {
        // first measure on main ea0b7479: 60/60 entries, 94.6% (1234/1304) as first committed, 95.9% (1251/1304) with the truth
        // corrected under written conventions (README), items 100%
        assertScored(60, BAR, 0.99);
    }

    @Test
    void aNegatedRiskIsNoRisk() throws SQLException {
        // "Domestic abuse was not a feature of this family; however, Child AZQ's mother had severe depression ..."
        assertThat(codes("2026-11-child-azq")).noneMatch(code -> code.startsWith("risk_factors domestic_abuse"))
                .anyMatch(code -> code.startsWith("risk_factors parental_mental_health"));
    }

    @Test
    void aDisabilityToldByItsAcronymIsTheChilds() throws SQLException {
        // "Child RYQ, aged 13, had a diagnosis of PDA ... His father has a personality disorder."
        assertThat(codes("2026-11-child-ryq")).anyMatch(code -> code.startsWith("child_context disabled"))
                .anyMatch(code -> code.startsWith("risk_factors parental_mental_health"));
    }
}
