package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The sixteenth held-out set ({@code normalise/realistic-phrasings-16}, issue 9, session 27: "a code is about the child
 * it describes"; most wrong fields are facts given to the wrong person): invented entries in the phrasing of published
 * summaries that tell another person's story first and name the child late ("This review concerns ...", "The review
 * focused on the youngest ..."), perpetrators' ages and sexes, pronouns that switch between people, several children,
 * adults' deaths beside a child's injury and siblings' care; run through the whole job and scored like
 * {@code score.py digests}.
 */
class RealisticPhrasings16ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-16";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        // first measure on main cf21945 93.1%; 97.6% after n37-norm's rules
        assertScored(60, 0.97, 1.0);
    }

    @Test
    void theChildNamedLateIsReadFromTheSentenceSayingWhomTheReviewConcerns() throws SQLException {
        // "Child VA's half-brother, aged 17, was arrested in May 2023 ... The review focused on the youngest of the three
        // children, Child VA, a boy of 6, who was found in October 2024 with a fractured arm"
        assertThat(codes("2026-11-child-va")).anyMatch(code -> code.startsWith("incident_year 2024"))
                .anyMatch(code -> code.startsWith("age_band 6_10"))
                .noneMatch(code -> code.startsWith("child_context looked_after"));
        // "The subject of this review is her brother, Child VI, aged 8"
        assertThat(codes("2026-11-child-vi")).anyMatch(code -> code.startsWith("sex male"))
                .noneMatch(code -> code.startsWith("harm_types self_harm_suicide"));
        // "A 16-year-old boy was convicted ... of the rape of a 12-year-old girl, Child VE"
        assertThat(codes("2026-11-child-ve")).anyMatch(code -> code.startsWith("age_band 11_15"))
                .anyMatch(code -> code.startsWith("sex female"));
    }
}
