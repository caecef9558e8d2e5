package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.NORMALISER;
import static org.casereview.etl.normalise.HeldOutSummaries.codes;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules for the misses of the held-out set realistic-phrasings-8 (session 19, issue 9), each tried on invented
 * phrasings that are not in the set, with the counter-example that must keep its old reading: an age given only in the
 * learning text, ages as "aged two and a half", "Child Z, 15,", "believed to be 16", "in her first year", another
 * person's condition, conviction, death, sex, stabbing or exploitation, criminal exploitation without its name, harm
 * verbs in other forms, an unaccompanied child, and the incident year after a leaving or in a sentence about the review.
 */
class HeldOutPhrasingRules5Test {

    private static ReviewFacts withLearning(String summary, String learning) {
        return NORMALISER.normalise(new ReviewText("Child Z", "Child Z", summary, learning, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Death of a baby boy in 2022 after he was found not breathing in a car seat.|the 6-week-old baby was not weighed after discharge; and midwives did not ask about the father|0.11|under_1",
            "Serious harm to a girl in 2020 from a burn.|services did not see the 3-year-old child at home; and the school nurse was not told|3.00|1_5",
            // an age of babies in general, or of a check, is no child's age
            "Death of a baby boy in 2022.|advice for parents of babies under six months; and a 6-week-old baby cannot roll over||unknown",
            "Death of a baby boy in 2022.|the 6-week-old check was missed||unknown",
            // the summary's age first
            "Death of a 4-month-old boy in 2022.|the 6-week-old baby was not weighed|0.33|under_1"})
    void anAgeGivenOnlyInTheLearningText(String summary, String learning, BigDecimal years, String band) {
        ReviewFacts facts = withLearning(summary, learning);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged three and a half, was found alone in a flat in 2021.|3.50|1_5",
            "Child Z, aged 2 and a half years, was scalded in 2019.|2.50|1_5",
            "Child Z, 15, was stabbed in a park in 2022.|15.00|11_15",
            "A boy believed to be 16 was found in a cannabis factory in 2020.|16.00|16_17",
            "Child Z was in her first year when she was shaken in 2021.||under_1",
            // a first school year is no age; "aged 2" stays two
            "Child Z was in her first year at secondary school when she was groomed in 2021.||unknown",
            "Child Z, aged 2, was scalded in 2019.|2.00|1_5"})
    void agesInOtherShapes(String text, BigDecimal years, String band) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 4-year-old girl in 2020. Her older brother, aged 9, had autism and went to a special school.|",
            "Neglect of a 7-year-old boy in 2021. His older sister, aged 15, had been sexually exploited.|",
            // the child's own
            "Neglect of a 4-year-old girl with autism in 2020.|disabled"})
    void aSiblingsConditionIsNotTheChilds(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 6-year-old boy in 2019. His stepfather had a conviction for an aggravated assault in 2012.|neglect",
            "Neglect of a 7-year-old boy in 2021. His older sister, aged 15, had been sexually exploited.|neglect",
            "A review following the death of the children's mother, who was stabbed by her partner in 2021. The two children, aged 3 and 7, saw the attack.|",
            // the child's own
            "A 6-year-old boy was assaulted by his stepfather in 2019.|physical_abuse",
            "A 2-year-old girl was neglected in 2020. Her mother was stabbed by her partner.|neglect",
            // an unborn child harmed through the attack on the pregnant mother (session 18's leftover)
            "Unborn Baby Z died at 31 weeks' gestation in 2020 after the mother was stabbed in the stomach by her ex-partner.|physical_abuse",
            "A 16-year-old boy was stabbed in 2021.|extra_familial_harm",
            "Neglect and sexual exploitation of a 15-year-old girl in 2021.|neglect; child_sexual_exploitation"})
    void anotherPersonsConvictionStabbingOrExploitationIsNotTheChildsHarm(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 14-year-old girl was sexually exploited in 2021. Her closest friend, aged 14, had died by suicide months earlier.|serious_harm",
            "A review following the death of the children's mother, who was stabbed by her partner in 2021. The two children, aged 3 and 7, saw the attack.|other",
            // the child's own death
            "A 14-year-old girl died by suicide in 2021.|death"})
    void anotherPersonsDeathIsNotTheChilds(String text, String outcome) {
        assertThat(untyped(text).outcome()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 12, was contacted online in 2020 by a man pretending to be a 13-year-old boy; he later met her and abused her.|female",
            "A 12-year-old boy was groomed online in 2020 by a man pretending to be a girl.|male"})
    void aDisguiseIsNotTheChildsSex(String text, String sex) {
        assertThat(untyped(text).sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 15-year-old boy was found in 2022 in a house where he had been forced to water cannabis plants.|child_criminal_exploitation; extra_familial_harm",
            "In 2021 older boys paid Child Z to take cocaine to addresses in the next town.|child_criminal_exploitation; extra_familial_harm",
            "Child Z, aged 15, was arrested in 2020 after he had been made to sell crack to users in the city.|child_criminal_exploitation; extra_familial_harm",
            // drugs taken, and a parent's cannabis, are no exploitation
            "A 15-year-old girl took an overdose in 2021 after a man encouraged her to take drugs.|poisoning_ingestion; self_harm_suicide",
            "Neglect of a 5-year-old boy in 2019. His father was convicted of growing cannabis plants.|neglect"})
    void criminalExploitationWithoutItsName(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In 2020 a neighbour was convicted of physically assaulting the 8-year-old girl.|physical_abuse",
            "Child Z, aged 6, was admitted many times in 2019; doctors later found that her symptoms had been induced by her mother.|other",
            // session 38 decision (unseen-entries.txt): trafficking told with its purpose gives that purpose's code alone
            "A 16-year-old girl was trafficked in 2019 and made to work in a brothel.|child_sexual_exploitation",
            // work in a car wash stays labour exploited
            "A 15-year-old boy was forced to work in a car wash in 2020.|child_criminal_exploitation; extra_familial_harm"})
    void harmVerbsInOtherForms(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A 16-year-old unaccompanied asylum-seeking boy went missing in 2021.|looked_after",
            "Child Z, aged 15, came to the UK as an unaccompanied child and was exploited in 2022.|looked_after",
            // a child who came with her mother to claim asylum is not in care
            "A 6-year-old girl who had come to the UK with her mother to claim asylum was neglected in 2021.|"})
    void anUnaccompaniedChildIsLookedAfter(String text, String contexts) {
        assertThat(untyped(text).childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 19, had left foster care in 2018 and was found dead in the spring of 2019.|2019",
            "Child Z was admitted to hospital in 2020 with burns; the review found that the burns were inflicted.|2020",
            // a sentence only about the review gives no year
            "Child Z died. The review was commissioned in 2021.|"})
    void theIncidentYearAfterALeavingOrBesideTheReview(String text, Integer year) {
        assertThat(untyped(text).incidentYear()).isEqualTo(year);
    }
}
