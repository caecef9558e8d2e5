package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser miss of the held-out digests b31 (session 19, issue 9, kind 5), tried on invented phrasings
 * that are not in the set, with the counter-examples that must keep their old reading.
 */
class HeldOutPhrasingRulesB31Test {

    /**
     * A pronoun opening a sentence points back to the first person of the sentence before that it fits: 'a baby boy'
     * is a boy, so 'She' after it is the mother named later in that sentence, not the baby; a baby whose sex is not
     * given still fits either pronoun.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Death of a 3-month-old baby girl in 2023 who was found in bed beside her father. He had taken cocaine that night.|parental_substance_misuse",
            "Serious injury to a 7-week-old baby boy in 2024 while he was in the care of his mother. She had misused drugs for years.|parental_substance_misuse",
            // the pronoun fits the baby: the baby's, not a parent's
            "Death of a 4-month-old baby girl in 2023 at the home of her mother. She had been exposed to cannabis smoke.|",
            "Death of a 5-month-old baby in 2022 who was found beside his mother. He had traces of cocaine in his blood.|"})
    void aPronounAfterABabyOfTheOtherSexPointsToTheParent(String text, String factors) {
        assertThat(untyped(text).riskFactors()).filteredOn(code -> code.equals("parental_substance_misuse"))
                .containsExactlyElementsOf(codes(factors));
    }
}
