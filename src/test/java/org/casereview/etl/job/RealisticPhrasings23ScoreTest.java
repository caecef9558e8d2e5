package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-third held-out set ({@code normalise/realistic-phrasings-23}, issue 9, session 34: "a code is about the
 * child it describes"): invented entries in the phrasing of published summaries with harm told in the passive with the
 * perpetrator first, incidents over years, dates relative to a death, ages as a date of birth or a stage, unborn babies
 * and concealment, children taken abroad or moved between areas, thematic reviews, harm by another child, fabricated or
 * induced illness, FGM, honour-based abuse and forced marriage, euphemisms, headline titles, American spellings and
 * abbreviations; run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings23ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-23";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99PercentOfFieldsAreRight() {
        // first measure on main e6f72d42 97.6% (97.9%, 1340/1369, with the truth corrected); 100% after n45-norm
        assertScored(63, 0.99, 1.0);
    }

    @Test
    void theDeathOfTheNamedChildAfterAVerdictIsTheChilds() throws SQLException {
        // "Mother's partner convicted of causing or allowing the death of Child AQ, a 14-month-old boy, who died ..."
        assertThat(codes("2026-04-child-aq")).anyMatch(code -> code.startsWith("outcome death"));
    }

    @Test
    void aSiblingsAgeIsNotTheBabysAndABurnFromAKettleIsNoAbuse() throws SQLException {
        // "Child JR, a baby, was left in the care of a 12-year-old sibling in 2024 and suffered severe burns from a kettle"
        assertThat(codes("2026-11-child-jr")).anyMatch(code -> code.startsWith("age_band under_1"))
                .noneMatch(code -> code.startsWith("harm_types physical_abuse"));
    }

    @Test
    void abbreviationsAreTheirCodes() throws SQLException {
        // "admitted with NAI. His parents' relationship involved DA."
        assertThat(codes("2026-11-baby-zq")).anyMatch(code -> code.startsWith("harm_types physical_abuse"))
                .anyMatch(code -> code.startsWith("risk_factors domestic_abuse"));
    }
}
