package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules added for summaries outside the corpus: one example per rule, and its counter-example. */
class GeneralisedRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Nested
    class Ages {
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
    }

    @Nested
    class IncidentYears {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Death of a baby in the early hours of 3 March 2019.|2019",
                "Death of a girl who died by suicide in 2022.|2022",
                "Injuries to a boy, 12th January 2020, at home.|2020",
        })
        void datesGiveTheYear(String text, int year) {
            assertThat(summary(text).incidentYear()).isEqualTo(year);
        }
    }

    @Nested
    class CodeLists {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Child W was killed by his father, who then killed himself.|physical_abuse",
                "Murder of a 4-year-old girl by her mother.|physical_abuse",
                "Non-fatal strangulation of a baby.|physical_abuse",
                "The mother was kicked in the stomach by her partner.|physical_abuse",
                "A boy was kicked out of home by his parents.|",
                "Emotional and physical abuse of a girl.|physical_abuse; emotional_abuse",
                "Twins were left alone at home.|neglect",
                "A newborn baby was found abandoned in a park.|neglect",
                "A boy was admitted to intensive care after taking ketamine with friends.|poisoning_ingestion",
                "The mother, who had taken cannabis, was asleep.|",
                "Advice on avoiding sharing a sofa or bed with a baby after drinking alcohol or taking drugs.|",
                "There were no concerns about neglect or physical abuse at home.|",
                "There was no concern about the home, which was clean. The boy was neglected.|neglect",
                "He was known to be carrying a knife.|extra_familial_harm",
                "A boy was groomed on a dating app.|online_harm",
        })
        void harmTypes(String text, String codes) {
            assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
        }

        @Test
        void anInfantDeathWhileCoSleepingIsSudi() {
            ReviewFacts facts = summary("Death of a 6-week-old girl, found in an adult bed with her parents.");
            assertThat(facts.harmTypes()).containsExactly("sudden_unexpected_infant_death");
            assertThat(facts.riskFactors()).containsExactly("co_sleeping");
        }

        @Test
        void anInjuredInfantWhoCoSleptIsNotSudi() {
            ReviewFacts facts = summary("Death of a 6-week-old girl with a skull fracture after co-sleeping with her father.");
            assertThat(facts.harmTypes()).doesNotContain("sudden_unexpected_infant_death");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "He lived with his mother, who had raised concerns about his drug use.|",
                "The mother and her drug use were a concern.|parental_substance_misuse",
                "His mother's boyfriend had a history of violence against previous partners.|domestic_abuse",
                "Her father had convictions for drug offences.|parental_criminality",
                "Her father, a soldier with post-traumatic stress disorder, hit her.|parental_mental_health",
                "The couple had no family nearby.|social_isolation",
        })
        void riskFactors(String text, String codes) {
            assertThat(String.join("; ", summary(text).riskFactors())).isEqualTo(codes == null ? "" : codes);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Her siblings, aged 3 and 5, were subject to child protection plans.|",
                "Child Z and her brother were subject to child protection plans.|child_protection_plan",
                "The mother was herself on the child protection register.|",
                "She was a young carer for her disabled mother.|",
                "Child Z had learning difficulties and attended a special school.|disabled",
                "She was not subject to a child protection plan or a child in need plan.|",
                "He was kept off school by his parents.|not_in_school",
        })
        void childContext(String text, String codes) {
            assertThat(String.join("; ", summary(text).childContext())).isEqualTo(codes == null ? "" : codes);
        }
    }

    @Nested
    class SexAndEthnicity {
        @Test
        void aPronounBeatsANounAfterThePerpetratorsAge() {
            assertThat(summary("Child Z, aged 14, was assaulted by a 15-year-old boy known to her.").sex())
                    .isEqualTo("female");
        }

        @Test
        void aPossessiveBeforeAKinWordIsTheChilds() {
            assertThat(summary("Child Z, aged 11, and her mother were killed by the mother's former partner.").sex())
                    .isEqualTo("female");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Death of a 3-year-old boy of mixed heritage.|Mixed heritage",
                "A boy from the Irish Traveller community.|Irish Traveller",
                "The family is of Sudanese heritage.|Sudanese",
                "The family is of Nepalese origin.|Nepalese",
        })
        void ethnicity(String text, String ethnicity) {
            assertThat(summary(text).ethnicity()).isEqualTo(ethnicity);
        }
    }
}
