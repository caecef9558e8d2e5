package org.casereview.etl.job;

import org.junit.jupiter.api.Test;

/**
 * The twenty-eighth held-out set ({@code normalise/realistic-phrasings-28}, issue 9, session 39: "a code is about the
 * child it describes" and "not stated means empty"): invented entries telling a sibling's, a parent's, a friend's or a
 * child perpetrator's harm, plan, age and sex beside the child's, children who harmed others, parents' own childhoods
 * and risks ruled out or past, several children with ages as school years, and outcomes and years told indirectly; run
 * through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings28ScoreTest extends RealisticPhrasingsSet {
    /** First measure on main 1f8c4ec1: 97.4% (862/885) as first committed, 97.5% (863/885) corrected (README). */
    private static final double BAR = 0.97;

    @Override
    String folder() {
        return "realistic-phrasings-28";
    }

    @Test
    void theEntriesAreFoundAndTheFieldsReachTheBar() {
        assertScored(41, BAR, 0.99);
    }

}
