package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewNormaliserTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    private static ReviewFacts titled(String title, String childName, String linkText) {
        return NORMALISER.normalise(new ReviewText(title, childName, "Neglect of a child.", null, null, null, null,
                null, linkText, null));
    }

    @Nested
    class AgeForms {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Injuries to a 17-year-old boy.|17-year-old|17.00|16_17",
                "Injuries to a 17-years-old boy.|17-years-old|17.00|16_17",
                "Injuries to a 4-month-old baby.|4-month-old|0.33|under_1",
                "Injuries to a 6-week-old baby.|6-week-old|0.11|under_1",
                "Death of an 8-day-old baby.|8-day-old|0.02|under_1",
                "Death of a 10-day-old baby.|10-day-old|0.03|under_1",
                "Neglect of a 2-year-1-month-old girl.|2-year-1-month-old|2.08|1_5",
                "Poisoning of a 20-month-old boy.|20-month-old|1.67|1_5",
                "Neglect of a six-year-old girl.|six-year-old|6.00|6_10",
                "Neglect of a 9 year old girl.|9 year old|9.00|6_10",
                "Abuse of a girl aged 12.|aged 12|12.00|11_15",
                "Abuse of a boy aged 18 months.|aged 18 months|1.50|1_5",
                "A boy who died at the age of 15.|at the age of 15|15.00|11_15",
                "Sexual abuse of two sisters, aged 9 and 11, by their stepfather.|aged 9|9.00|6_10",
                "Exploitation of a 19-year-old care leaver.|19-year-old|19.00|18_plus",
        })
        void numericAges(String text, String ageText, String years, String band) {
            ReviewFacts facts = summary(text);
            assertThat(facts.ageText()).isEqualTo(ageText);
            assertThat(facts.ageYears()).isEqualByComparingTo(new BigDecimal(years));
            assertThat(facts.ageYears().scale()).isEqualTo(2);
            assertThat(facts.ageBand()).isEqualTo(band);
        }

        @Test
        void underAnAgeGivesNoYears() {
            ReviewFacts facts = summary("Sexual exploitation of young people under 18-years-old.");
            assertThat(facts.ageText()).isEqualTo("under 18-years-old");
            assertThat(facts.ageYears()).isNull();
            assertThat(facts.ageBand()).isEqualTo("unknown");
        }

        @Test
        void underOneYearIsStillABand() {
            ReviewFacts facts = summary("Non-accidental injuries to babies under one year old.");
            assertThat(facts.ageText()).isEqualTo("under one year old");
            assertThat(facts.ageYears()).isNull();
            assertThat(facts.ageBand()).isEqualTo("under_1");
        }

        @Test
        void wordAges() {
            assertThat(summary("Neglect of an adolescent girl.").ageText()).isEqualTo("adolescent");
            assertThat(summary("Neglect of an adolescent girl.").ageBand()).isEqualTo("unknown");
            ReviewFacts unborn = summary("Concerns about an unborn baby whose mother used heroin.");
            assertThat(unborn.ageText()).isEqualToIgnoringCase("unborn baby");
            assertThat(unborn.ageBand()).isEqualTo("unborn");
        }

        @Test
        void adolescentServicesAreNotAnAge() {
            assertThat(summary("Self-harm of a girl known to child and adolescent mental health services.").ageText()).isNull();
        }

        @Test
        void ageAtAnotherMomentIsSkipped() {
            ReviewFacts facts = summary("Sexual abuse of an adolescent girl. She was placed in foster care when she was 17-years-old.");
            assertThat(facts.ageText()).isEqualTo("adolescent");
            assertThat(facts.ageBand()).isEqualTo("unknown");
        }

        @Test
        void siblingAgeIsNotTheChilds() {
            ReviewFacts facts = summary("Baby E lived with her sister, who was three years old. "
                    + "Baby E died in March 2017, when she was five weeks old.");
            assertThat(facts.ageText()).isEqualTo("five weeks old");
            assertThat(facts.ageYears()).isEqualByComparingTo("0.10");
            assertThat(facts.incidentYear()).isEqualTo(2017);
        }

        @Test
        void whenHeWasGivesTheIncidentAge() {
            ReviewFacts facts = summary("In January 2020, when he was twelve years old, Kacper was admitted to hospital.");
            assertThat(facts.ageText()).isEqualTo("twelve years old");
            assertThat(facts.ageYears()).isEqualByComparingTo("12.00");
        }

        @Test
        void perpetratorAgeAfterTheChildsIsSkipped() {
            ReviewFacts facts = summary("Sexual abuse of an 11-year-old girl by a 15-year-old boy placed with the same carers.");
            assertThat(facts.ageText()).isEqualTo("11-year-old");
            assertThat(facts.sex()).isEqualTo("female");
        }

        @Test
        void onlyAgeAfterByIsTheChilds() {
            ReviewFacts facts = summary("Ingestion of methadone by a 20-month-old boy in 2018.");
            assertThat(facts.ageText()).isEqualTo("20-month-old");
            assertThat(facts.sex()).isEqualTo("male");
        }

        @Test
        void severalChildrenGiveTheFirstAge() {
            assertThat(summary("Neglect of two siblings, a 5-year-old boy and a 3-year-old girl.").ageText())
                    .isEqualTo("5-year-old");
        }
    }

    @Nested
    class Bands {
        private final AgeFinder ages = new AgeFinder(Vocabulary.standard());

        @ParameterizedTest(name = "{0} years -> {1}")
        @CsvSource({"0.99,under_1", "1.00,1_5", "5.99,1_5", "6.00,6_10", "10.50,6_10", "11.00,11_15",
                "15.99,11_15", "16.00,16_17", "17.99,16_17", "18.00,18_plus", "21.00,18_plus"})
        void bandEdges(String years, String band) {
            assertThat(ages.band(new BigDecimal(years))).isEqualTo(band);
        }
    }

    @Nested
    class Sex {
        @Test
        void nounsGiveTheSex() {
            assertThat(summary("Injuries to a 4-month-old baby boy.").sex()).isEqualTo("male");
            assertThat(summary("Death of a 10-month-old girl.").sex()).isEqualTo("female");
            assertThat(summary("Neglect of a 7-year-old son of a single parent.").sex()).isEqualTo("male");
        }

        @Test
        void babyOrYoungPersonAloneIsNotStated() {
            assertThat(summary("Injuries to a 6-week-old child, including a fractured skull.").sex()).isEqualTo("not_stated");
            assertThat(summary("Death of a 16-year-old young person who took their own life.").sex()).isEqualTo("not_stated");
        }

        @Test
        void severalChildrenOfBothSexesAreMixed() {
            ReviewFacts facts = summary("Neglect of two siblings, a 5-year-old boy and a 3-year-old girl.");
            assertThat(facts.sex()).isEqualTo("mixed");
            assertThat(facts.nChildren()).isEqualTo(2);
        }

        @Test
        void pronounsWhenNoNoun() {
            assertThat(summary("Injuries to a baby. She was admitted to hospital.").sex()).isEqualTo("female");
        }

        @Test
        void siblingsOfOneChildDoNotGiveItsSex() {
            assertThat(summary("Death of a 3-month-old baby. The baby had two older brothers.").sex()).isEqualTo("not_stated");
            assertThat(summary("Review of two brothers who were neglected.").sex()).isEqualTo("male");
        }

        @Test
        void maleAdultIsNotTheChild() {
            assertThat(summary("Injuries to a baby caused by the mother's male partner.").sex()).isEqualTo("not_stated");
            assertThat(summary("An 11-year-old child was sexually abused by an adult male.").sex()).isEqualTo("not_stated");
        }

        @Test
        void pronounAboutTheMotherIsIgnored() {
            assertThat(summary("Injuries to a baby. The mother said she had dropped the baby.").sex()).isEqualTo("not_stated");
        }
    }

    @Nested
    class Outcome {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Death of a 3-month-old girl.|death",
                "A 14-year-old boy died after an assault.|death",
                "Suicide of a 14-year-old boy.|death",
                "A 16-year-old who took their own life.|death",
                "A boy was killed in a stabbing.|death",
                "Her father was charged with murder.|death",
                "Near-fatal knife injury to a 17-year-old boy.|serious_harm",
                "Ingestion of a potentially fatal amount of methadone.|serious_harm",
                "Attempted suicide of a 15-year-old girl.|serious_harm",
                "Near-drowning of a 22-month-old in the bath.|serious_harm",
                "A 4-year-old boy drowned in a garden pond.|death",
                "Neglect of an 8-year-old girl.|serious_harm",
                "Sexual exploitation of a girl.|serious_harm",
                "Following the death of his mother, a boy was neglected.|serious_harm",
                "A review of multi-agency working with families.|other",
                "Neglect of a boy; the case was discussed at the Child Death Overview Panel.|serious_harm",
        })
        void outcomeFromSummary(String text, String outcome) {
            assertThat(summary(text).outcome()).isEqualTo(outcome);
        }

        @Test
        void harmTypeWithoutHarmWordIsSeriousHarm() {
            ReviewFacts facts = summary("Child H, a 13-year-old girl, was found to have undergone FGM.");
            assertThat(facts.outcome()).isEqualTo("serious_harm");
            assertThat(facts.harmTypes()).containsExactly("fgm_honour_based_abuse");
        }

        @Test
        void noTextIsUnknown() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText(null, null, null, null, null, null, null, null, null, null));
            assertThat(facts.outcome()).isEqualTo("unknown");
            assertThat(facts.reviewType()).isEqualTo("unknown");
            assertThat(facts.nChildren()).isEqualTo(1);
            assertThat(facts.evidence()).isEmpty();
        }
    }

    @Nested
    class IncidentYear {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Injuries to a 17-year-old boy in December 2020. He had been on a plan until March 2020.|2020",
                "Injuries to a baby in 2019.|2019",
                "Poisoning of a toddler in the autumn of 2018.|2018",
                "Death of a baby on 4 June 2021.|2021",
                "In early 2017 a girl was assaulted.|2017",
        })
        void yearOfTheIncident(String text, int year) {
            assertThat(summary(text).incidentYear()).isEqualTo(year);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Review of five children abused during the 2000s.",
                "Considers learning from two other case reviews carried out locally in 2015 and 2016.",
                "A boy born in 2015 was neglected.",
                "Baby AH was born prematurely in 2019 and died aged 4 months.",
                "Child V had been subject to a child protection plan until March 2020.",
                "Serious youth violence between 2019 and 2021.",
                "The review was commissioned in 2019 after a baby was injured.",
                "Neglect of six children known to children's social care from 2008.",
        })
        void otherYearsAreNotTheIncident(String text) {
            assertThat(summary(text).incidentYear()).isNull();
        }

        /** Issue 9 (realistic-phrasings-3): the year of a court order or care proceedings is no incident's; held-out. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Neglect of four children over many years. The children were made subject to care orders in 2018.|",
                "Long-term neglect of a girl; care proceedings were started in 2020.|",
                "Emotional abuse of two boys. A supervision order was made in 2017.|",
                "Injuries to a 2-year-old girl in March 2021; a supervision order had been made for her brother.|2021",
        })
        void theYearOfACourtOrderIsNoIncident(String text, Integer year) {
            assertThat(summary(text).incidentYear()).isEqualTo(year);
        }
    }

    @Nested
    class ChildCount {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Review of five children, three now adults.|5",
                "Review of four boys aged between 14 and 17.|4",
                "Neglect of two siblings who were left alone.|2",
                "Death of twins in a house fire.|2",
                "Injuries to an 11-month-old boy. His carer had five other children.|1",
                "Liam is the youngest of three children.|1",
        })
        void countFromTheFirstSentence(String text, int count) {
            assertThat(summary(text).nChildren()).isEqualTo(count);
        }

        /** Issue 9 (realistic-phrasings-3): twins named by "twin" and their noun are two children of one family; held-out. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Injuries to twin girls aged 3 months in 2020.|2",
                "Neglect of twin babies born prematurely.|2",
                "Death of a 4-year-old boy. His twin brother was unharmed.|1",
        })
        void twinsNamedWithTheirNounAreTwoChildren(String text, int count) {
            ReviewFacts facts = summary(text);
            assertThat(facts.nChildren()).isEqualTo(count);
            assertThat(facts.thematic()).isFalse();
        }

        @Test
        void childNameListingSeveral() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText("2023 - Anonymous - Children F, G and H",
                    "Children F, G and H", "Neglect of children.", null, null, null, null, null, null, null));
            assertThat(facts.nChildren()).isEqualTo(3);
            assertThat(facts.thematic()).isFalse();
        }
    }

    @Nested
    class Ethnicity {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Baby K was White British.|White British",
                "Child AS is of Indian heritage.|Indian",
                "Child AW is of Black African heritage.|Black African",
                "One child is of Asian heritage and four children are White British.|Asian; White British",
                "Three of the boys are Black British and one is White British.|Black British; White British",
                "The child is of mixed heritage.|Mixed heritage",
                "Child B is of White and Black Caribbean heritage.|White and Black Caribbean",
                "Near-drowning of a toddler. Ethnicity: White British.|White British",
                "Death of a White British baby.|White British",
                "Ethnicity or nationality not stated.|not_stated",
                "Baby Kate's ethnicity or nationality are not stated.|not_stated",
                "The boy had a white bruise.|not_stated",
        })
        void statedWords(String text, String ethnicity) {
            assertThat(summary(text).ethnicity()).isEqualTo(ethnicity);
        }
    }

    @Nested
    class TitleTypes {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", value = {
                "Child V; Child safeguarding practice review|Read practice review (PDF)|child_safeguarding_practice_review|practice_review",
                "Lauren: Serious case review (full overview report)|Read full overview (PDF)|serious_case_review|full_overview",
                "Child P1: Serious case review|Read full overview (PDF)|serious_case_review|full_overview",
                "Serious case review: Case 11: Alex (assigned pseudonym): overview report|Read full overview (PDF)|serious_case_review|full_overview",
                "Serious Case Review: Baby E - Overview Report|-|serious_case_review|full_overview",
                "2016 - Sandmoor - Baby BW|Read the overview report|unknown|overview",
                "Child X: Child safeguarding practice review|Read the executive summary|child_safeguarding_practice_review|executive_summary",
                "Child M: Local child safeguarding practice review|-|child_safeguarding_practice_review|practice_review",
                "Child A: significant case review|-|significant_case_review|unknown",
                "CYSUR 2/2019: concise child practice review|-|child_practice_review|practice_review",
                "Single unified safeguarding review: Child Q|-|single_unified_safeguarding_review|unknown",
                "Case management review: Child R|Read the executive summary|case_management_review|executive_summary",
                "Domestic homicide review: Adult S|-|domestic_homicide_review|unknown",
                "Child T: learning review|Read the learning briefing|learning_review|briefing",
                "2025 - Marlow Heath - Baby AR|Read the overview report|unknown|overview",
                "Child WC: Serious case review|Read the full review|serious_case_review|overview",
                "Baby WA: Child safeguarding practice review|Read the full review|child_safeguarding_practice_review|practice_review",
                "Child N: Serious case review|Read the full report|serious_case_review|overview",
                "Child E: Significant case review|Read significant case review (PDF)|significant_case_review|unknown",
        })
        void reviewAndDocumentType(String title, String link, String reviewType, String documentType) {
            ReviewFacts facts = titled(title, "Child", link);
            assertThat(facts.reviewType()).isEqualTo(reviewType);
            assertThat(facts.documentType()).isEqualTo(documentType);
        }

        @Test
        void reviewTypeTextOfAReportWins() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText("Child T", "Child T", null, null, null, null, null,
                    null, null, "Child Safeguarding Practice Review"));
            assertThat(facts.reviewType()).isEqualTo("child_safeguarding_practice_review");
        }

        @Test
        void thematicReportTitle() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText(
                    "Thematic Child Safeguarding Practice Review: Sudden Unexpected Deaths in Infancy in Westmere", null,
                    null, null, null, null, null, null, null, "Thematic Child Safeguarding Practice Review"));
            assertThat(facts.reviewType()).isEqualTo("child_safeguarding_practice_review");
            assertThat(facts.documentType()).isEqualTo("practice_review");
            assertThat(facts.thematic()).isTrue();
            assertThat(facts.harmTypes()).containsExactly("sudden_unexpected_infant_death");
        }

        @Test
        void thematicFromTitleOrUnnamedChildren() {
            assertThat(titled("Serious youth violence: thematic child safeguarding practice review", null, null).thematic()).isTrue();
            ReviewFacts unnamed = NORMALISER.normalise(new ReviewText("Babies with injuries", null,
                    "Review of seven babies who were injured.", null, null, null, null, null, null, null));
            assertThat(unnamed.thematic()).isTrue();
            assertThat(unnamed.nChildren()).isEqualTo(7);
            assertThat(titled("Baby D: Child safeguarding practice review", "Baby D", null).thematic()).isFalse();
        }
    }
}
