package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void everyCodeListUsesTheCodesOfTheDataModel() {
        // A code may have several rules (in a row); the list of codes is the data model's, in its order.
        assertThat(vocabulary.codeRules("harm_types").stream().map(CodeRule::code).distinct()).containsExactly(
                "physical_abuse", "non_accidental_head_injury", "sexual_abuse", "child_sexual_exploitation",
                "child_criminal_exploitation", "extra_familial_harm", "emotional_abuse", "neglect",
                "poisoning_ingestion", "self_harm_suicide", "sudden_unexpected_infant_death", "online_harm",
                "fgm_honour_based_abuse", "other");
        assertThat(vocabulary.codeRules("risk_factors").stream().map(CodeRule::code).distinct()).containsExactly(
                "domestic_abuse", "parental_mental_health", "parental_substance_misuse", "parental_alcohol_misuse",
                "parental_learning_disability", "parental_criminality", "co_sleeping", "social_isolation");
        assertThat(vocabulary.codeRules("child_context").stream().map(CodeRule::code).distinct()).containsExactly(
                "looked_after", "child_protection_plan", "child_in_need_plan", "not_in_school", "disabled", "ehcp",
                "connected_carers", "foster_care");
    }

    @Test
    void cueListsNamedByRulesExist() {
        for (String list : List.of("harm_types", "risk_factors", "child_context")) {
            for (CodeRule rule : vocabulary.codeRules(list)) {
                rule.notNear().forEach(cue -> assertThat(vocabulary.cue(cue)).isNotNull());
                rule.notBefore().forEach(cue -> assertThat(vocabulary.cue(cue)).isNotNull());
                if (rule.requires() != null) {
                    assertThat(vocabulary.cue(rule.requires())).isNotNull();
                }
            }
        }
    }

    @Nested
    class Phrases {
        @Test
        void spaceMatchesHyphenAndLineBreak() {
            Pattern phrase = PhrasePatterns.phrase("co sleeping");
            assertThat(phrase.matcher("co-sleeping").find()).isTrue();
            assertThat(phrase.matcher("Co-\nsleeping").find()).isTrue();
            assertThat(phrase.matcher("co sleeping").find()).isTrue();
        }

        @Test
        void optionalSpaceMatchesNoSeparator() {
            assertThat(PhrasePatterns.phrase("bed ?sharing").matcher("bedsharing").find()).isTrue();
            assertThat(PhrasePatterns.phrase("bed ?sharing").matcher("bed-sharing").find()).isTrue();
        }

        @Test
        void acronymsAreCaseSensitive() {
            assertThat(PhrasePatterns.phrase("SEND").matcher("a child with SEND").find()).isTrue();
            assertThat(PhrasePatterns.phrase("SEND").matcher("to send a referral").find()).isFalse();
        }

        @Test
        void wordsAreWholeWords() {
            assertThat(PhrasePatterns.phrase("rap(?:e|ed)").matcher("a good rapport").find()).isFalse();
            assertThat(PhrasePatterns.phrase("rap(?:e|ed)").matcher("she was raped").find()).isTrue();
        }

        @Test
        void curlyApostrophesMatch() {
            assertThat(PhrasePatterns.phrase("children's home").matcher("a children\u2019s home").find()).isTrue();
        }
    }
}
