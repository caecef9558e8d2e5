package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-sixth held-out set ({@code normalise/realistic-phrasings-26}, issue 9, session 37: "a code is about the
 * child it describes"): invented entries in the phrasing of published summaries from Scotland, Northern Ireland and
 * Wales (their own words for plans, orders, carers and reviews, ages and numbers in words), of summaries naming several
 * relatives and professionals with ages, of harm told only in legal words and inquests, of babies, siblings and adults
 * with different outcomes, of near misses with ages given by a birth year, and with the child's ethnicity or religion
 * as context; run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings26ScoreTest extends RealisticPhrasingsSet {
    /** The share of fields after n48-norm's rules: 99.2% (1309/1320; README). */
    private static final double BAR = 0.99;

    @Override
    String folder() {
        return "realistic-phrasings-26";
    }

    @Test
    void theEntriesAreFoundAndTheFieldsReachTheBar() {
        // first measure on main d5556c35: 60/60 entries, 95.5% (1261/1320 with af #4's truth corrected), items 100%
        assertScored(60, BAR, 0.99);
    }

    @Test
    void aFathersOverdoseIsNotTheDaughtersPoisoning() throws SQLException {
        // "A review after the death of a father, aged 35, from a drug overdose in 2025. His daughter, Child UWZ, ..."
        assertThat(codes("2026-11-child-uwz")).noneMatch(code -> code.startsWith("harm_types poisoning_ingestion"));
    }

    @Test
    void aGrandmotherAsMainCarerIsKinshipCare() throws SQLException {
        // "Child HWZ's grandmother, aged 71, was her main carer after her mother, 27, went to prison in 2022."
        assertThat(codes("2026-11-child-hwz")).anyMatch(code -> code.startsWith("child_context connected_carers"))
                .anyMatch(code -> code.startsWith("risk_factors parental_criminality"));
    }
}
