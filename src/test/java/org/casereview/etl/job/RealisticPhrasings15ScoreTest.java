package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The fifteenth held-out set ({@code normalise/realistic-phrasings-15}, issue 9, session 26: "not stated means empty, and
 * a code is about the child it describes"): invented entries in the phrasing of published summaries that real summaries
 * have and invented sets tend not to: several paragraphs with the background or a brother's, sister's or parent's harm
 * first, the child named late, by an initial or a pseudonym, professionals who disagree, joint, concise CPR, adult
 * practice and rapid reviews, ages only by a school stage, outcomes beyond death and injury, dates as seasons, holidays
 * and school years; run through the whole job and scored like {@code score.py digests}.
 */
class RealisticPhrasings15ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-15";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        // first measure on main 94.5% (94.9% on the corrected truth); 97.2% after n36-norm's rules
        assertScored(60, 0.97, 1.0);
    }

    @Test
    void aParentsConditionAndOverdoseAreNotTheChilds() throws SQLException {
        // "His mother, 23, had been in care as a child and had a learning disability"
        assertThat(codes("2026-01-child-si")).noneMatch(code -> code.startsWith("child_context disabled"))
                .anyMatch(code -> code.startsWith("risk_factors parental_learning_disability"));
        // "He had been in a kinship placement with his grandmother since 2020, when his mother died of a drug overdose."
        assertThat(codes("2026-11-child-ps")).noneMatch(code -> code.startsWith("harm_types poisoning_ingestion"));
        // "found by a teacher to have untreated burns on his hands" (cooking for himself and his sister)
        assertThat(codes("2026-01-child-se")).noneMatch(code -> code.startsWith("harm_types physical_abuse"))
                .anyMatch(code -> code.startsWith("harm_types neglect"));
    }

    @Test
    void anEntryOpenedByItsBackgroundAReviewTypeAndAnAgeByAStageOrAName() throws SQLException {
        // "Background: Child TB's parents ... since 2016 ..." then "A case management review into the death of Child TB"
        assertThat(codes("2026-11-child-tb")).anyMatch(code -> code.startsWith("review_type case_management_review"))
                .anyMatch(code -> code.startsWith("incident_year 2023"));
        // "Concise CPR: a 15-year-old girl ..."
        assertThat(codes("2026-11-child-pk")).anyMatch(code -> code.startsWith("review_type child_practice_review"));
        // "This review uses the name Riley, chosen by his mother. Riley was 16 when he died"
        assertThat(codes("2026-12-riley")).anyMatch(code -> code.startsWith("age_band 16_17"));
        // "the youngest child, a nursery-age girl"
        assertThat(codes("2026-11-child-pa")).anyMatch(code -> code.startsWith("age_band 1_5"));
    }
}
