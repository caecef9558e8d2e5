package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The thirteenth held-out set ({@code normalise/realistic-phrasings-13}, issue 9, session 24: "about one field in twelve
 * is wrong, mostly codes given to the wrong person"): invented entries in the phrasing of published summaries with
 * "Background:" lines, partnership pages, Welsh, Scottish and Northern Irish reviews, that give codes to other people
 * (a perpetrator's age and sex, a parent's or sibling's care, school, plan or EHCP, a father's adopted children), negate
 * or rule out facts, review several children, date other moments and write ages in unusual forms; run through the whole
 * job and scored like {@code score.py digests}.
 */
class RealisticPhrasings13ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-13";
    }

    @Test
    void everyEntryIsFoundAndAtLeast99Point5PercentOfFieldsAreRight() {
        // first measure on main 97.2% (97.3% on the corrected truth); 99.5% and more after n34-norm's rules
        assertScored(60, 0.995, 1.0);
    }

    @Test
    void theOneWhoHarmedTheChildAndOtherChildrenKeepTheirOwnCare() throws SQLException {
        // "stabbed by a 15-year-old boy ... The 15-year-old had been looked after since 2020 and had been excluded"
        assertThat(codes("2025-06-child-ra")).noneMatch(code -> code.startsWith("child_context"));
        // "the girls who attacked her had all been known to the youth offending team, and two were in care"
        assertThat(codes("2026-08-child-sj")).noneMatch(code -> code.startsWith("child_context"));
        // "Her foster carers' own son, 16, had been excluded from school for carrying a knife."
        assertThat(codes("2026-08-child-sf")).noneMatch(code -> code.startsWith("child_context not_in_school"))
                .anyMatch(code -> code.startsWith("child_context foster_care"));
        // "His older sister, 18, ... had herself had an EHCP."
        assertThat(codes("2026-08-child-si")).noneMatch(code -> code.startsWith("child_context ehcp"));
    }

    @Test
    void aParentsOwnCareAndARefusedAssessmentAreNotTheChilds() throws SQLException {
        // "Callum's mother, aged 36, had been in care herself ...; Callum was never in care."
        assertThat(codes("2026-11-callum")).noneMatch(code -> code.startsWith("child_context"));
        // "had been refused a child in need assessment in 2023"
        assertThat(codes("2026-08-child-sh")).noneMatch(code -> code.startsWith("child_context child_in_need_plan"));
    }

    @Test
    void thePerpetratorsSexIsNotTheChilds() throws SQLException {
        // "Sexual abuse of two sisters, aged 7 and 9, by their 15-year-old male cousin"
        assertThat(codes("2026-11-children-nc-and-nd")).contains("sex female subject_child");
        // "A 6-year-old was sexually abused by a 14-year-old boy ... Child NN disclosed to her teacher."
        assertThat(codes("2026-11-child-nn")).contains("sex female subject_child");
    }
}
