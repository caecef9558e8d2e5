package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-second held-out set ({@code normalise/realistic-phrasings-22}, issue 9, session 33: "a code is about the
 * child it describes"): invented entries in the phrasing of published summaries with sibling groups where one child is
 * the subject, harm told through an agency's action, outcomes told late, causes of death stated medically, online harm
 * and exploitation words, young carers, care leavers aged 18 to 20, private fostering, youth custody and secure units;
 * run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings22ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-22";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99PercentOfFieldsAreRight() {
        // first measure on main ccf80d3f 98.6% (1306/1325 with the private fostering truth corrected); 99.8% after n44-norm
        assertScored(60, 0.99, 1.0);
    }

    @Test
    void aBrothersDeathIsNotTheChildsOutcome() throws SQLException {
        // "a 2-year-old girl whose younger brother died in 2024 from abusive head trauma ... Child HX was not injured"
        assertThat(codes("2026-11-child-hx")).noneMatch(code -> code.startsWith("outcome death"));
    }

    @Test
    void harmSaidOfTheChildAndHerSisterTogetherIsTheChilds() throws SQLException {
        // "Child LX, a 14-year-old girl, and her sister, aged 16, who were both sexually exploited in 2024"
        assertThat(codes("2026-11-child-lx")).anyMatch(code -> code.startsWith("harm_types child_sexual_exploitation"));
    }

    @Test
    void aCareLeaversOwnPastCareIsCoded() throws SQLException {
        // "Child FX, a 19-year-old care leaver who had been looked after from the age of 8"
        assertThat(codes("2026-11-child-fx")).anyMatch(code -> code.startsWith("child_context looked_after"));
        // "Child KX, aged 18, who had left care four months before he died"
        assertThat(codes("2026-11-child-kx")).anyMatch(code -> code.startsWith("child_context looked_after"));
    }
}
