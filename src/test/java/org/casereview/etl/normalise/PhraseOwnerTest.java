package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a phrase is said of, and the codes that follow from it: only what is said of the subject child codes the child. */
class PhraseOwnerTest {
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static final PhraseOwner OWNERS = new PhraseOwner(VOCABULARY);
    private static final ReviewNormaliser NORMALISER = new ReviewNormaliser(VOCABULARY);

    /** The person {@code phrase} (its first occurrence in {@code text}) is said of. */
    private static PhraseOwner.Person ownerOf(String text, String phrase) {
        int start = text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
        assertThat(start).as("phrase in text").isNotNegative();
        return OWNERS.of(text, TextScan.sentences(text), start, start + phrase.length());
    }

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("2013 - Anonymous - Child Z", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        // the owner named just before the phrase
        "Attempted suffocation of a boy by his mother, followed by the mother's suicide attempt.|suicide attempt|PARENT",
        "Maternal history of mental illness, self-harm and attempted suicide.|self-harm|PARENT",
        "Paternal history of violence and drug use.|violence|PARENT",
        "The father's convictions for violence were not known.|violence|PARENT",
        // the first person named in the sentence part
        "Her mother had self-harmed and had made attempts on her own life.|self-harmed|PARENT",
        "His mother, aged 19, had been placed in care as a child.|placed in care|PARENT",
        "Domestic homicide review following the murder of a 34-year-old woman by her former partner.|murder|OTHER_ADULT",
        "The killing of a 38-year-old mother of two by her husband.|killing|PARENT",
        "Another young man was later convicted of the stabbing.|convicted|OTHER_CHILD",
        "Death of a 17-year-old girl in 2012 by suicide.|suicide|CHILD",
        "Child H8, a 13-year-old girl, displayed harmful sexual behaviour.|harmful sexual behaviour|CHILD",
        // the person right after the phrase
        "Harmful sexual behaviour of a 14-year-old boy towards his cousins.|Harmful sexual behaviour|CHILD",
        "The murder of a woman in her home.|murder|OTHER_ADULT",
        // the one who did it ("by ...") is not the subject
        "She had been the victim of coercive control by her boyfriend and had self-harmed since she was 14.|self-harmed|UNKNOWN",
        "Exploited by a group of men while living in a children's home.|children's home|UNKNOWN",
        // a verdict: the one convicted is the subject, the one killed is not named
        "Her father was charged with murder.|murder|PERPETRATOR",
        "Mother and father were convicted of manslaughter.|manslaughter|PERPETRATOR",
        // a new subject after "and"
        "Her mother did not believe her and she was placed with foster carers.|foster carers|UNKNOWN",
        // done to the child
        "His mother had agoraphobia and had withdrawn him from school.|withdrawn him from school|CHILD",
        // a pronoun that points back to an adult
        "A baby was injured. The father had left. He had been in care as a teenager.|in care|PARENT",
        // "child" in a compound names no child
        "Keywords: child sexual abuse, harmful sexual behaviour.|harmful sexual behaviour|UNKNOWN",
        // nobody named
        "Suicide, self-harm, schools.|self-harm|UNKNOWN",
        // a relative clause: the noun before "who"
        "Sexual abuse of a 6-year-old girl by older boys who displayed harmful sexual behaviour.|harmful sexual behaviour|OTHER_CHILD",
        "Child Z, a 14-year-old girl, who displayed harmful sexual behaviour.|harmful sexual behaviour|CHILD",
        // a clause opened by a conjunction and a possessive
        "Neglect of a 6-year-old boy after his mother was hit by a car.|hit by a car|PARENT",
        // what happened to one person, listed
        "Harmful sexual behaviour and death of 17-year-old boy in 2015.|Harmful sexual behaviour|CHILD",
        // a young adult is the subject of a safeguarding adults review; an older adult never is
        "Death of an 18-year-old woman in 2021.|Death|CHILD",
        "Death of a 41-year-old woman in 2021.|Death|OTHER_ADULT"
    })
    void phraseIsSaidOf(String text, String phrase, PhraseOwner.Person owner) {
        assertThat(ownerOf(text, phrase)).isEqualTo(owner);
    }

    @Nested
    class CodesOfTheSubjectChildOnly {
        @Test
        void aParentsSelfHarmIsNoSelfHarmOfTheChild() {
            assertThat(summary("Life-threatening attempted suffocation of a 6-year-old boy by his mother in 2015, followed by "
                    + "the mother's suicide attempt.").harmTypes()).containsExactly("physical_abuse");
            assertThat(summary("Neglect of a 9-year-old girl. Maternal history of depression, self-harm and attempted suicide.")
                    .harmTypes()).containsExactly("neglect");
            assertThat(summary("Death of a 14-year-old girl in 2023 by suicide. Her mother had self-harmed.").harmTypes())
                    .containsExactly("self_harm_suicide");
            assertThat(summary("Neglect of a 4-year-old boy. His mother had self-harmed since her teens.").harmTypes())
                    .containsExactly("neglect");
        }

        @Test
        void theChildsOwnSelfHarmStillCounts() {
            assertThat(summary("A 15-year-old girl who had self-harmed since the age of 12.").harmTypes())
                    .containsExactly("self_harm_suicide");
            assertThat(summary("She had been the victim of coercive control by her boyfriend and had self-harmed since she was 14.")
                    .harmTypes()).contains("self_harm_suicide");
        }

        @Test
        void theMurderOfAnAdultIsNoDeathOrAbuseOfTheChild() {
            ReviewFacts dhr = summary("Domestic homicide review following the murder of a 34-year-old woman by her former partner "
                    + "in 2011. She had three children aged 4, 7 and 10.");
            assertThat(dhr.outcome()).isNotEqualTo("death");
            assertThat(dhr.harmTypes()).doesNotContain("physical_abuse");
            assertThat(dhr.ageText()).isNotEqualTo("34-year-old");
            ReviewFacts killing = summary("The killing of Ms Q, a 38-year-old mother of two, by her husband in 2022.");
            assertThat(killing.outcome()).isNotEqualTo("death");
            assertThat(killing.ageText()).isNull();
        }

        @Test
        void theMurderOfTheChildIsPhysicalAbuse() {
            assertThat(summary("Child GD, a 17-year-old care leaver, was murdered by a man who had been exploiting her for sex.")
                    .harmTypes()).contains("physical_abuse");
            assertThat(summary("Death of a 3-year-old boy from salt poisoning. His mother was later convicted of his murder.")
                    .harmTypes()).containsExactly("physical_abuse", "poisoning_ingestion");
            assertThat(summary("Her father was charged with murder.").outcome()).isEqualTo("death");
        }

        @Test
        void manslaughterIsPhysicalAbuseOnlyWhenNothingElseSaysHowTheChildDied() {
            assertThat(summary("Death of a 2-year-old boy who swallowed his father's methadone. Mother and father were "
                    + "convicted of manslaughter.").harmTypes()).containsExactly("poisoning_ingestion");
            assertThat(summary("Death of a 17-year-old boy who was stabbed in a fight between two groups of young people. "
                    + "Another young man was convicted of manslaughter.").harmTypes()).containsExactly("extra_familial_harm");
            assertThat(summary("Death of a 17-year-old boy during a fight with two other young people, one of whom pleaded "
                    + "guilty to manslaughter.").harmTypes()).containsExactly("extra_familial_harm");
            assertThat(summary("Death of a 4-month-old boy in 2019. His father was convicted of manslaughter.").harmTypes())
                    .containsExactly("physical_abuse");
        }

        @Test
        void harmfulSexualBehaviourOfTheChildIsOtherHarmNotSexualAbuse() {
            assertThat(summary("Harmful sexual behaviour of a 14-year-old boy towards his younger cousins in 2012.").harmTypes())
                    .containsExactly("other");
            assertThat(summary("Child H8, a 13-year-old girl, displayed harmful sexual behaviour towards a younger child.")
                    .harmTypes()).containsExactly("other");
            assertThat(summary("The harmful sexual behaviour of a 15-year-old boy, after two allegations of sexual abuse of "
                    + "younger children.").harmTypes()).containsExactly("other");
        }

        @Test
        void harmfulSexualBehaviourOfSomeoneElseIsNotTheChilds() {
            assertThat(summary("Sexual abuse of an 11-year-old girl by a 15-year-old boy. The boy had previously displayed "
                    + "harmful sexual behaviour.").harmTypes()).containsExactly("sexual_abuse");
            assertThat(summary("A 12-year-old girl was sexually assaulted in school. Staff had not recorded earlier reports of "
                    + "harmful sexual behaviour by the same pupils.").harmTypes()).containsExactly("sexual_abuse");
            assertThat(NORMALISER.normalise(new ReviewText("Child Z", "Child Z", "Sexual abuse of a girl in foster care.",
                    null, null, null, null, "child sexual abuse, harmful sexual behaviour, foster care", null, null))
                    .harmTypes()).containsExactly("sexual_abuse");
        }

        @Test
        void aParentPlacedInCareAsAChildGivesTheChildNoCareContext() {
            assertThat(summary("Death of a 5-week-old boy after sleeping on a sofa with his mother. His mother had been placed "
                    + "in care as a child.").childContext()).isEmpty();
            assertThat(summary("Neglect of a 2-year-old girl. The mother, a care leaver, had lived in a children's home.")
                    .childContext()).isEmpty();
            assertThat(summary("She had been sexually exploited by a group of men while living in a children's home.")
                    .childContext()).containsExactly("looked_after");
        }

        @Test
        void violenceInAnAdultsDescriptionIsNoHarmToTheChild() {
            assertThat(summary("A review of services to a 16-year-old girl. Her father had convictions for violence.").outcome())
                    .isEqualTo("other");
            assertThat(summary("Death of a 16-year-old girl in 2015 who took her own life. Her father had convictions for "
                    + "violence.").outcome()).isEqualTo("death");
        }
    }

    @Nested
    class AgesOfTheChildOnly {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Murder of a 31-year-old woman by her partner in 2020. Her 11-year-old son was at home.|11-year-old|11.00",
            "The killing of a 38-year-old mother of two by her husband.||",
            "Serious injuries to a baby girl at 12 weeks of age in 2012. There had been concerns about the unborn baby.|12 weeks of age|0.23",
            "Death of a girl aged 12;11 in 2012 following an asthma attack.|aged 12;11|12.92",
            "Death of a baby boy, 43 days old, in January 2012.|43 days old|0.12",
            "Serious injuries to a boy aged 2 years and 1 month in 2012.|aged 2 years and 1 month|2.08",
            "A 19-year-old man assaulted a 15-year-old girl.|15-year-old|15.00"
        })
        void theAgeIsTheChilds(String text, String ageText, String years) {
            ReviewFacts facts = summary(text);
            assertThat(facts.ageText()).isEqualTo(ageText);
            assertThat(facts.ageYears() == null ? null : facts.ageYears().toPlainString()).isEqualTo(years);
        }
    }

    @Nested
    class RiskFactorsOfTheParents {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Death of a 4-month-old boy. His father was convicted of manslaughter.|",
            "Death of a 3-year-old girl from injuries inflicted by her mother's new partner, who was convicted of murder.|",
            "Serious injury of a 7-week-old boy. His father was convicted of causing grievous bodily harm.|",
            "Neglect of a 6-year-old boy. His father was convicted of drug offences.|parental_criminality",
            "Neglect of a 6-year-old boy. His father had been convicted of burglary.|parental_criminality"
        })
        void aConvictionForHarmingTheChildIsNoEarlierCriminality(String text, String risks) {
            assertThat(String.join("; ", summary(text).riskFactors())).isEqualTo(risks == null ? "" : risks);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Death of a 14-year-old girl by suicide. Her mother had self-harmed and had made attempts on her own life.|parental_mental_health",
            "Neglect of a boy. His mother had a history of self-harm.|parental_mental_health",
            "Death of a 16-year-old girl who had self-harmed since the age of 12.|",
            "Death of a 17-year-old girl by suicide. Violence by a former partner of her mother was known to the police.|domestic_abuse",
            "Murder of a 31-year-old woman by her partner in 2020. Her 11-year-old son was at home.|domestic_abuse"
        })
        void selfHarmOfAParentAndViolenceBetweenAdults(String text, String risks) {
            assertThat(String.join("; ", summary(text).riskFactors())).isEqualTo(risks == null ? "" : risks);
        }
    }
}
