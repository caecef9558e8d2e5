package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of the held-out digests b34 and b35 (session 21, issue 9), each tried on invented
 * phrasings that are not in those sets, with the counter-examples that keep their reading: the family's plan named in
 * the second half of a sentence about a parent; a child burnt or burned by someone; a child who drowned in water while
 * the adult was elsewhere in the house.
 */
class HeldOutPhrasingRules8Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a boy aged 6 in 2022. His father was in prison and the family were on a child protection plan.|child_protection_plan",
            "Neglect of three children aged 1 to 8 in 2021. Their mother had anxiety and the children were subject to a child in need plan.|child_in_need_plan",
            "Neglect of a girl aged 5 in 2020. Her stepfather drank heavily and the household was open to children's services on a child in need plan.|child_in_need_plan",
            // the parent's own plan, in the parent's own past
            "Neglect of a boy aged 6 in 2022. His mother had been on a child protection plan as a teenager and had left school at 15.|"})
    void theFamilysPlanAfterAParentsClauseIsTheChilds(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Serious harm to a 3-year-old girl in 2023 who was burnt with a hot iron by her stepfather.|physical_abuse",
            "Serious harm to a boy aged 7 in 2022 who had been burned on his hands and feet by his mother.|physical_abuse",
            // no child burnt
            "Neglect of a boy aged 7 in 2022. The social workers were burnt out and the flat had burned down.|neglect"})
    void aChildBurntBySomeoneIsPhysicalAbuse(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Death of a 2-year-old boy in 2022 who drowned in a paddling pool while his father was upstairs.|neglect",
            "Death of a baby girl aged 10 months in 2021 who was found face down in the bath while her mother was in the kitchen.|neglect",
            // no adult elsewhere said
            "Death of a 16-year-old boy in 2021 who drowned in a river while swimming with friends.|"})
    void aChildInWaterWhileTheAdultWasElsewhereIsNeglect(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }
}
