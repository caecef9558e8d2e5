package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Harm types, risk factors and child context: phrases, negations, other people and evidence. */
class CodeListNormaliserTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Nested
    class HarmTypes {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Injuries to a 6-week-old child, including a fractured skull and a shaking injury.|physical_abuse; non_accidental_head_injury",
                "Death of a baby from a head injury.|physical_abuse; non_accidental_head_injury",
                "Sexual abuse, sexual exploitation and rape of a girl.|sexual_abuse; child_sexual_exploitation",
                "Children lived with physical and emotional abuse and neglect.|physical_abuse; emotional_abuse; neglect",
                "Criminal exploitation of a boy involved in county lines.|child_criminal_exploitation; extra_familial_harm",
                "Knife injury to a 17-year-old boy.|physical_abuse; extra_familial_harm",
                "Ingestion of methadone by a toddler.|poisoning_ingestion",
                "Suicide of a 14-year-old boy who had self-harmed.|self_harm_suicide",
                "Sudden unexpected death of a 6-week-old baby.|sudden_unexpected_infant_death",
                "A girl was groomed online through social media.|online_harm",
                "Concerns about honour-based violence and FGM.|fgm_honour_based_abuse",
                "Fabricated or induced illness in a 7-year-old boy.|other",
                "Death of a baby from dehydration.|neglect",
                "Ellie suffered retinal haemorrhages.|physical_abuse; non_accidental_head_injury",
                "A 15-year-old boy was shot in a park.|extra_familial_harm",
        })
        void codesFromPhrases(String text, String codes) {
            assertThat(summary(text).harmTypes()).containsExactly(codes.split("; "));
        }

        @Test
        void readsKeywordsAndBackground() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText("2016 - Anonymous - Child BT", "Child BT",
                    "Fractures to a girl.", null, null, null, "Mother had depression.", "physical abuse, nurseries",
                    null, null));
            assertThat(facts.harmTypes()).containsExactly("physical_abuse");
            assertThat(facts.riskFactors()).containsExactly("parental_mental_health");
        }
    }

    @Nested
    class RiskFactors {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Police were called to the home for domestic abuse, and both parents used cocaine.|domestic_abuse; parental_substance_misuse",
                "Injuries inflicted by his mother who was mentally unwell.|parental_mental_health",
                "Co-sleeping with his mother on a sofa after she had been drinking alcohol.|parental_alcohol_misuse; co_sleeping",
                "The parents both had learning disabilities and father misused drugs.|parental_substance_misuse; parental_learning_disability",
                "Her father had recently been released from prison.|parental_criminality",
                "Mother had agoraphobia and the family had no contact with relatives.|parental_mental_health; social_isolation",
                "The children were forced to take drugs and alcohol by their abusers.|-",
                "Baby L was found after sleeping in an adult bed with both parents, who had consumed alcohol and cannabis.|parental_substance_misuse; parental_alcohol_misuse; co_sleeping",
                "The baby had been sleeping on a sofa with her father who had consumed alcohol.|parental_alcohol_misuse; co_sleeping",
                "Her father had a history of violence towards her mother.|domestic_abuse",
                "Death of a 14-year-old boy with a learning disability from pneumonia after neglect by his parents.|-",
                "Child M, who had depression, was neglected by her mother and father.|-",
                "A baby born to a mother with a learning disability was neglected by his parents.|parental_learning_disability",
        })
        void parentalFactorsNeedAParent(String text, String codes) {
            String[] expected = codes.equals("-") ? new String[0] : codes.split("; ");
            assertThat(summary(text).riskFactors()).containsExactly(expected);
        }

        @ParameterizedTest
        @CsvSource({"co-sleeping", "co sleeping", "cosleeping", "co-slept", "bed-sharing", "bed sharing"})
        void coSleepingSpellings(String words) {
            assertThat(summary("Death of a baby after " + words + " with a parent.").riskFactors()).containsExactly("co_sleeping");
        }

        @Test
        void learningTextCountsForRiskFactors() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText("Child P1: Serious case review", "Child P1",
                    "Injuries to a 6-week-old child.", "the rule of optimism; co-sleeping was a continuing concern",
                    null, null, null, null, null, null));
            assertThat(facts.riskFactors()).containsExactly("co_sleeping");
        }

        @Test
        void generalLearningAboutParentsSetsNoParentalFactor() {
            ReviewFacts facts = NORMALISER.normalise(new ReviewText("Child Y: Serious case review", "Child Y",
                    "Neglect of a 4-year-old boy.", "the impact of parental mental health and substance misuse on children",
                    null, null, null, null, null, null));
            assertThat(facts.riskFactors()).isEmpty();
        }

        @Test
        void domesticAloneIsNotDomesticAbuse() {
            assertThat(summary("The review found the domestic setting chaotic.").riskFactors()).isEmpty();
        }
    }

    @Nested
    class ChildContext {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Child V had been subject to a child protection plan until March 2020.|child_protection_plan",
                "Siblings had child protection plans which became child in need plans.|child_protection_plan; child_in_need_plan",
                "A girl abused whilst she was looked after by the local authority.|looked_after",
                "Liam was in the care of the local authority, placed with his mother.|looked_after",
                "A girl who had been in local authority care since 2017.|looked_after",
                "The boy had been excluded from school.|not_in_school",
                "A girl who had not attended school for two years.|not_in_school",
                "Three of the children had physical disabilities.|disabled",
                "A boy with an Education, Health and Care Plan (EHCP).|ehcp",
                "He was placed into foster care and later lived with connected carers.|looked_after; connected_carers; foster_care",
                "The children were left in the care of unsuitable adults.|-",
                "Baby BW's parents both had learning disabilities.|-",
                "Her parents struggled to care for their disabled son.|disabled",
                "The injuries resulted in significant disabilities for Alex.|-",
                "She was looked after by her grandmother.|-",
                "Baby O's mother was 17 and was herself a looked after child.|-",
                "Mother was 16 years old and had been in foster care.|-",
        })
        void contextCodes(String text, String codes) {
            String[] expected = codes.equals("-") ? new String[0] : codes.split("; ");
            assertThat(summary(text).childContext()).containsExactly(expected);
        }
    }

    @Nested
    class Negations {
        @Test
        void negatedPhrasesSetNoCode() {
            ReviewFacts facts = summary("There were no previous concerns regarding the connected carer family. "
                    + "There was no evidence of sexual abuse. She had never been subject to a child protection plan.");
            assertThat(facts.childContext()).isEmpty();
            assertThat(facts.harmTypes()).isEmpty();
        }

        @Test
        void harmToAnotherPersonLongAgoSetsNoCode() {
            assertThat(summary("Neglect of a boy. His mother had been sexually abused as a child.").harmTypes())
                    .containsExactly("neglect");
        }

        @Test
        void negationEndsAtANewVerb() {
            assertThat(summary("Mother did not engage with services and used cocaine.").riskFactors())
                    .containsExactly("parental_substance_misuse");
        }

        @Test
        void negationCoversAList() {
            assertThat(summary("A boy was injured. There were no concerns about neglect and emotional abuse.").harmTypes())
                    .isEmpty();
        }

        @Test
        void harmOfAParentIsNotTheChilds() {
            assertThat(summary("Death of a 2-year-old child. Child P's mother had died of a drugs overdose the previous year.")
                    .harmTypes()).isEmpty();
        }

        @Test
        void oneAffirmedMentionIsEnough() {
            assertThat(summary("The boy lived with connected carers. There were no concerns regarding the connected carers.")
                    .childContext()).containsExactly("connected_carers");
        }
    }

    @Nested
    class EvidenceKept {
        @Test
        void everyCodeAndScalarKeepsItsWords() {
            ReviewFacts facts = summary("Death of a 3-month-old girl in June 2021 from a head injury. "
                    + "Both parents used cocaine. Baby K was White British.");
            assertThat(facts.evidence()).extracting(CodeEvidence::field, CodeEvidence::code, CodeEvidence::evidence)
                    .contains(
                            tuple("review_type", "child_safeguarding_practice_review", "Child safeguarding practice review"),
                            tuple("outcome", "death", "Death"),
                            tuple("incident_year", "2021", "in June 2021"),
                            tuple("age_band", "under_1", "3-month-old"),
                            tuple("sex", "female", "girl"),
                            tuple("ethnicity", "White British", "Baby K was White British."),
                            tuple("harm_types", "non_accidental_head_injury", "head injury"),
                            tuple("harm_types", "physical_abuse", "head injury"),
                            tuple("risk_factors", "parental_substance_misuse", "cocaine"));
        }

        @Test
        void everyListCodeHasOneEvidenceRow() {
            ReviewFacts facts = summary("Neglect and emotional abuse of a boy on a child protection plan; mother had depression.");
            assertThat(facts.evidence().stream().filter(e -> e.field().equals("harm_types")).map(CodeEvidence::code))
                    .containsExactlyElementsOf(facts.harmTypes());
            assertThat(facts.evidence().stream().filter(e -> e.field().equals("child_context")).map(CodeEvidence::code))
                    .containsExactlyElementsOf(facts.childContext());
            assertThat(facts.evidence().stream().filter(e -> e.field().equals("risk_factors")).map(CodeEvidence::code))
                    .containsExactly("parental_mental_health");
        }
    }
}
