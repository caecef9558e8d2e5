package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The harm types a summary names: which words set which code, and when the harm is someone else's. One example per rule and its counter-example. */
class HarmTypeRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts entry(String title, String childName, String summary) {
        return NORMALISER.normalise(new ReviewText(title, childName, summary, null, null, null, null, null, null, null));
    }

    private static ReviewFacts summary(String summary) {
        return entry("Child Z: Child safeguarding practice review", "Child Z", summary);
    }

    @Test
    void injuriesFromAnAccidentNamedRightAfterThemAreNoAbuseButOtherHarm() {
        // DATA-MODEL.md has no code of its own for a collision or an accident with a vehicle: other (issue 10)
        assertThat(summary("Life-changing injuries to a 13-year-old boy who was hit by a train in 2022.").harmTypes())
                .containsExactly("other");
        assertThat(summary("Serious injuries to a 13-year-old boy in 2022.").harmTypes()).containsExactly("physical_abuse");
    }

    @Test
    void physicalPunishmentNeverSeenADoctorAndCutOffContact() {
        ReviewFacts facts = summary("He disclosed physical punishment and that he had never seen a doctor. "
                + "The family had cut off contact with relatives.");
        assertThat(facts.harmTypes()).containsExactly("physical_abuse", "neglect");
        assertThat(facts.riskFactors()).containsExactly("social_isolation");
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

    @Test
    void pushedIntoARiverByAManSexuallyExploitingHer() {
        assertThat(summary("She was pushed into a river by a man who had been sexually exploiting her.").harmTypes())
                .containsExactly("physical_abuse", "child_sexual_exploitation");
    }

    @Test
    void attackedByAGroupOfYoungPeopleButNotByADog() {
        assertThat(summary("He was attacked by a group of young people in 2023.").harmTypes())
                .containsExactly("physical_abuse", "extra_familial_harm");
        assertThat(summary("She died after being attacked by a dog.").harmTypes()).isEmpty();
    }

    @Test
    void lockedInABedroomWithNoLightFoodOrToilet() {
        assertThat(summary("He was found locked in a bedroom with no light, food or toilet.").harmTypes())
                .containsExactly("emotional_abuse", "neglect");
    }

    @Test
    void hitByAParentFigureButNotByACar() {
        assertThat(summary("She was repeatedly hit and threatened by her mother's partner.").harmTypes())
                .containsExactly("physical_abuse");
        assertThat(summary("He was hit by a car while riding his bike.").harmTypes()).containsExactly("other");
    }

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
            "Death of a 13-year-old girl after she took ecstasy at a party.|poisoning_ingestion",
            "A 15-year-old boy was taken to hospital when he took tablets he had bought online.|poisoning_ingestion",
            "The baby was neglected after his mother took heroin again.|neglect",
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
    void untreatedConditionsAndWeightLossAreNeglectButAParentsUntreatedDepressionIsNot() {
        assertThat(summary("She was found to have untreated head lice.").harmTypes()).containsExactly("neglect");
        assertThat(summary("She had lost a significant amount of weight.").harmTypes()).containsExactly("neglect");
        assertThat(summary("Her mother had untreated depression.").harmTypes()).isEmpty();
    }

    @Test
    void aChildMarriedToAnAdultButNotAParentsMarriage() {
        assertThat(summary("She was found to have been married in a religious ceremony to a 24-year-old man.")
                .harmTypes()).containsExactly("fgm_honour_based_abuse");
        assertThat(summary("Her mother was married to a man who had convictions.").harmTypes()).isEmpty();
    }

    @Test
    void drinkDrivingWithTheChildrenAndFarFromRelatives() {
        // session 40, the lead's decision: the crash from the carer's own impaired driving is neglect alone
        assertThat(summary("The car crashed while she was driving under the influence of alcohol.").harmTypes())
                .containsExactly("neglect");
        assertThat(summary("The family lived far from relatives.").riskFactors()).containsExactly("social_isolation");
    }

    @Test
    void aBabyFoundUnresponsiveAfterSleepingIsASuddenUnexpectedDeath() {
        assertThat(entry("Baby HD: Child safeguarding practice review", "Baby HD",
                "Death of a 9-week-old baby boy in 2023 who was found unresponsive after sleeping in a bouncer chair overnight.")
                .harmTypes()).containsExactly("sudden_unexpected_infant_death");
    }

    @Test
    void aBabyFoundUnresponsiveWithNoWordOfSleepIsNot() {
        assertThat(entry("Baby HD: Child safeguarding practice review", "Baby HD",
                "Death of a 9-week-old baby boy in 2023 who was found unresponsive in the kitchen.").harmTypes())
                .doesNotContain("sudden_unexpected_infant_death");
    }

    @Test
    void aChildConvictedOfMurderWasNotPhysicallyAbused() {
        assertThat(summary("A 15-year-old boy was convicted of murder in 2022.").harmTypes()).isEmpty();
        assertThat(summary("A 2-year-old boy whose father was convicted of murder.").harmTypes())
                .containsExactly("physical_abuse");
    }

    @Test
    void deathAtTheHandsOfAParentIsPhysicalAbuse() {
        assertThat(summary("Death of a 7-year-old boy at the hands of his mother.").harmTypes())
                .containsExactly("physical_abuse");
    }

    @Test
    void aMotherWhoKilledHerChildrenAndThenHerselfIsNoSuicideOfTheChildren() {
        ReviewFacts facts = summary("Deaths of two brothers in 2019. Their mother killed them and then took her own life.");
        assertThat(facts.harmTypes()).containsExactly("physical_abuse");
    }

    @Test
    void killingAnAdultRelativeIsNotTheChildsPhysicalAbuse() {
        assertThat(summary("Her father killed her mother in 2019.").harmTypes()).isEmpty();
    }

    @Test
    void theAssaultNamedAgainIsNotASecondHarm() {
        assertThat(summary("A girl was sexually assaulted in 2022 and the assault was filmed and shared.").harmTypes())
                .containsExactly("sexual_abuse", "online_harm");
    }

    /**
     * Issue 9 (digests b21, kind 6): "abuse and exploitation" coordinated after "sexual" is sexual exploitation too,
     * not when another kind of exploitation is named ("sexual abuse and criminal exploitation"), nor a parent's own
     * history. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 15-year-old boy was sexually abused and exploited by a gang of adult men in 2021.|true",
            "Sexual harm and exploitation of two sisters aged 13 and 15 between 2019 and 2021.|true",
            "She had been sexually assaulted and exploited by older boys she met in a park.|true",
            "Sexual abuse and criminal exploitation of a 16-year-old boy in 2022.|false",
            "Neglect of a 3-year-old boy in 2021. His mother had been sexually abused and exploited as a teenager.|false",
    })
    void sexualAbuseAndExploitationCoordinated(String text, boolean sexualExploitation) {
        assertThat(summary(text).harmTypes().contains("child_sexual_exploitation")).isEqualTo(sexualExploitation);
    }

    /**
     * Issue 9 (digests b21, kind 6): an adult who fell asleep with the baby, in whichever order the place and the baby
     * are named (on a sofa, in an armchair, in bed), is co-sleeping, and the baby's death then a sudden unexpected
     * infant death; an adult asleep while the baby was elsewhere is neither. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 6-week-old girl died in 2022. Her father had fallen asleep in an armchair holding her.|true",
            "Death of twin boys aged 3 weeks in 2023 after their mother fell asleep in bed with them.|true",
            "Baby RT, aged 8 weeks, died in 2020 when her mother fell asleep on a settee while cuddling her.|true",
            "A 7-week-old boy died in 2021 after his father fell asleep on the sofa with his son on his chest.|true",
            "Death of a 2-month-old boy in 2022. His mother fell asleep in an armchair while the baby was in his cot.|false",
            "A 3-year-old boy drowned in 2020 after his father fell asleep on the sofa after drinking.|false",
    })
    void fellAsleepWithTheBabyIsCoSleeping(String text, boolean coSleeping) {
        ReviewFacts facts = summary(text);
        assertThat(facts.riskFactors().contains("co_sleeping")).isEqualTo(coSleeping);
        assertThat(facts.harmTypes().contains("sudden_unexpected_infant_death")).isEqualTo(coSleeping);
    }

    /**
     * Issue 9 (digests b22, Baby AX): the place named first, the adult asleep on it in a relative clause ("found on a
     * sofa where his father had fallen asleep while feeding him"). Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 5-week-old boy died in 2023. He was found on a settee where his mother had fallen asleep while feeding him.|true",
            "Death of a 9-week-old girl in 2021, found unresponsive in the bed where her father had fallen asleep cuddling her.|true",
            "A 4-week-old boy died in 2022 on an armchair on which his father had fallen asleep holding him.|true",
            "A 6-week-old girl died in 2022 in her cot in the room where her mother had fallen asleep watching television.|false",
    })
    void thePlaceWhereAnAdultFellAsleepWithTheBabyIsCoSleeping(String text, boolean coSleeping) {
        ReviewFacts facts = summary(text);
        assertThat(facts.riskFactors().contains("co_sleeping")).isEqualTo(coSleeping);
        assertThat(facts.harmTypes().contains("sudden_unexpected_infant_death")).isEqualTo(coSleeping);
    }

    @Test
    void forcedWorkOnACannabisFarmIsCriminalExploitationAndSeriousHarm() {
        ReviewFacts facts = summary("A 15-year-old boy went missing from care in 2022 and was later discovered "
                + "tending plants in a cannabis farm in another county.");
        assertThat(facts.harmTypes()).contains("child_criminal_exploitation");
        assertThat(facts.outcome()).isEqualTo("serious_harm");
        assertThat(summary("A 15-year-old boy was neglected in 2022. Police had found a cannabis farm in a flat "
                + "his father rented.").harmTypes()).doesNotContain("child_criminal_exploitation");
    }

    @Test
    void theWordOnlineAloneIsNoOnlineHarm() {
        assertThat(summary("A 13-year-old boy took his own life in 2021. He had posted to classmates online that he "
                + "felt alone.").harmTypes()).doesNotContain("online_harm");
        assertThat(summary("A 16-year-old girl was seen by her GP in 2021 after she had ordered diet pills online.")
                .harmTypes()).doesNotContain("online_harm");
        assertThat(summary("A 13-year-old boy was blackmailed online by a stranger in 2021.").harmTypes())
                .contains("online_harm");
        assertThat(summary("A 12-year-old girl met a 30-year-old man online in 2021 who later abused her.")
                .harmTypes()).contains("online_harm");
        assertThat(summary("Online bullying of a 12-year-old girl in 2021.").harmTypes()).contains("online_harm");
    }

    /**
     * Issue 9 (digests b23, Baby LH): a shared bed or sofa with words between the verb and the place ("sharing an
     * adult bed", "shared a narrow sofa", "sharing her parents' double bed") is co-sleeping, and an infant's death
     * then a sudden unexpected infant death; a shared bedroom is not, nor a sudden death in a cot after the parents
     * had been drinking. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 5-week-old girl died unexpectedly in 2022 after sharing her parents' double bed overnight.|true",
            "A 3-month-old boy died in 2021 when he shared a narrow sofa with his father, who had taken cocaine.|true",
            "An 8-week-old boy was found dead in 2024, having shared the large family bed with his mother and two siblings.|true",
            "A 10-week-old girl died in 2023 while sharing an old mattress on the floor with her mother.|true",
            "A 7-week-old girl died suddenly in her Moses basket in 2023; she shared a bedroom with her parents, who had been drinking.|false",
            "A 9-week-old boy died suddenly in his cot in 2022. His parents had been drinking at a party that evening.|false",
    })
    void aSharedBedOrSofaWithWordsBetweenIsCoSleeping(String text, boolean coSleeping) {
        ReviewFacts facts = summary(text);
        assertThat(facts.riskFactors().contains("co_sleeping")).isEqualTo(coSleeping);
        assertThat(facts.harmTypes().contains("sudden_unexpected_infant_death")).isEqualTo(coSleeping);
    }

    @Test
    void aSharedBedIsNoSuddenInfantDeathOfAnOlderChildOrAnInjuredBaby() {
        assertThat(summary("A 2-year-old boy died in 2023 after sharing an adult bed with his father, who had been "
                + "drinking.").harmTypes()).doesNotContain("sudden_unexpected_infant_death");
        assertThat(summary("A 4-month-old boy died of a head injury in 2022. His 3-year-old sister shared a double bed "
                + "with their mother.").harmTypes()).doesNotContain("sudden_unexpected_infant_death");
    }

    /**
     * Issue 9 (digests b23, Child JH): radicalisation named by what shows it, not the word itself (extremist
     * material or views, a referral to Prevent, a Channel panel, acts of terrorism): other harm, and so serious harm.
     * A parent's extremist views or Prevent referral, and the verb "prevent", are not. Invented phrasings, written
     * before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 14-year-old girl was found in 2022 to have downloaded extremist propaganda and to be in contact with a group abroad.|true",
            "Child Z, aged 16, was referred to Prevent in 2021 after teachers heard him repeating far-right views.|true",
            "A 13-year-old boy was discussed at a Channel panel in 2023 because of his growing interest in extremist ideology.|true",
            "A 17-year-old boy was convicted in 2022 of preparing acts of terrorism after adults had groomed him in chat groups.|true",
            "A 12-year-old girl was found living in a cold flat in 2020. Her father held extremist views and had been referred to Prevent.|false",
            "A 15-year-old boy was seen by his GP in 2021. Nothing was done to prevent his access to the family's medicines.|false",
    })
    void radicalisationNamedByWhatShowsItIsOtherHarm(String text, boolean radicalised) {
        ReviewFacts facts = summary(text);
        assertThat(facts.harmTypes().contains("other")).isEqualTo(radicalised);
        assertThat(facts.outcome().equals("serious_harm")).isEqualTo(radicalised);
    }

    /**
     * Issue 9 (digests b23, Amir): a missing child found working for others, or made to work (a car wash, a nail bar,
     * a takeaway, a building site), is criminal exploitation whatever the place; a parent or a brother found working
     * there, and a child's own weekend job, are not. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 14-year-old girl who went missing from care in 2021 was traced to a nail bar in another city, where she had been made to work.|true",
            "A 16-year-old boy from Vietnam was discovered labouring on a building site in 2023, three weeks after he left his foster home.|true",
            "An unaccompanied 15-year-old boy was found by police working at a takeaway in 2022, a month after he went missing.|true",
            "A 13-year-old boy was forced to work long hours in a hand car wash in 2020.|true",
            "A 15-year-old boy was neglected in 2022. His father had been found working in a car wash without papers.|false",
            "A 15-year-old boy was neglected in 2022. His older brother was found working on a building site.|false",
            "A 16-year-old girl who had a weekend job at a car wash took her own life in 2021.|false",
    })
    void aChildFoundOrMadeToWorkForOthersIsCriminalExploitation(String text, boolean exploited) {
        ReviewFacts facts = summary(text);
        assertThat(facts.harmTypes().contains("child_criminal_exploitation")).isEqualTo(exploited);
        if (exploited) {
            assertThat(facts.outcome()).isEqualTo("serious_harm");
        }
    }

    /**
     * Issue 9 (digests b23, Child AH): a child used, paid or sent to move drugs for others, with the child named
     * between the verb and "to" ("using him to carry drugs", "paid a 13-year-old girl to hold cocaine"), or drugs
     * carried between towns, is criminal exploitation; a parent's or brother's drug running is not, nor a child
     * running from older youths with nothing said of drugs. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 15-year-old boy was arrested in 2022 in a seaside town, where older men had been using him to sell cocaine.|true",
            "Two adults paid a 13-year-old girl to hold heroin in her school bag in 2021.|true",
            "A 14-year-old boy was stopped by police in 2023 carrying crack cocaine from London to a coastal town.|true",
            "A 16-year-old boy had been sent by a gang to deliver drugs across three counties before he was stabbed in 2020.|true",
            "A 12-year-old girl was neglected in 2021. Her father had been convicted of carrying drugs between towns.|false",
            "A 12-year-old girl was neglected in 2021. Her older brother had been paid to carry drugs between cities.|false",
            "A 14-year-old boy was hit by a van in 2024 while running away from two older youths.|false",
    })
    void aChildUsedToMoveDrugsIsCriminalExploitation(String text, boolean exploited) {
        assertThat(summary(text).harmTypes().contains("child_criminal_exploitation")).isEqualTo(exploited);
    }

    /**
     * Issue 9 (realistic-phrasings-3): an injury whose accident is named right after it (a fall from a height,
     * something swallowed) is no physical abuse, nor a fire started by a thing; a fire a person started is. Held-out
     * phrasings, none of the batch's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Serious injuries to a 3-year-old girl who swallowed button batteries in 2021.|poisoning_ingestion",
            "Injuries to a 20-month-old boy in 2020 who fell from a third-floor balcony.|",
            "Serious injury of a toddler who had fallen from an upstairs window.|",
            "The flat fire was started by a faulty tumble dryer.|",
            "A fire was lit by a candle in the hallway.|",
            "The fire was started by their mother's former partner.|physical_abuse",
            "The house fire had been set by a 15-year-old neighbour.|physical_abuse",
            "Serious injuries to a 4-month-old boy who was shaken by his father.|physical_abuse; non_accidental_head_injury",
    })
    void anAccidentNamedAfterAnInjuryOrAFireStartedByAThingIsNoAbuse(String text, String codes) {
        assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
    }

    /** Issue 9: a child left somewhere unattended ("left in the bath unattended") is neglect; held-out phrasings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Child Z was left in the bath unattended for twenty minutes.|neglect",
            "She had been left on the balcony unsupervised.|neglect",
            "They were found at the park alone at midnight.|neglect",
            "She was left in the care of her aunt.|",
            "He was not left in the house alone.|",
    })
    void aChildLeftSomewhereUnattendedIsNeglect(String text, String codes) {
        assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
    }

    /** Issue 9 (realistic-phrasings-3): the category of a brother's or sister's plan is not the child's harm; held-out. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Child Z's older sister had been on a child protection plan under the category of neglect.|",
            "His two brothers were subject to child protection plans for emotional abuse.|",
            "Her half-brother had been registered for physical abuse in 2015.|",
            "Child Z was on a child protection plan for neglect.|neglect",
            "Child Z and her sister were on child protection plans for neglect.|neglect",
    })
    void theCategoryOfASiblingsPlanIsNotTheChildsHarm(String text, String codes) {
        assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
    }

    /**
     * Issue 9 (digests b24): a head or brain injury whose accident or lapse of supervision is named right after it
     * (left alone or unattended somewhere, a near-drowning) is no inflicted head injury; left alone with a person
     * is no accident. Held-out phrasings, none of the batch's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 9-month-old boy sustained a head injury when he was left unattended on a changing table.|neglect",
            "An 11-month-old girl had a serious head injury after being left alone on a high bed.|neglect",
            "Brain injury to a 2-year-old girl who nearly drowned in a paddling pool in 2021.|",
            "A baby suffered a brain injury after he was left alone with his mother's new partner.|physical_abuse; non_accidental_head_injury; neglect",
            "A 5-month-old girl was found to have a subdural haemorrhage and rib fractures.|physical_abuse; non_accidental_head_injury",
    })
    void aHeadInjuryFromAnAccidentOrBeingLeftUnattendedIsNoInflictedInjury(String text, String codes) {
        assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
    }

    /**
     * Issue 9 (digests b24): domestic servitude (a child kept as a servant, made to do a household's cleaning or cooking)
     * is coded other, as trafficking and modern slavery are; not a parent's or a sibling's; held-out phrasings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 13-year-old girl brought from Ghana was kept as a domestic servant by her carers.|other",
            "From 2020 he was forced to do all the cooking and cleaning for the household.|other",
            "She was held in domestic servitude by a couple she lived with.|other",
            "Her mother had been forced to cook and clean for her in-laws.|",
            "His older sister was treated as an unpaid maid by their aunt.|",
            "There was no evidence that she was made to do housework for the family.|",
    })
    void domesticServitudeIsOtherHarm(String text, String codes) {
        assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
    }

    /**
     * Issue 9 (digests b24): a child chased or pursued by young men or a gang is harm outside the home, and a debt owed to
     * them is criminal exploitation; not a parent's debt or a brother's chase, nor a dog's; held-out phrasings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "He fell from a bridge in 2023 while running from a group of older boys he owed money to.|child_criminal_exploitation; extra_familial_harm",
            "A 16-year-old was hurt in 2021 when he was pursued by three men to whom he owed a debt.|child_criminal_exploitation; extra_familial_harm",
            "A 15-year-old girl was chased by a gang of youths and fell into a canal.|extra_familial_harm",
            "His father owed money to two men from the estate.|",
            "Her brother was chased by older youths he owed money to.|",
            "A 14-year-old was chased by a dog in the park.|",
    })
    void aChildChasedByYoungMenHeOwedMoneyToIsHarmOutsideTheHome(String text, String codes) {
        assertThat(String.join("; ", summary(text).harmTypes())).isEqualTo(codes == null ? "" : codes);
    }
}
