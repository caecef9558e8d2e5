package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twenty-fourth held-out set ({@code normalise/realistic-phrasings-24}, issue 9, session 35: "a code is about the
 * child it describes"): invented entries in the phrasing of published summaries with harm by professionals and in
 * institutions, summaries told from the family's side, children missing from home or education, drug dealing told by
 * the drug words, radicalisation without the word, accidents, medical neglect, eating disorders and self-harm, hedged
 * outcomes and ages in words, care told by its legal route, domestic homicides with a child witness and areas named
 * beside a city, a county and a region; run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings24ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-24";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99PercentOfFieldsAreRight() {
        // first measure on main d3435958 98.1% (98.2%, 1398/1423, with the truth corrected); 99.8% after n46-norm
        assertScored(64, 0.99, 1.0);
    }

    @Test
    void aHedgedDeathIsADeath() throws SQLException {
        // "Baby PYN, a 2 month old boy, sadly passed away in 2024 after his father threw him onto a bed"
        assertThat(codes("2026-11-baby-pyn")).anyMatch(code -> code.startsWith("outcome death"));
    }

    @Test
    void aParentsFriendsDrinkingIsNoParentsFactor() throws SQLException {
        // "in the care of her mother's friend, who was drunk"
        assertThat(codes("2026-11-child-syn")).noneMatch(code -> code.startsWith("risk_factors parental_alcohol_misuse"));
    }

    @Test
    void dealingToldByTheDrugWordsIsCriminalExploitation() throws SQLException {
        // "arrested in a flat with wraps of crack cocaine and heroin hidden in his socks"
        assertThat(codes("2026-11-child-fi")).anyMatch(code -> code.startsWith("harm_types child_criminal_exploitation"));
    }
}
