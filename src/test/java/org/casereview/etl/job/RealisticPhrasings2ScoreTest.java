package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The second held-out set of issue 10 ({@code normalise/realistic-phrasings-2}): invented entries in the phrasing
 * of real NSPCC lists (2013, 2014, 2017), recent pages (2019-2025), a repository e-mail and one-review briefing
 * pages, run through the whole job and scored like {@code score.py digests}; and the person each code was read for.
 */
class RealisticPhrasings2ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-2";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(44, 0.95);
    }

    @Test
    void everyCodeNamesThePersonItWasReadFor() throws SQLException {
        // "2017 – Anonymous - Child DF": poisoned by his mother, whose depression and self-harm are hers
        assertThat(codes("2026-11-child-df")).contains(
                "harm_types poisoning_ingestion subject_child",
                "risk_factors parental_mental_health parent_carer",
                "outcome serious_harm subject_child",
                "document_type overview -");
        // "Child HL": the uncle's verdict; domestic abuse between her parents
        assertThat(codes("2026-11-child-hl")).contains("harm_types sexual_abuse subject_child",
                "risk_factors domestic_abuse parent_carer");
    }
}
