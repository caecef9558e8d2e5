package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules found by later held-out batches (e to g): one example per rule and its counter-example. */
class HeldOutRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Nested
    class WhoTheFactorBelongsTo {
        @Test
        void theSubjectOfTheSentenceOwnsAFactorFarFromIt() {
            assertThat(summary("His father, who was his sole carer, had a history of alcohol misuse and had become "
                    + "increasingly isolated after losing his job.").riskFactors())
                    .containsExactly("parental_alcohol_misuse", "social_isolation");
        }

        @Test
        void aChildIsolatedFromPeersIsNoFamilyIsolation() {
            assertThat(summary("A 14-year-old boy had become isolated from his peers.").riskFactors()).isEmpty();
        }

        @Test
        void parentsWorriedAboutTheChildsMentalHealthIsNoParentalFactor() {
            assertThat(summary("Her parents had repeatedly raised concerns about her deteriorating mental health.")
                    .riskFactors()).isEmpty();
            assertThat(summary("Her parents had raised concerns about her mother's mental health.").riskFactors())
                    .containsExactly("parental_mental_health");
        }

        @Test
        void aMothersPastAsAChildInNeedIsNotTheChilds() {
            assertThat(summary("A newborn baby was found in 2021. His mother, a 17-year-old student, had concealed "
                    + "her pregnancy. She had been a child in need because of neglect when younger.").childContext())
                    .isEmpty();
        }

        @Test
        void parentsWhoGrewUpInCareAreNotTheChildsContext() {
            assertThat(summary("Both parents had grown up in care.").childContext()).isEmpty();
        }
    }

    @Nested
    class NeglectPhrases {
        @Test
        void aLackAfterANegatedListItemIsStillALack() {
            assertThat(summary("He was living in a house with no electricity and very little food.").harmTypes())
                    .containsExactly("neglect");
        }

        @Test
        void aCarerDrinkingWhileTheChildWasUnsupervised() {
            assertThat(summary("A boy drowned while his mother and her friends were drinking in the house.").harmTypes())
                    .containsExactly("neglect");
        }

        @Test
        void missedAppointmentsWithWordsBetweenAndUncollectedMedication() {
            assertThat(summary("She had missed her last three clinic appointments.").harmTypes()).containsExactly("neglect");
            assertThat(summary("Her insulin had not been collected for weeks.").harmTypes()).containsExactly("neglect");
        }
    }

    @Nested
    class YearsAndParents {
        @Test
        void theYearOfAnOldConvictionIsNoIncidentYear() {
            assertThat(summary("The stepfather had a conviction for sexual offences against a child in 1998.")
                    .incidentYear()).isNull();
        }

        @Test
        void sentToPrisonAndDrankHeavily() {
            assertThat(summary("His father had recently been sent to prison. Ben's mother drank heavily.").riskFactors())
                    .containsExactly("parental_alcohol_misuse", "parental_criminality");
        }
    }

    @Nested
    class BatchF {
        @Test
        void drugsHiddenOnTheChildsBodyAndRisksOutsideTheHome() {
            assertThat(summary("She was found with heroin hidden on her body.").harmTypes())
                    .containsExactly("child_criminal_exploitation", "extra_familial_harm");
            assertThat(summary("She was subject to a plan because of risks outside the home.").harmTypes())
                    .containsExactly("extra_familial_harm");
        }

        @Test
        void foundWanderingAloneIsNeglect() {
            assertThat(summary("The youngest child was found wandering alone in the street at night.").harmTypes())
                    .containsExactly("neglect");
        }

        @Test
        void parentsWhoBothHadLearningDisabilitiesAreNotADisabledChild() {
            ReviewFacts facts = summary("Her parents, who both had learning disabilities, had not understood the advice.");
            assertThat(facts.childContext()).isEmpty();
            assertThat(facts.riskFactors()).containsExactly("parental_learning_disability");
        }

        @Test
        void aSiblingsSpecialGuardianshipIsNotTheChilds() {
            assertThat(summary("His half-brother lived with his grandparents under a special guardianship order.")
                    .childContext()).isEmpty();
        }

        @Test
        void violenceTowardsWomenAndNoFamilySupport() {
            assertThat(summary("The father had a history of violence towards women. The family had no family support.")
                    .riskFactors()).containsExactly("domestic_abuse", "social_isolation");
        }
    }

    @Nested
    class BatchG {
        @Test
        void untreatedConditionsAndWeightLossAreNeglectButAParentsUntreatedDepressionIsNot() {
            assertThat(summary("She was found to have untreated head lice.").harmTypes()).containsExactly("neglect");
            assertThat(summary("She had lost a significant amount of weight.").harmTypes()).containsExactly("neglect");
            assertThat(summary("Her mother had untreated depression.").harmTypes()).isEmpty();
        }

        @Test
        void aParentKilledInFrontOfTheChildIsNotTheChildsDeath() {
            assertThat(summary("A 4-year-old girl was at home when her father killed her mother in 2020.").outcome())
                    .isNotEqualTo("death");
        }

        @Test
        void aMoveIsNoOtherMomentForTheYear() {
            assertThat(summary("She was exploited by adults who moved into her flat in 2022.").incidentYear())
                    .isEqualTo(2022);
        }

        @Test
        void anEthnicityBeforeStudent() {
            assertThat(summary("A 16-year-old Chinese international student took her own life.").ethnicity())
                    .isEqualTo("Chinese");
        }

        @Test
        void aChildMarriedToAnAdultButNotAParentsMarriage() {
            assertThat(summary("She was found to have been married in a religious ceremony to a 24-year-old man.")
                    .harmTypes()).containsExactly("fgm_honour_based_abuse");
            assertThat(summary("Her mother was married to a man who had convictions.").harmTypes()).isEmpty();
        }

        @Test
        void drinkDrivingWithTheChildrenAndFarFromRelatives() {
            assertThat(summary("The car crashed while she was driving under the influence of alcohol.").harmTypes())
                    .containsExactly("neglect");
            assertThat(summary("The family lived far from relatives.").riskFactors()).containsExactly("social_isolation");
        }
    }
}
