package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the normaliser misses of the held-out digests b30 (session 18, issue 9, kind 4), each tried on invented
 * phrasings that are not in the set, with the counter-examples that must keep their old reading.
 */
class HeldOutPhrasingRulesB30Test {

    /**
     * An infant's death where the baby was found face down in a cot, bed or sofa (an unsafe sleeping place, soft bedding) is
     * a sudden unexpected infant death though the summary does not name it so; face down in water or held face down is not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Death of a 4-month-old girl in 2022 who was found face down on a sofa among cushions.|sudden_unexpected_infant_death",
            "A 7-week-old boy died in 2021. He was found face down in his parents' bed under a duvet.|sudden_unexpected_infant_death",
            "Death of a 9-month-old baby in 2020 after she was found lying face down on a pillow in her travel cot.|sudden_unexpected_infant_death",
            // no death, or not a sleeping place: no SUDI
            "Serious harm to a 5-month-old boy in 2021 who was found face down in his cot and resuscitated by paramedics.|",
            "Death of a 14-month-old boy in 2020 after he was found face down in a garden pond.|",
            "A 10-year-old boy was restrained face down by staff in 2022 and died.|"})
    void anInfantFoundFaceDownInASleepingPlaceWhoDiedIsASuddenUnexpectedInfantDeath(String text, String harms) {
        assertThat(untyped(text).harmTypes()).filteredOn(code -> code.equals("sudden_unexpected_infant_death"))
                .containsExactlyElementsOf(codes(harms));
    }

    /** Parents who stop taking a child to medical appointments neglect the child's health (medical neglect). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 9-year-old girl with diabetes died in 2022 after her mother stopped taking her to clinic appointments.|neglect",
            "Child Z, aged 6, had a heart condition; his parents failed to take him to his hospital appointments in 2021.|neglect",
            "Serious harm to a 3-year-old boy in 2020. His carers did not take him to his paediatric appointments for a year.|neglect",
            // a parent's own appointments, or a brother's, are not the child's neglect
            "Physical abuse of a 4-year-old girl in 2021. Her mother stopped taking her brother to hospital appointments.|",
            "Physical abuse of a 4-year-old girl in 2021. Her mother stopped going to her own hospital appointments.|"})
    void stoppingTakingAChildToMedicalAppointmentsIsNeglect(String text, String harms) {
        assertThat(untyped(text).harmTypes()).filteredOn(code -> code.equals("neglect")).containsExactlyElementsOf(codes(harms));
    }
}
