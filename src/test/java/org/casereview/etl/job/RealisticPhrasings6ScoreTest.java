package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * The sixth held-out set ({@code normalise/realistic-phrasings-6}, issue 9, session 17): invented entries in the
 * phrasing of a 2013 NSPCC list, 2019 pseudonym entries, a 2025 update with partnership areas, a 2021 repository digest
 * and a 2024 list of the four nations' reviews, full of other people's facts (a cousin's plan, half-siblings removed
 * for neglect, a half-sister's self-harm, a parent's own care history, abuse and disability); run through the whole
 * job and scored like {@code score.py digests}; and those facts must not become the child's codes.
 */
class RealisticPhrasings6ScoreTest extends RealisticPhrasingsSet {
    @Override
    String folder() {
        return "realistic-phrasings-6";
    }

    @Test
    void everyEntryIsFoundAndAtLeast97PercentOfFieldsAreRight() {
        assertScored(40, 0.95);
    }

    @Test
    void anotherPersonsPlanHarmOrConditionIsNotTheChilds() throws SQLException {
        // "Their older cousin, aged 16, ... had previously been subject to a child protection plan"
        assertThat(codes("2026-11-children-cq-and-cr")).noneMatch(code -> code.startsWith("child_context"));
        // "her mother, a care leaver with a learning disability": the mother's disability is a risk factor only
        assertThat(codes("2026-11-child-an")).noneMatch(code -> code.startsWith("child_context disabled"))
                .anyMatch(code -> code.startsWith("risk_factors parental_learning_disability"));
        // "Baby M's two older half-siblings had been removed ... because of neglect"
        assertThat(codes("2021-05-baby-m")).noneMatch(code -> code.startsWith("harm_types neglect"));
        // "The mother was herself subject to a child protection plan ..., and had been sexually abused ..."
        assertThat(codes("2021-05-baby-t")).noneMatch(code -> code.startsWith("harm_types sexual_abuse"))
                .noneMatch(code -> code.startsWith("child_context"));
        // "Their older half-sister, aged 15, had a child in need plan because of self-harm"
        assertThat(codes("2026-11-children-x-and-y")).noneMatch(code -> code.startsWith("harm_types self_harm_suicide"));
    }
}
