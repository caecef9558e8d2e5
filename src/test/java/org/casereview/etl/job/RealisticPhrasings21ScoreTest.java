package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-first held-out set ({@code normalise/realistic-phrasings-21}, issue 9, session 32: "a code is about the
 * child it describes"): invented entries in the phrasing of published summaries with ages in weeks or months with a
 * word, two children of different sexes, pseudonyms after the age, court outcome and publication years, care told by a
 * legal status, harm to an adult of the household only, disability and SEND words, negations and young parents' ages;
 * run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings21ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-21";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99PercentOfFieldsAreRight() {
        // first measure on main 44486cbf 98.9% (1314/1328 with vg #6's corrected truth); 100% after n42-norm
        assertScored(60, 0.99, 1.0);
    }

    @Test
    void aMotherAttackedInFrontOfAnUnhurtChildIsDomesticAbuseAndNotTheChildsHarm() throws SQLException {
        // "her father stabbed her mother, who survived. Child DM was found unhurt in her cot."
        assertThat(codes("2026-11-child-dm")).anyMatch(code -> code.startsWith("risk_factors domestic_abuse"))
                .noneMatch(code -> code.startsWith("harm_types"));
    }

    @Test
    void aCourtsYearIsNotTheIncidentYear() throws SQLException {
        // "His father pleaded guilty in 2025 to manslaughter and was sentenced to eight years."
        assertThat(codes("2026-11-child-el")).noneMatch(code -> code.startsWith("incident_year"));
    }
}
