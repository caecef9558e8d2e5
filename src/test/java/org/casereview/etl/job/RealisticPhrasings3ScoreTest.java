package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The third held-out set ({@code normalise/realistic-phrasings-3}, issue 9): invented entries in the phrasing of real
 * NSPCC lists (2015, 2016), recent pages (2020-2023), the 2025 update and a monthly digest, each putting another
 * person's age, harm, history or care context next to the child; run through the whole job and scored like
 * {@code score.py digests}; and the codes a sibling's or parent's words must not give the child.
 */
class RealisticPhrasings3ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-3";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(40, 0.95);
    }

    @Test
    void aSiblingsOrParentsContextIsNotTheChilds() throws SQLException {
        // "Child BQ's mother, aged 19, had been in care herself ... Child BQ's 5-year-old sister was subject to a
        // child in need plan": neither is the child's context; he was left unsupervised (neglect)
        assertThat(codes("2026-11-child-bq")).contains("harm_types neglect subject_child")
                .noneMatch(code -> code.startsWith("child_context"));
        // "Baby CJ's 3-year-old brother had previously been placed on a child protection plan because of neglect"
        assertThat(codes("2018-03-baby-cj")).noneMatch(code -> code.startsWith("child_context"))
                .doesNotContain("harm_types neglect subject_child");
    }
}
