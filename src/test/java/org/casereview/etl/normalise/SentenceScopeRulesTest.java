package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Structural rules across clauses and sentences: pronouns that point back, "but" with no new subject, who harmed whom. */
class SentenceScopeRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Nested
    class PronounsThatOpenASentence {
        @Test
        void aPronounAfterASentenceAboutTheMotherIsTheMothers() {
            assertThat(summary("A newborn baby was found in 2019. The mother, aged 16, had concealed the pregnancy. "
                    + "Her ethnicity is not known.").sex()).isEqualTo("not_stated");
        }

        @Test
        void aPronounAfterASentenceAboutTheChildIsTheChilds() {
            assertThat(summary("A baby was found in 2019. The baby had been left outside. Her ethnicity is not known.").sex())
                    .isEqualTo("female");
        }

        @Test
        void aParentalFactorCarriesOverFromTheParentOfTheSentenceBefore() {
            assertThat(summary("A baby girl was shaken in 2024. Her mother's partner admitted shaking her. "
                    + "He had previous convictions for assault.").riskFactors()).containsExactly("parental_criminality");
        }

        @Test
        void noParentalFactorWhenTheSentenceBeforeIsAboutTheChild() {
            assertThat(summary("A 16-year-old boy was stabbed in 2022. He had previous convictions for assault.")
                    .riskFactors()).isEmpty();
        }

        @Test
        void thePronounMustFitTheParent() {
            assertThat(summary("A 16-year-old boy was stabbed in 2022. His mother was worried. "
                    + "He had previous convictions for assault.").riskFactors()).isEmpty();
        }
    }

    @Nested
    class ButWithoutANewSubject {
        @Test
        void keepsTheParentOfTheClauseBefore() {
            assertThat(summary("She lived with her mother, who did not have a learning disability but had long-term "
                    + "mental health needs.").riskFactors()).containsExactly("parental_mental_health");
        }

        @Test
        void aNewSubjectAfterButIsNotTheParent() {
            assertThat(summary("Her mother had no support, but the girl had anxiety.").riskFactors()).isEmpty();
        }
    }

    @Nested
    class TheChildHarmedSomeoneElse {
        @Test
        void anAssaultOnAnotherYoungPersonIsNotTheChildsPhysicalAbuse() {
            assertThat(summary("A 16-year-old boy assaulted another young person in 2022.").harmTypes())
                    .containsExactly("extra_familial_harm");
        }

        @Test
        void anAssaultOnTheChildIsPhysicalAbuse() {
            assertThat(summary("A 16-year-old boy was assaulted in 2022.").harmTypes()).containsExactly("physical_abuse");
        }

        @Test
        void carryingDrugsForOlderMalesIsCriminalExploitation() {
            assertThat(summary("He was thought to be carrying drugs for older males.").harmTypes())
                    .containsExactly("child_criminal_exploitation", "extra_familial_harm");
        }
    }

    @Nested
    class NeglectDescribed {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "A 3-year-old was burned while her mother was asleep after taking heroin.",
                "A 5-year-old boy was hit by a car after wandering from home.",
                "A 10-year-old boy weighing less than a typical 6-year-old.",
                "He had not been seen by professionals for 18 months.",
        })
        void isNeglect(String text) {
            assertThat(summary(text).harmTypes()).contains("neglect");
        }

        @Test
        void aProfessionalNotSeeingTheFamilyOnceIsNotNeglect() {
            assertThat(summary("The family was not seen by the health visitor after the move.").harmTypes()).isEmpty();
        }
    }

    @Nested
    class Synonyms {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "A girl was forced to marry a cousin abroad.|fgm_honour_based_abuse",
                "She met the men through Snapchat.|online_harm",
                "Her father had been physically violent towards her.|physical_abuse",
        })
        void setTheirCode(String text, String code) {
            assertThat(summary(text).harmTypes()).containsExactly(code);
        }

        @Test
        void violenceTowardsHerMotherIsNotTheChildsPhysicalAbuse() {
            assertThat(summary("Her father had been physically violent towards her mother.").harmTypes()).isEmpty();
        }

        @Test
        void notAllowedToAttendSchoolIsNotInSchool() {
            assertThat(summary("She was not allowed to attend school.").childContext()).containsExactly("not_in_school");
        }
    }

    @Nested
    class OtherPeoplesMoments {
        @Test
        void aParentWhoDiedIsNotTheChildsDeath() {
            ReviewFacts facts = summary("Sexual abuse of a 7-year-old girl. Her mother had died of an overdose when she was 3.");
            assertThat(facts.outcome()).isEqualTo("serious_harm");
            assertThat(facts.harmTypes()).containsExactly("sexual_abuse");
        }

        @Test
        void theYearOfAParentsDiagnosisIsNoIncidentYear() {
            assertThat(summary("Emotional abuse of a girl. The mother had been diagnosed with a personality disorder "
                    + "in 2015.").incidentYear()).isNull();
        }

        @Test
        void theYearOfTheChildsDeathAfterADiagnosisIsTheIncidentYear() {
            assertThat(summary("A boy diagnosed with autism died in 2019.").incidentYear()).isEqualTo(2019);
        }

        @Test
        void parentsInFosterCareAsChildrenIsNotTheChildsContext() {
            assertThat(summary("Both parents had spent time in foster care as children.").childContext()).isEmpty();
        }
    }

    @Nested
    class ListsAndRelatives {
        @Test
        void injuriesToASiblingInTheSameReviewArePhysicalAbuse() {
            assertThat(summary("Serious injuries to her 2-year-old brother in a fire started deliberately by their father.")
                    .harmTypes()).containsExactly("physical_abuse");
        }

        @Test
        void sexuallyOrCriminallyExploitedNamesBoth() {
            assertThat(summary("Eight young people who were sexually or criminally exploited.").harmTypes())
                    .containsExactly("child_sexual_exploitation", "child_criminal_exploitation", "extra_familial_harm");
        }

        @Test
        void aParentSupplyingDrugsIsNoCriminalExploitationOfTheChild() {
            assertThat(summary("Her father was selling drugs from the flat.").harmTypes()).isEmpty();
        }

        @Test
        void cuttingAsFgmIsNotSelfHarmCutting() {
            assertThat(summary("Bleeding after a cutting procedure at a relative's home.").harmTypes())
                    .containsExactly("fgm_honour_based_abuse");
            assertThat(summary("She had been cutting her arms.").harmTypes()).doesNotContain("fgm_honour_based_abuse");
        }
    }
}
