package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The tenth held-out set ({@code normalise/realistic-phrasings-10}, issue 9, session 21): invented entries in the
 * phrasing of 2012, 2015 and 2017 NSPCC lists, 2021 and 2024 pages, a 2023 update, a 2024 repository month and a 2022
 * page of the nations' reviews, with ages in words and ranges, several children, outcomes in other words and care words;
 * run through the whole job and scored like {@code score.py digests}; and a young man's age, a brother's plan, a mother's
 * exploitation and disability must not become the child's.
 */
class RealisticPhrasings10ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-10";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(61, 0.97);
    }

    @Test
    void agesInWordsAndRanges() throws SQLException {
        // "Child RG, then sixteen, was seriously injured in a stabbing"
        assertThat(codes("2026-11-child-rg")).contains("age_band 16_17 subject_child");
        // "Sexual exploitation of a girl aged between 13 and 15 by a group of men"
        assertThat(codes("2026-11-child-si")).contains("age_band 11_15 subject_child");
        // "Child RB, thought to be aged between 14 and 16, ... A 19-year-old man was later charged with her murder."
        assertThat(codes("2026-11-child-rb")).contains("age_band unknown subject_child", "sex female subject_child");
    }

    @Test
    void anotherPersonsPlanExploitationOrDisabilityIsNotTheChilds() throws SQLException {
        // "The stepbrother had himself been sexually abused ... and had been subject to a child protection plan."
        assertThat(codes("2026-11-child-se")).noneMatch(code -> code.startsWith("child_context"));
        // "His mother had been sexually exploited as a teenager."
        assertThat(codes("2024-03-child-th")).noneMatch(code -> code.startsWith("harm_types child_sexual_exploitation"));
        // "their mother had a learning disability" and "Keywords: ..., parental learning disability"
        assertThat(codes("2026-11-children-ye-yf-and-yg")).noneMatch(code -> code.startsWith("child_context disabled"));
    }
}
