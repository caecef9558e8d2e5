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
 * Rules for the misses of the held-out set realistic-phrasings-9 (session 20, issue 9), each tried on invented
 * phrasings that are not in the set, with the counter-examples that must keep their reading: ages as "aged 4½", "who had
 * recently turned 12", "was 15 and living", "a baby (age not known)", "almost 15", a school year, "in her late teens";
 * a young man's age after "by a"; a brother's or sister's death, overdose and exploitation; a parent's death year; the
 * children who harmed the child; learning themes about families in general; harms and factors in other words; and
 * incident years on a holiday or "towards the end of" a year.
 */
class HeldOutPhrasingRules6Test {

    private static ReviewFacts withLearning(String summary, String learning) {
        return NORMALISER.normalise(new ReviewText("Child Z", "Child Z", summary, learning, null, null, null, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 4½, was scalded in 2019.|4.50|1_5",
            "A girl aged 2¼ was found alone in a flat in 2020.|2.25|1_5",
            "Child Z, who had recently turned 12, was groomed online in 2021.|12.00|11_15",
            "Child Z, who had just turned 16, was stabbed in 2022.|16.00|16_17",
            "Child Z was 15 and living with his aunt when he was stabbed in 2020.|15.00|11_15",
            "Child Z was 13 and in foster care when she went missing in 2019.|13.00|11_15",
            "Young Person Z was 17 and living in a hostel when he was found dead in 2020.|17.00|16_17",
            "Serious injury of a baby (age not known) in 2015. Child Z had bruising to the face.||under_1",
            "Death of a baby boy (age not stated) in 2019 from a head injury.||under_1",
            "A girl who was almost 15 when she was groomed in 2019 went missing.||11_15",
            "Child Z was nearly one when he was shaken in 2020.||under_1",
            "A Year 8 pupil was sexually assaulted by a teacher in 2018.||11_15",
            "Child Z, a Year 5 pupil, was neglected in 2020.||6_10",
            "Child Z, a young woman in her late teens, died in 2021 in a car driven by a 23-year-old man.||unknown",
            "Death of a girl in 2022 after she was given drugs by a 21-year-old man.||unknown",
            // a baby of no stated age stays unknown; Year 11 spans two bands; a school year of no pupil is no age
            "Death of a baby boy in 2019 from a head injury.||unknown",
            "A Year 11 student took her own life in 2021.||unknown",
            "A boy was permanently excluded from school in Year 9 and was stabbed in 2020.||unknown",
            "Child Z, aged 12, had been excluded in Year 7.|12.00|11_15",
            "Her mother, who was nearly 40, neglected the 6-year-old boy in 2019.|6.00|6_10",
            "Sam, a 19-year-old man with autism, died in 2021.|19.00|18_plus"})
    void agesInNewShapes(String text, BigDecimal years, String band) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.ageYears()).isEqualTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, a 7-year-old boy, was neglected in 2019. His baby brother's death in 2016 had been recorded as sudden infant death.|serious_harm|neglect",
            "Child Z, aged 9, was assaulted by his stepfather in 2021. His 15-year-old sister had been referred to the exploitation team and had taken an overdose.|serious_harm|physical_abuse",
            "Child Z, aged 15, was found dead in 2020; the cause of death remains unascertained.|death|",
            // the child's own
            "Child Z, a 15-year-old girl, took an overdose in 2021. Her sister had been referred to the exploitation team.|serious_harm|poisoning_ingestion; self_harm_suicide",
            "Baby Z, aged 10 weeks, died in 2020; the cause of death remains unascertained.|death|sudden_unexpected_infant_death"})
    void aSiblingsDeathOrOverdoseIsNotTheChilds(String text, String outcome, String harms) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.outcome()).isEqualTo(outcome);
        assertThat(facts.harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Neglect of a 9-year-old boy by his father after his mother's death in 2015; he was found in 2017 living in squalor.|2017",
            "Child Z was found towards the end of 2020 locked in a bedroom.|2020",
            "Child Z, aged 13, was admitted to hospital on Christmas Day 2019 with alcohol poisoning.|2019",
            "Child Z was taken to hospital on New Year's Eve 2021 after an assault.|2021",
            // the child's own year stays
            "Neglect of a 6-year-old boy in 2019. His mother's death in 2016 had not been followed by support.|2019"})
    void theIncidentYearOnAHolidayOrAfterAParentsDeath(String text, Integer year) {
        assertThat(untyped(text).incidentYear()).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 16, was stabbed in 2020 by two boys aged 14 and 15.|1",
            "Child Z, aged 15, was assaulted in 2022 by three girls from her school.|1",
            "Neglect of two boys by their mother in 2019.|2"})
    void childrenWhoHarmedTheChildAreNotCounted(String text, int children) {
        assertThat(untyped(text).nChildren()).isEqualTo(children);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 6, died in 2021 after an asthma attack.|the links between neglect, domestic abuse and poverty in families known to services; and school nurses|",
            "Child Z, aged 4, was neglected in 2022.|disguised compliance in households where there has been domestic abuse|",
            // the family's own
            "Child Z, aged 4, was neglected in 2022.|the domestic abuse the mother suffered was not asked about|domestic_abuse"})
    void learningAboutFamiliesInGeneralIsNoFactorOfTheFamily(String summary, String learning, String risks) {
        assertThat(withLearning(summary, learning).riskFactors()).containsExactlyInAnyOrderElementsOf(codes(risks));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 15, is thought to have taken her own life in 2020.|self_harm_suicide",
            "Two brothers died in 2019 in a flat fire that was set by their mother's partner.|physical_abuse",
            "Child Z, aged 3, was found in 2021 to have lost a quarter of her body weight.|neglect",
            "Child Z, aged 6, was admitted to hospital in 2020; his father had stopped taking him to his diabetes clinic.|neglect",
            "Child Z, aged 11, was injured in 2022 when her foster mother hit her with a belt.|physical_abuse",
            "Child Z, aged 14, was found in 2021 to have been sending naked photos to a man she had never met.|sexual_abuse",
            "Child Z, aged 5, was admitted many times in 2019; her father had fabricated her symptoms for years.|other",
            "Child Z, aged 6, had many operations in 2018 after his mother exaggerated and invented his symptoms.|other",
            // a fire started by a heater, a mother hitting a partner, a sister's photos are not the child's harm
            "Two brothers died in 2019 in a flat fire that was started by a heater.|",
            "Child Z, aged 11, was neglected in 2022. Her mother hit her partner with a bottle.|neglect",
            "Child Z, aged 14, was neglected in 2021. Her older sister had been sending naked photos to a man.|neglect",
            "Child Z, aged 12, had been sent sexual images by an adult in 2021.|online_harm",
            "Child Z, aged 9, was neglected in 2020. Her mother described symptoms of depression.|neglect"})
    void harmsSaidInOtherWords(String text, String harms) {
        assertThat(untyped(text).harmTypes()).containsExactlyInAnyOrderElementsOf(codes(harms));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 15, was blackmailed online in 2022 by a man who threatened to send sexual images of him to his family.",
            "Child Z, aged 13, was groomed in 2021 by a man who threatened to share naked photos of her."})
    void aThreatToSendImagesIsNotTheChildSendingThem(String text) {
        assertThat(untyped(text).harmTypes()).doesNotContain("sexual_abuse");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 11, was injured in 2022 when her foster mother hit her with a belt.|female",
            "Child Z, aged 8, was neglected in 2020 by his adoptive father.|male"})
    void aPronounBeforeAnAdoptiveOrFosterParentIsTheChilds(String text, String sex) {
        assertThat(untyped(text).sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Child Z, aged 15, was remanded to local authority accommodation in 2021.|looked_after|",
            "Neglect of a 7-year-old boy in 2020 after his mother obtained a non-molestation order against his father.||domestic_abuse"})
    void careAndFactorWordsInOtherForms(String text, String contexts, String risks) {
        ReviewFacts facts = untyped(text);
        assertThat(facts.childContext()).containsExactlyInAnyOrderElementsOf(codes(contexts));
        assertThat(facts.riskFactors()).containsExactlyInAnyOrderElementsOf(codes(risks));
    }
}
