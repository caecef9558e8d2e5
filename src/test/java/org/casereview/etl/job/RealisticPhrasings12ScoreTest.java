package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The twelfth held-out set ({@code normalise/realistic-phrasings-12}, issue 9, session 23): invented entries in the
 * phrasing of 2023-2026 summaries (a 2025 update with "Learning themes include:", a repository month, Welsh child
 * practice reviews and single unified safeguarding reviews, Scottish learning reviews, Northern Irish case management
 * reviews), with several children in one review, lasting injuries, unborn and newborn babies, teenagers harmed outside
 * the home, deaths in custody, restraint, online harm, financial years and ages in words; run through the whole job and
 * scored like {@code score.py digests}; and the facts of adults who are not the child's parents must not become the
 * child's risk factors.
 */
class RealisticPhrasings12ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-12";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99Point6PercentOfFieldsAreRight() {
        // first measure on main 97.1% (97.5% on the corrected truth); 99.7% (1294/1298) after n33-norm's rules
        assertScored(60, 0.996, 1.0);
    }

    @Test
    void aStaffMembersOrAFriendsFactsAreNotTheChilds() throws SQLException {
        // "His stepmother, aged 41, worked as a mental health nurse" after a suicide attempt by a 15-year-old boy
        assertThat(codes("2026-11-child-vf")).contains("age_band 11_15 subject_child")
                .noneMatch(code -> code.startsWith("risk_factors"))
                .noneMatch(code -> code.startsWith("harm_types non_accidental_head_injury"));
        // "One of the men, aged 38, was a family friend who had been convicted of supplying drugs."
        assertThat(codes("2026-11-skye")).noneMatch(code -> code.startsWith("harm_types child_criminal_exploitation"));
        // "the placement carer's adult son had a conviction for assault" beside a baby called "she"
        assertThat(codes("2024-03-baby-ue")).contains("sex female subject_child");
    }

    @Test
    void anotherAdultsHabitsAreNoParentalRiskFactor() throws SQLException {
        // "The man who rented the flat, aged 47, had a long history of heroin use and had been cuckooed ..."
        assertThat(codes("2026-11-eli")).noneMatch(code -> code.startsWith("risk_factors"));
        // "The uncle had himself been abused as a child and had a diagnosis of schizophrenia."
        assertThat(codes("2026-11-child-xi")).noneMatch(code -> code.startsWith("risk_factors"));
        // "The maternal grandmother, with whom they lived, was a heavy drinker." beside the mother's crack cocaine
        assertThat(codes("2026-11-child-zh")).anyMatch(code -> code.startsWith("risk_factors parental_substance_misuse"))
                .noneMatch(code -> code.startsWith("risk_factors parental_alcohol_misuse"));
    }

    @Test
    void aParentsOrSiblingsCareIsNotTheChilds() throws SQLException {
        // "The mother was herself on the child protection register and living in a children's unit."
        assertThat(codes("2026-11-baby-wd")).noneMatch(code -> code.startsWith("child_context"));
        // "Her four brothers, aged 2 to 12, were taken into foster care afterwards."
        assertThat(codes("2026-11-child-za")).noneMatch(code -> code.startsWith("child_context"))
                .contains("age_band 6_10 subject_child");
    }
}
