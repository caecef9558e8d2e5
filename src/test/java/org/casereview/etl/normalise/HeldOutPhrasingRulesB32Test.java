package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of the held-out digests b32 (session 19, issue 9, kind 6a), each tried on invented
 * phrasings that are not in the set, with the counter-examples that must keep their old reading.
 */
class HeldOutPhrasingRulesB32Test {

    /**
     * A parent's own childhood told in a clause of its own ('and had herself been in care as a child') is that clause's:
     * the parent's present drug or alcohol use before it stays a risk factor; use 'in his own childhood' is the parent's past.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 5-year-old boy in 2022. His mother used heroin and had herself been in care as a child.|parental_substance_misuse",
            "Physical abuse of a baby in 2021. The father drank heavily and had himself been beaten as a child.|parental_alcohol_misuse",
            "Serious harm to a 2-year-old girl in 2020. Her parents took cocaine and had themselves been neglected as children.|parental_substance_misuse",
            // the use itself in the parent's childhood: no factor
            "Neglect of a 6-year-old girl in 2022. Her father had used cannabis in his own childhood.|",
            "Neglect of a 3-year-old boy in 2021. His mother drank alcohol as a child.|"})
    void aParentsOwnChildhoodInAClauseOfItsOwnLeavesTheParentsPresentUseAFactor(String text, String factors) {
        assertThat(untyped(text).riskFactors())
                .filteredOn(code -> code.equals("parental_substance_misuse") || code.equals("parental_alcohol_misuse"))
                .containsExactlyElementsOf(codes(factors));
    }
}
