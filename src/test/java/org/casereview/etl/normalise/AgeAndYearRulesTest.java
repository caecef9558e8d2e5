package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The child's age at the incident and the incident year, read past other people's ages and other moments. One example per rule and its counter-example. */
class AgeAndYearRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Test
    void anAgeNowIsNotTheAgeAtTheIncident() {
        assertThat(summary("Child Z, now aged 19, was exploited. It began in 2014 when she was 13 years old.").ageText())
                .isEqualTo("13 years old");
    }

    @Test
    void aBabyOfSixWeeks() {
        ReviewFacts facts = summary("Fatal head injuries to a baby of 6 weeks in 2020.");
        assertThat(facts.ageText()).isEqualTo("6 weeks");
        assertThat(facts.ageBand()).isEqualTo("under_1");
    }

    @Test
    void agedYearsAndMonths() {
        assertThat(summary("Child Z, aged 2 years and 3 months, was admitted.").ageYears()).isEqualByComparingTo("2.25");
    }

    @Test
    void anAgeAfterByAIsNeverTheChildsOnceTheChildWasNamedBeforeIt() {
        ReviewFacts facts = summary("Sexual abuse of a girl by a 15-year-old in 2019.");
        assertThat(facts.ageText()).isNull();
        assertThat(facts.ageBand()).isEqualTo("unknown");
    }

    @Test
    void anAgeAfterByAWithNoChildBeforeItIsTheChilds() {
        assertThat(summary("Ingestion of methadone by a 20-month-old boy.").ageText()).isEqualTo("20-month-old");
    }

    @Test
    void theAgeAtAPlacementIsNotTheIncidentAge() {
        ReviewFacts facts = summary("Exploitation of Child Z, who had been placed in care at the age of 13. "
                + "It came to light in 2016 when she was 15-years-old.");
        assertThat(facts.ageText()).isEqualTo("15-years-old");
        assertThat(facts.ageYears()).isEqualByComparingTo(new BigDecimal("15.00"));
    }

    @Test
    void aMothersAgeBeforeTheChildsIsSkipped() {
        assertThat(summary("Mother aged 19 was a care leaver. Her 5-week-old son had a fracture.").ageText())
                .isEqualTo("5-week-old");
    }

    @Test
    void anInfantIsUnderOne() {
        ReviewFacts facts = summary("An infant was found with multiple bruises.");
        assertThat(facts.ageText()).isEqualTo("infant");
        assertThat(facts.ageBand()).isEqualTo("under_1");
        assertThat(summary("Learning about sudden infant death.").ageText()).isNull();
    }

    @Test
    void anInfantWithAPseudonymIsAName() {
        assertThat(summary("The babies are referred to as Infant A to Infant E.").ageText()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Death of a baby in the early hours of 3 March 2019.|2019",
            "Death of a girl who died by suicide in 2022.|2022",
            "Injuries to a boy, 12th January 2020, at home.|2020",
            "Multiple unexplained injuries to a baby boy between January and April 2025, including a fracture.|2025",
            "Neglect of a girl from May to July 2021.|2021",
    })
    void datesGiveTheYear(String text, int year) {
        assertThat(summary(text).incidentYear()).isEqualTo(year);
    }

    @Test
    void theYearOfAnOldConvictionIsNoIncidentYear() {
        assertThat(summary("The stepfather had a conviction for sexual offences against a child in 1998.")
                .incidentYear()).isNull();
    }

    @Test
    void aMoveIsNoOtherMomentForTheYear() {
        assertThat(summary("She was exploited by adults who moved into her flat in 2022.").incidentYear())
                .isEqualTo(2022);
    }

    @Test
    void aFractionOfAYearIsPartOfTheAge() {
        ReviewFacts facts = summary("A two-and-a-half-year-old girl was admitted to hospital.");
        assertThat(facts.ageText()).isEqualTo("two-and-a-half-year-old");
        assertThat(facts.ageYears()).isEqualByComparingTo("2.50");
    }

    @Test
    void aSpanOfYearsIsNoSingleIncidentYearWhereMonthsOfOneYearAre() {
        assertThat(summary("Neglect of a boy between January 2014 and April 2017.").incidentYear()).isNull();
    }

    @Test
    void laterYearsAfterAPeriodOfHarmAreOtherMoments() {
        assertThat(summary("Abuse of 14 children between 1995 and 2005. The abuse came to light in 2019.")
                .incidentYear()).isNull();
    }

    @Test
    void aStatedAgeRightAfterAnAgeWordIsTheChildsAge() {
        ReviewFacts infant = summary("Serious injuries to an infant girl aged seven weeks in March 2024.");
        assertThat(infant.ageText()).isEqualTo("aged seven weeks");
        assertThat(infant.ageYears()).isEqualByComparingTo("0.13");
        assertThat(summary("A toddler, aged 2, was found alone in a flat in 2023.").ageText()).isEqualTo("aged 2");
        // not stated means empty: the word alone stays the child's age band
        assertThat(summary("An infant boy was found with bruises in 2023.").ageText()).isEqualTo("infant");
        // another person's age after the word is not the child's
        assertThat(summary("An infant boy whose sister was aged 6 died in 2023.").ageText()).isEqualTo("infant");
    }

    @Test
    void theYearAHarmToTheChildEndedIsItsYearNotAParentsHistory() {
        assertThat(summary("A 9-year-old girl was neglected by her mother for several years until 2021. "
                + "Her father had moved abroad in 2017.").incidentYear()).isEqualTo(2021);
        // a child living somewhere until a year is no harm that ended then
        assertThat(summary("A 9-year-old girl lived with her grandmother until 2021. She was sexually abused "
                + "in 2022.").incidentYear()).isEqualTo(2022);
        assertThat(summary("A 9-year-old girl was neglected, and lived with her aunt until 2019.").incidentYear())
                .isNull();
    }

    /**
     * Issue 9 (digests b23, Child AH): a child noun, "of" and a number with no unit is the child's age in years
     * ("A boy of 14", "a girl of thirteen"); a child's place in the family ("the youngest child of 5") is not, nor a
     * brother's age when the child's is given, and no number means no age. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A girl of 13 was sexually exploited by adult men in 2021.|13.00",
            "Child Z, a boy of seven, was found alone at home in 2020.|7.00",
            "The death of a child of 4 who drowned in a garden pond in 2019.|4.00",
            "A girl of 16, living in supported accommodation, was assaulted in 2022.|16.00",
            "Neglect of the youngest child of 5 in a family known to services since 2015.|",
            "Child Z, aged 6, was abused by her brother, a boy of 16, in 2020.|6.00",
            "A boy of school age was excluded in 2022.|",
    })
    void aChildNounOfANumberIsTheAgeInYears(String text, String years) {
        ReviewFacts facts = summary(text);
        if (years == null) {
            assertThat(facts.ageYears()).isNull();
        } else {
            assertThat(facts.ageYears()).isEqualByComparingTo(years);
        }
    }

    /**
     * Issue 9 (digests b23, Child QH): a named stretch of a year ("the summer holidays of 2023", "the October half term
     * of 2021", "the first months of 2020", "over the Christmas period of 2019") dates the incident; a year after
     * "since" or in a sentence about publication does not. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 9-year-old boy drowned during the Easter holidays of 2022.|2022",
            "A 15-year-old girl was sexually assaulted at a party in the October half term of 2021.|2021",
            "Child Z was left alone for a week over the Christmas period of 2019.|2019",
            "Neglect of a 4-year-old boy in the first months of 2020.|2020",
            "Child Z has lived with foster carers since the summer holidays of 2019.|",
            "The review was published in the autumn term of 2024.|",
    })
    void aNamedStretchOfAYearDatesTheIncident(String text, Integer year) {
        assertThat(summary(text).incidentYear()).isEqualTo(year);
    }
}
