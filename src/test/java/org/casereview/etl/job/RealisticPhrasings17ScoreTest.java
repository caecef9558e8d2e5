package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The seventeenth held-out set ({@code normalise/realistic-phrasings-17}, issue 9, session 28: "a code is about the child
 * it describes"): invented entries in the phrasing of published summaries whose codes belong to someone else by a
 * pronoun or a later sentence, perpetrators' own facts, other people's deaths beside the child's, the child named late
 * with no sentence saying whom the review concerns, and words of harm, care and outcome not met before (fabricated or
 * induced illness, cuckooing, "Article 21", "self-neglecting", sextortion); run through the whole job and scored like
 * {@code score.py digests}.
 */
class RealisticPhrasings17ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-17";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        // first measure on main 8455e06 95.9%; 97.7% after n38-norm's rules
        assertScored(60, 0.97, 1.0);
    }

    @Test
    void aPerpetratorsOwnCarePlanAndSchoolAreNotTheChilds() throws SQLException {
        // "A 17-year-old boy who had been looked after since 2020 and had autism sexually assaulted his 10-year-old
        // half-sister, Child GR"
        assertThat(codes("2026-05-child-gr")).anyMatch(code -> code.startsWith("harm_types sexual_abuse"))
                .noneMatch(code -> code.startsWith("child_context looked_after"))
                .noneMatch(code -> code.startsWith("child_context disabled"));
        // "... by her 13-year-old half-brother ... He had been on a child protection plan for physical abuse"
        assertThat(codes("2026-11-child-ug")).noneMatch(code -> code.startsWith("child_context child_protection_plan"))
                .noneMatch(code -> code.startsWith("harm_types physical_abuse"));
        // "He had been subject to a child protection plan for neglect" (the half-brother convicted)
        assertThat(codes("2026-11-child-sb")).noneMatch(code -> code.startsWith("harm_types neglect"));
    }

    @Test
    void theChildNamedLateBesideAnotherPersonsStory() throws SQLException {
        // "In 2023 a 15-year-old boy was stabbed ... In 2025 his cousin, Child UA, a boy of 13, who lived with the same
        // grandmother under a special guardianship order"
        assertThat(codes("2026-11-child-ua")).anyMatch(code -> code.startsWith("incident_year 2025"))
                .anyMatch(code -> code.startsWith("child_context connected_carers"))
                .noneMatch(code -> code.startsWith("child_context child_protection_plan"));
        // "A 16-year-old girl ... introduced younger girls to adult men in 2024. One of them, Child ES, aged 13"
        assertThat(codes("2026-11-child-es")).anyMatch(code -> code.startsWith("age_band 11_15"));
    }
}
