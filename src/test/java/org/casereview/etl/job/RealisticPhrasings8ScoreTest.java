package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The eighth held-out set ({@code normalise/realistic-phrasings-8}, issue 9, session 19): invented entries in the
 * phrasing of 2018 and 2019 NSPCC lists, a 2024 list of partnerships' reviews, a 2020 repository digest and a 2022 page
 * of the nations' reviews, with ages in weeks, months and words or only in the learning text, young adults, hedged
 * outcomes, rarer harms and care words; run through the whole job and scored like {@code score.py digests}; and other
 * people's facts (a friend's suicide, a mother's killing, a brother's autism, a sister's exploitation, a disguise) must
 * not become the child's codes.
 */
class RealisticPhrasings8ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-8";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(40, 0.97);
    }

    @Test
    void anAgeSaidOnlyInTheLearningTextIsTheChilds() throws SQLException {
        // summary "Death of a baby girl in 2018", learning "the 7-week-old baby was not seen by a health visitor"
        assertThat(codes("2026-11-child-ai")).contains("age_band under_1 subject_child");
        // "Child AE, aged two and a half"
        assertThat(codes("2026-11-child-ae")).contains("age_band 1_5 subject_child");
    }

    @Test
    void anotherPersonsDeathConditionOrExploitationIsNotTheChilds() throws SQLException {
        // "Child AQ's best friend, aged 15, had died by suicide the previous year"
        assertThat(codes("2026-11-child-aq")).contains("outcome serious_harm subject_child")
                .noneMatch(code -> code.startsWith("harm_types self_harm_suicide"));
        // "the death of the children's mother, who was stabbed by her former partner in front of her three children"
        assertThat(codes("2026-11-children-bc-bd-and-be")).noneMatch(code -> code.startsWith("outcome death"))
                .noneMatch(code -> code.startsWith("harm_types"));
        // "her older brother, aged 12, had been diagnosed with autism and attended a special school"
        assertThat(codes("2026-11-child-ad")).noneMatch(code -> code.startsWith("child_context disabled"));
        // "His older sister, aged 16, had been referred to a sexual exploitation service"
        assertThat(codes("2026-11-child-bg")).noneMatch(code -> code.startsWith("harm_types child_sexual_exploitation"));
        // "groomed online by a man who posed as a 14-year-old boy"
        assertThat(codes("2020-11-child-av")).contains("sex female subject_child");
    }
}
