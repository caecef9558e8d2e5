package org.casereview.etl.job;

import org.junit.jupiter.api.Test;

/**
 * The held-out set of issue 10 ({@code normalise/realistic-phrasings}): invented entries in the phrasing of real
 * published summaries of many years, run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasingsScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(60, 0.93);
    }
}
