package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Looked after" as a verb with a person after it (someone who minded the child) is no care status of the child (digests
 * b38, kind 6: a family friend who looked after the girl was coded looked_after); the child looked after by the local
 * authority, a looked after child and a child who was looked after keep the code. Invented phrasings, not b38's.
 */
class LookedAfterAsAVerbTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a girl aged 3 in 2022. A neighbour who sometimes looked after her while her mother worked had convictions for violence.|",
            "A boy aged 8 was scalded in 2021 while an uncle looked after him and his sister.|",
            "Physical abuse of twins aged 2 in 2020 by a childminder who looked after them three days a week.|",
            "Sexual abuse of a looked after girl aged 14 in 2020 by a man she met online.|looked_after",
            "A boy aged 12 who was looked after by the local authority went missing in 2023 and was exploited.|looked_after",
            "A girl aged 15 had been looked after since 2019 when she took an overdose in 2022.|looked_after"})
    void aPersonWhoLookedAfterTheChildGivesNoCareStatus(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }
}
