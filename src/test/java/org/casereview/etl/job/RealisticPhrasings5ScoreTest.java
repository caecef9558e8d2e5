package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The fifth held-out set ({@code normalise/realistic-phrasings-5}, issue 9, session 16): invented entries in the
 * phrasing of real NSPCC lists (2014, 2016), recent pages (2022-2024), a 2025 update of the four nations and a 2023
 * monthly digest, with twins and siblings, adults' ages and histories first, unstated fields, ages in weeks, days and
 * months beside gestations, indirect outcomes and review types in the summary's words; run through the whole job and
 * scored like {@code score.py digests}; and the histories of a parent or grandparent that must not become the child's.
 */
class RealisticPhrasings5ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-5";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(40, 0.95);
    }

    @Test
    void aParentsOrGrandparentsOwnHistoryIsNotTheChilds() throws SQLException {
        // "The mother had been a child in need as a teenager because of her own mother's drinking" (an unborn baby)
        assertThat(codes("2026-11-unborn-baby-gh")).noneMatch(code -> code.startsWith("child_context"))
                .noneMatch(code -> code.contains("parental_alcohol_misuse"));
        // "The mother, 17, was living with her own mother, who had a long history of alcohol misuse"
        assertThat(codes("2026-11-baby-kq")).noneMatch(code -> code.startsWith("risk_factors"));
        // "Child ZB's father, aged 21, had himself been on a child protection plan ... and had been a looked after child"
        assertThat(codes("2023-03-child-zb")).noneMatch(code -> code.startsWith("child_context"));
        // "He now has cerebral palsy": what the injury left, not the baby's context before it
        assertThat(codes("2026-11-baby-lm")).noneMatch(code -> code.startsWith("child_context disabled"));
    }
}
