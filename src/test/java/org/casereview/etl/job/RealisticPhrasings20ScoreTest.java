package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twentieth held-out set ({@code normalise/realistic-phrasings-20}, issue 9, session 31: "a code is about the child
 * it describes"): invented entries in the phrasing of published summaries with ages in a list of siblings and the child
 * named by a place after it, chronologies whose incident is the last step, month-and-year dates of birth, a child's own
 * drug use, offending, self-harm and mental health beside a parent's, relation words as the only sex, nationalities as
 * ethnicity, harm told by acts, domestic abuse told by one event in another year, a parent killed by the other, adults'
 * ages and linked reviews of a sibling; run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings20ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-20";
    }

    @Test
    void everyEntryIsFoundAndAtLeast98PercentOfFieldsAreRight() {
        // first measure on main b2f96f7 96.1% (96.3% with uc #2's and ug #1's corrected truth)
        assertScored(60, 0.98, 1.0);
    }

    @Test
    void theNamedChildsPlaceInAListOfSiblingsGivesTheAge() throws SQLException {
        // "Three brothers, aged 9, 6 and 2 ... The middle child, Child AV"
        assertThat(codes("2026-11-child-av")).anyMatch(code -> code.startsWith("age_band 6_10"));
    }

    @Test
    void aMothersAccountOfOneAttackIsDomesticAbuseAndNotTheBabysHarm() throws SQLException {
        // "Her mother had told a midwife in 2022 that he had slapped her during an argument."
        assertThat(codes("2025-11-child-at")).anyMatch(code -> code.startsWith("risk_factors domestic_abuse"))
                .noneMatch(code -> code.startsWith("harm_types physical_abuse"));
    }
}
