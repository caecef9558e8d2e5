package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The fourth held-out set ({@code normalise/realistic-phrasings-4}, issue 9, session 15): invented entries in the
 * phrasing of real NSPCC lists (2017, 2018), recent pages (2019-2024), a 2025 update of Welsh, Scottish and Northern
 * Irish reviews and a 2024 monthly digest, with adults' and siblings' ages first, ages in weeks and days, unborn and
 * newborn babies, seasons and a financial year, custody and secure care; run through the whole job and scored like
 * {@code score.py digests}; and the care contexts and histories of a parent that must not become the child's.
 */
class RealisticPhrasings4ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-4";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(40, 0.95);
    }

    @Test
    void aParentsOwnCareHistoryIsNotTheChilds() throws SQLException {
        // "Baby UH's mother, aged 18, was looked after and living in a supported placement"
        assertThat(codes("2026-11-baby-uh")).noneMatch(code -> code.startsWith("child_context"));
        // "The mother, aged 20, had been subject to a child protection plan as a teenager" (an unborn baby)
        assertThat(codes("2026-11-unborn-baby-nb")).noneMatch(code -> code.startsWith("child_context"));
        // "The mother, who was 24, had previously had two children removed from her care"
        assertThat(codes("2026-11-child-pq")).noneMatch(code -> code.startsWith("child_context"));
        // "He had a history of alcohol misuse from the age of 13": his own, no parent's risk factor
        assertThat(codes("2026-11-child-mn")).noneMatch(code -> code.startsWith("risk_factors"));
    }
}
