package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, second round: who the words of a summary are read for (the review_code person), harm the child did
 * to others, collisions with vehicles, violence a child saw, young adults of safeguarding adults reviews and the
 * review type words "SAR" / "DHR".
 */
class SubjectAndPersonRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts entry(String title, String childName, String summary, String background) {
        return NORMALISER.normalise(new ReviewText(title, childName, summary, null, null, null, background, null, null, null));
    }

    private static ReviewFacts summary(String summary) {
        return entry("Child Z: Child safeguarding practice review", "Child Z", summary, null);
    }

    private static CodeEvidence code(ReviewFacts facts, String field, String code) {
        return facts.evidence().stream().filter(e -> e.field().equals(field) && e.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(field + " " + code + " not set: " + facts.evidence()));
    }

    @Nested
    class ThePersonTheWordsWereReadFor {
        @Test
        void harmOutcomeAgeAndSexAreTheSubjectChilds() {
            ReviewFacts facts = summary("Death of a 7-week-old boy in 2020 from a head injury. His mother had depression.");
            assertThat(code(facts, "harm_types", "non_accidental_head_injury").person()).isEqualTo(CodeEvidence.SUBJECT_CHILD);
            assertThat(code(facts, "outcome", "death").person()).isEqualTo(CodeEvidence.SUBJECT_CHILD);
            assertThat(code(facts, "age_band", "under_1").person()).isEqualTo(CodeEvidence.SUBJECT_CHILD);
            assertThat(code(facts, "sex", "male").person()).isEqualTo(CodeEvidence.SUBJECT_CHILD);
        }

        @Test
        void aParentalFactorIsTheParentsAndOneNamingNobodyTheCarers() {
            ReviewFacts facts = summary("Neglect of a 4-year-old girl. Her mother had depression. Keywords: domestic abuse.");
            CodeEvidence mentalHealth = code(facts, "risk_factors", "parental_mental_health");
            assertThat(mentalHealth.evidence()).isEqualTo("depression");
            assertThat(mentalHealth.person()).isEqualTo(CodeEvidence.PARENT_CARER);
            assertThat(code(facts, "risk_factors", "domestic_abuse").person()).isEqualTo(CodeEvidence.PARENT_CARER);
        }

        @Test
        void aFactorOfAnotherAdultNamesThatAdult() {
            ReviewFacts facts = summary("Serious injury to a 2-year-old girl. A family friend who lived with them used cocaine.");
            assertThat(facts.riskFactors()).isEmpty();
            ReviewFacts partner = summary("Serious injury to a 2-year-old girl. The man who lived with them had been violent towards her mother.");
            assertThat(code(partner, "risk_factors", "domestic_abuse").person()).isEqualTo(CodeEvidence.OTHER_ADULT);
        }

        @Test
        void aFactorAfterAVerdictIsThePerpetrators() {
            ReviewFacts facts = summary("Death of a 3-month-old boy. He was killed by his father, who had been convicted of violence towards a former partner.");
            assertThat(code(facts, "risk_factors", "domestic_abuse").person()).isEqualTo(CodeEvidence.PERPETRATOR);
        }

        @Test
        void codesAboutTheReviewNameNoPerson() {
            ReviewFacts facts = summary("Death of a 7-week-old boy in 2020.");
            assertThat(code(facts, "review_type", "child_safeguarding_practice_review").person()).isNull();
            assertThat(code(facts, "incident_year", "2020").person()).isNull();
        }
    }

    @Nested
    class HarmTheChildDidToOthers {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Child Z, a 14-year-old girl, displayed harmful sexual behaviour towards two younger children at school in 2012.",
            "Child Z, a 12-year-old boy, sexually assaulted a younger child at a holiday club in 2023.",
            "The harmful sexual behaviour of a 15-year-old boy towards his cousins.",
            "Child Z, aged 13, sexually abused his younger sister over two years.",
            "Child Z displayed sexually harmful behaviour in his foster placement."
        })
        void isOtherHarmAndNoHarmDoneToTheChild(String text) {
            ReviewFacts facts = summary(text);
            assertThat(facts.harmTypes()).containsExactly("other");
            assertThat(facts.outcome()).isEqualTo("other");
        }

        @Test
        void harmfulSexualBehaviourAndTheChildsOwnDeath() {
            ReviewFacts facts = summary("Harmful sexual behaviour and death of 17-year-old boy in 2015 as the result of stab wounds.");
            assertThat(facts.harmTypes()).containsExactly("extra_familial_harm", "other");
            assertThat(facts.outcome()).isEqualTo("death");
        }

        @Test
        void anAssaultInTheChildsListOfOffencesIsNotAbuseOfTheChild() {
            ReviewFacts facts = summary("Death of a 16-year-old boy in 2015. He had been involved in offences with older young"
                    + " people, including the sexual assault of a 13-year-old girl.");
            assertThat(facts.harmTypes()).doesNotContain("sexual_abuse");
        }

        @Test
        void theChildsOwnAbuseStaysSexualAbuse() {
            ReviewFacts facts = summary("Child Z, a 14-year-old girl, displayed harmful sexual behaviour towards younger children."
                    + " Child Z had herself been sexually abused by an uncle when she was 8.");
            assertThat(facts.harmTypes()).containsExactlyInAnyOrder("sexual_abuse", "other");
        }

        @Test
        void behaviourOfOtherChildrenTowardsTheChildIsNotTheChilds() {
            ReviewFacts facts = summary("Sexual abuse of a 6-year-old girl by older boys who displayed harmful sexual behaviour.");
            assertThat(facts.harmTypes()).containsExactly("sexual_abuse");
            assertThat(facts.outcome()).isEqualTo("serious_harm");
        }
    }

    @Nested
    class CollisionsWithVehicles {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Death of a 9-year-old boy in a road traffic collision in 2013.|death",
            "Serious injury of a 13-year-old boy in 2012 who was hit by a car while cycling home.|serious_harm",
            "Child Z, aged 15, was seriously injured when the car he was travelling in, driven by an older friend, crashed.|serious_harm",
            "Death of a 17-year-old boy in 2016 who was hit by a train.|death",
            "A 4-year-old girl was knocked down by a van outside her home.|serious_harm",
            "Keywords: road traffic accidents, adolescents.|serious_harm"
        })
        void areOtherHarm(String text, String outcome) {
            ReviewFacts facts = summary(text);
            assertThat(facts.harmTypes()).containsExactly("other");
            assertThat(facts.outcome()).isEqualTo(outcome);
        }

        @Test
        void anAdultsCollisionIsNotTheChilds() {
            ReviewFacts facts = summary("Neglect of a 6-year-old boy after his mother was hit by a car and spent months in hospital.");
            assertThat(facts.harmTypes()).containsExactly("neglect");
        }
    }

    @Nested
    class ViolenceTheChildSaw {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Domestic homicide review into the killing of a 41-year-old woman by her adult son. Her 15-year-old daughter had witnessed the violence over several years.",
            "Death of a 52-year-old woman, Mrs E. Her 14-year-old grandson lived with them and had been exposed to years of violence.",
            "The children lived with domestic abuse for many years."
        })
        void isNoSeriousHarmOfTheChild(String text) {
            assertThat(entry("2024 - Anonymous - DHR", null, text, null).outcome()).isEqualTo("other");
        }

        @Test
        void violenceDoneToTheChildIsSeriousHarm() {
            assertThat(summary("Child Z, aged 10, suffered serious violence from her stepfather.").outcome()).isEqualTo("serious_harm");
        }

        @Test
        void aDomesticHomicideIsDomesticAbuse() {
            assertThat(entry("2024 - Anonymous - DHR", null, "Murder of a female adult victim by her husband in 2021.", null)
                    .riskFactors()).containsExactly("domestic_abuse");
            assertThat(summary("Death of a 9-year-old boy. There had been reports of violence between the parents.").riskFactors())
                    .containsExactly("domestic_abuse");
        }
    }

    @Nested
    class YoungAdultsAndAdults {
        @Test
        void theYoungAdultOfASafeguardingAdultsReviewIsTheSubject() {
            ReviewFacts facts = entry("2023 - Eastport - SAR", null, "Death of an 18-year-old woman in 2021 from an overdose of"
                    + " prescribed medication. She had been a looked after child from the age of 11.", null);
            assertThat(facts.reviewType()).isEqualTo("other");
            assertThat(facts.outcome()).isEqualTo("death");
            assertThat(facts.ageText()).isEqualTo("18-year-old");
            assertThat(facts.ageBand()).isEqualTo("18_plus");
            assertThat(facts.sex()).isEqualTo("female");
        }

        @Test
        void anAdultsAgeIsNeverTheChilds() {
            ReviewFacts facts = entry("2024 - Westhaven - DHR", null,
                    "The murder of a 34-year-old woman by her partner in 2022. Her son, aged 6, was in the house.", null);
            assertThat(facts.ageText()).isEqualTo("aged 6");
            assertThat(facts.outcome()).isNotEqualTo("death");
        }

        @Test
        void aYoungAdultsAgeComesAfterAnyChildsAge() {
            assertThat(summary("Death of Mrs E, who was killed by her 23-year-old son. Her 14-year-old grandson lived with them.")
                    .ageText()).isEqualTo("14-year-old");
            assertThat(summary("Death of a 19-year-old care leaver from an overdose. He had been exploited as a teenager.")
                    .ageText()).isEqualTo("19-year-old");
        }
    }

    @Nested
    class ReviewTypeWordsAreNoNames {
        private final DigestParser parser = new DigestParser();

        private DigestEntry only(String heading) {
            List<DigestEntry> entries = parser.parse("Case reviews published in 2023\n\n" + heading
                    + "\nDeath of an 18-year-old woman in 2021.\nLearning includes: transition planning began too late.\n").entries();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "2023 – Eastport – SAR|''|other",
            "2025 – Ridgeway – SAR: Jordan|Jordan|other",
            "2024 - Anonymous - DHR|''|domestic_homicide_review",
            "October 2014 – Westcombe - Young Person T|Young Person T|unknown",
            "December 2013 - Harrowfield - HFD21|HFD21|unknown",
            "September 2013 - Northam - Family B|Family B|unknown"
        })
        void theHeadingGivesTheNameAndTheType(String heading, String name, String type) {
            DigestEntry entry = only(heading);
            assertThat(entry.childName() == null ? "" : entry.childName()).isEqualTo(name);
            assertThat(NORMALISER.normalise(ReviewText.of(entry)).reviewType()).isEqualTo(type);
        }
    }

    @Nested
    class MoreOfTheSubjectChild {
        @Test
        void theSexFromTheBackgroundWhenTheSummaryGivesNone() {
            ReviewFacts facts = entry("December 2014 - Saltmarsh - Child BW", "Child BW", "Death of a 16-year-old in 2013.",
                    "Child BW missed many clinic appointments and her insulin was often not collected.");
            assertThat(facts.sex()).isEqualTo("female");
            assertThat(facts.harmTypes()).containsExactly("neglect");
        }

        @Test
        void theSummarysOwnSexWinsOverTheBackground() {
            assertThat(entry("Child Q", "Child Q", "Death of a 16-year-old boy.", "Her mother had depression.").sex())
                    .isEqualTo("male");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Published: January 2024. In June 2022 Child W took her own life.|2024",
            "Date published: 3 March 2023|2023",
            "In June 2022 Child W took her own life. The review was published in 2024.|",
            "Child W was born in 2008.|"
        })
        void aPublishedLineOpeningTheSummaryGivesThePublicationYear(String summary, Integer year) {
            assertThat(NORMALISER.statedPublicationYear(summary).orElse(null)).isEqualTo(year);
        }
    }
}
