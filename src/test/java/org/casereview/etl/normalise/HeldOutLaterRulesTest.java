package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rules found by held-out batches h to m: one example per rule and its counter-example. */
class HeldOutLaterRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Nested
    class BatchH {
        @Test
        void injuriesFromAnAccidentNamedRightAfterThemAreNoAbuse() {
            assertThat(summary("Life-changing injuries to a 13-year-old boy who was hit by a train in 2022.").harmTypes())
                    .isEmpty();
            assertThat(summary("Serious injuries to a 13-year-old boy in 2022.").harmTypes()).containsExactly("physical_abuse");
        }

        @Test
        void aCarerWhoDiedIsNotTheChildsDeath() {
            assertThat(summary("A 2-year-old boy was found alone with his grandmother, who had died several days earlier.")
                    .outcome()).isEqualTo("serious_harm");
        }

        @Test
        void physicalPunishmentNeverSeenADoctorAndCutOffContact() {
            ReviewFacts facts = summary("He disclosed physical punishment and that he had never seen a doctor. "
                    + "The family had cut off contact with relatives.");
            assertThat(facts.harmTypes()).containsExactly("physical_abuse", "neglect");
            assertThat(facts.riskFactors()).containsExactly("social_isolation");
        }

        @Test
        void neverAttendedSchoolAndAControllingRelationship() {
            assertThat(summary("She had never attended school.").childContext()).containsExactly("not_in_school");
            assertThat(summary("She had been in a controlling relationship with him.").riskFactors())
                    .containsExactly("domestic_abuse");
        }
    }

    @Nested
    class BatchI {
        @Test
        void accommodatedOrPlacedByTheLocalAuthorityIsLookedAfter() {
            assertThat(summary("She was accommodated by the local authority in 2012.").childContext())
                    .containsExactly("looked_after");
            assertThat(summary("She had been placed out of area by the local authority.").childContext())
                    .containsExactly("looked_after");
        }

        @Test
        void aMothersSuicideIsNotTheChildsDeath() {
            ReviewFacts facts = summary("A 10-year-old girl was found living alone in 2020 after her mother died by suicide.");
            assertThat(facts.outcome()).isNotEqualTo("death");
            assertThat(facts.harmTypes()).doesNotContain("self_harm_suicide");
        }
    }

    @Nested
    class BatchJAges {
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
        void oneOfTwinsIsOneChild() {
            assertThat(summary("Baby Z, one of twins born prematurely, died at 9 weeks old.").nChildren()).isEqualTo(1);
        }
    }

    @Nested
    class BatchJPeople {
        @Test
        void himAfterTheFatherIsTheChild() {
            assertThat(summary("Fatal head injuries to a baby. The father admitted shaking him.").sex()).isEqualTo("male");
        }

        @Test
        void pronounsBeforeKinWordsDecideWhenPronounsDisagree() {
            assertThat(summary("Child Z died from injuries caused by her mother's partner. Her mother had left her in "
                    + "his care.").sex()).isEqualTo("female");
        }

        @Test
        void aMothersOverdoseRightBeforeIsNotTheChilds() {
            assertThat(summary("A boy was found with his mother after she had taken an overdose.").harmTypes())
                    .doesNotContain("poisoning_ingestion", "self_harm_suicide");
        }

        @Test
        void anOffenceNamedIsNoHarmToTheChild() {
            assertThat(summary("Their father had been imprisoned for assault.").harmTypes()).isEmpty();
        }

        @Test
        void stoppedTreatmentAndDrugTreatmentProgramme() {
            assertThat(summary("His parents stopped his chemotherapy.").harmTypes()).containsExactly("neglect");
            assertThat(summary("Both parents were in a drug treatment programme.").riskFactors())
                    .containsExactly("parental_substance_misuse");
        }
    }

    @Nested
    class BatchK {
        @Test
        void aParentPreviouslyConvictedIsCriminalityButAConvictionForThisHarmIsNot() {
            assertThat(summary("Sexual abuse of a boy by his father, who had been previously convicted of possessing "
                    + "indecent images.").riskFactors()).containsExactly("parental_criminality");
            assertThat(summary("Death of a boy in 2016. His mother's boyfriend was later convicted of manslaughter.")
                    .riskFactors()).isEmpty();
        }
    }

    @Nested
    class BatchL {
        @Test
        void aNegationEndsAtAndWithANewSubject() {
            assertThat(summary("Her mother did not believe her and she was placed with foster carers.").childContext())
                    .containsExactly("foster_care");
            assertThat(summary("She was not placed with foster carers.").childContext()).isEmpty();
        }

        @Test
        void sleepingInHerParentsBed() {
            assertThat(summary("She died aged 8 weeks while sleeping in her parents' bed.").riskFactors())
                    .containsExactly("co_sleeping");
        }

        @Test
        void pushedIntoARiverByAManSexuallyExploitingHer() {
            assertThat(summary("She was pushed into a river by a man who had been sexually exploiting her.").harmTypes())
                    .containsExactly("physical_abuse", "child_sexual_exploitation");
        }
    }

    @Nested
    class BatchM {
        @Test
        void aChildPlacedFarFromHerFamilyIsNoFamilyIsolation() {
            assertThat(summary("She had been placed in a children's home 60 miles from her family.").riskFactors()).isEmpty();
        }

        @Test
        void attackedByAGroupOfYoungPeopleButNotByADog() {
            assertThat(summary("He was attacked by a group of young people in 2023.").harmTypes())
                    .containsExactly("physical_abuse", "extra_familial_harm");
            assertThat(summary("She died after being attacked by a dog.").harmTypes()).isEmpty();
        }
    }

    @Nested
    class BatchN {
        @Test
        void lockedInABedroomWithNoLightFoodOrToilet() {
            assertThat(summary("He was found locked in a bedroom with no light, food or toilet.").harmTypes())
                    .containsExactly("emotional_abuse", "neglect");
        }

        @Test
        void hitByAParentFigureButNotByACar() {
            assertThat(summary("She was repeatedly hit and threatened by her mother's partner.").harmTypes())
                    .containsExactly("physical_abuse");
            assertThat(summary("He was hit by a car while riding his bike.").harmTypes()).isEmpty();
        }
    }

    @Nested
    class BatchO {
        @Test
        void threwHerAgainstAWall() {
            assertThat(summary("Her father threw her against a wall during an argument.").harmTypes())
                    .containsExactly("physical_abuse");
        }

        @Test
        void aChildAdmittedWeighingFewKilograms() {
            assertThat(summary("A 9-year-old boy was admitted to hospital in 2021 weighing 15kg.").harmTypes())
                    .containsExactly("neglect");
        }
    }
}
