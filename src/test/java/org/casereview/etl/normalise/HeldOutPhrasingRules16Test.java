package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;

import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Rules for the normaliser misses of realistic-phrasings-18 (session 29, issue 9: "a code is about the child it
 * describes"), the kinds realistic-phrasings-16 and -17 left, and digests-e2e b48's six normaliser fields, each tried on
 * invented sentences that are in none of those sets, with counter-examples that keep their values: a flag an adult can
 * carry (disabled, sexually exploited) is the adult's when the words say whose it is (a noun right after, "a 41-year-old
 * lodger with autism", "her father, a wheelchair user", a pronoun); a sentence opened by a pronoun that states an age the
 * child has not reached is someone older's; the pronoun right after a child's name is the child's sex; a child named by
 * a relation after someone else's story has that person's death, age and count left out; a parent's death or
 * imprisonment is another moment than the incident; a review a later sentence opens is this review; words of harm and
 * care real summaries use. Every child, family and place here is invented.
 */
class HeldOutPhrasingRules16Test {

    @Test
    void aFlagAnAdultCanCarryIsTheAdultsWhenTheWordsSayWhose() {
        ReviewFacts lodger = untyped("A 9-year-old boy was sexually abused in 2027 by a 41-year-old lodger with autism.");
        assertThat(lodger.harmTypes()).containsExactly("sexual_abuse");
        assertThat(lodger.childContext()).doesNotContain("disabled");
        ReviewFacts father = untyped("Child Z, a 12-year-old girl, was the only carer of her father, a wheelchair user "
                + "since a stroke, when she was assaulted by his friend in 2028.");
        assertThat(father.childContext()).doesNotContain("disabled");
        ReviewFacts aunt = untyped("A 7-year-old girl was beaten by her aunt in 2027. Her aunt had been sexually exploited "
                + "as a teenager.");
        assertThat(aunt.harmTypes()).containsExactly("physical_abuse");
        ReviewFacts woman = untyped("A 15-year-old boy was found in 2028 carrying drugs from the flat of a disabled man "
                + "whose home had been taken over.");
        assertThat(woman.childContext()).doesNotContain("disabled");
        // the child's own: a child with the words, and the object of an exploiting adult
        assertThat(untyped("A 14-year-old girl with a learning disability was sexually exploited by men in 2028.")
                .childContext()).contains("disabled");
        assertThat(untyped("A 16-year-old girl was attacked in 2027 by a man who had been sexually exploiting her.")
                .harmTypes()).contains("child_sexual_exploitation");
    }

    @Test
    void aParentsConditionAfterASemicolonIsTheParentsRiskNotTheChildsContext() {
        ReviewFacts facts = untyped("Child Z, a 3-year-old boy, was found with a burn to his back in 2027. His father, 25, "
                + "had left school at 15; he had a learning disability.");
        assertThat(facts.riskFactors()).contains("parental_learning_disability");
        assertThat(facts.childContext()).doesNotContain("disabled");
        CodeEvidence factor = facts.evidence().stream().filter(e -> e.code().equals("parental_learning_disability"))
                .findFirst().orElseThrow();
        assertThat(factor.person()).isEqualTo(CodeEvidence.PARENT_CARER);
        // an adult brother's disability is neither the child's nor a parent's
        ReviewFacts brother = untyped("A 12-year-old girl lived with her father and her 23-year-old brother, who has a "
                + "learning disability, and was neglected in 2028.");
        assertThat(brother.riskFactors()).doesNotContain("parental_learning_disability");
        assertThat(brother.childContext()).doesNotContain("disabled");
    }

    @Test
    void aPronounSentenceWithAnAgeTheChildHasNotReachedIsSomeoneOlders() {
        ReviewFacts facts = untyped("Child Z, a girl aged 7, lived with her mother, 25. She had been looked after from the "
                + "age of 13 and had self-harmed as a teenager. In 2027 Child Z was found with bruises to her face.");
        assertThat(facts.childContext()).doesNotContain("looked_after");
        assertThat(facts.harmTypes()).containsExactly("physical_abuse");
        // a young person's own past, younger than now, stays the young person's
        ReviewFacts own = untyped("Child Z, a 17-year-old care leaver, died in 2028 of an overdose. She had self-harmed "
                + "since the age of 13.");
        assertThat(own.harmTypes()).contains("self_harm_suicide");
    }

    @Test
    void thePronounRightAfterTheChildsNameIsTheChildsSex() {
        assertThat(untyped("Child Z, aged 9, was punched by his 15-year-old stepsister, who had herself been hurt by her "
                + "father, in 2027.").sex()).isEqualTo("male");
        assertThat(untyped("Child Z, 4, told her nursery teacher in 2028 that her 16-year-old stepbrother had hurt her. "
                + "He had moved in with his father.").sex()).isEqualTo("female");
        // a person named between: the pronoun may be theirs
        assertThat(untyped("Child Z's mother said she had left the baby with a friend in 2027.").sex())
                .isNotEqualTo("female");
    }

    @Test
    void aChildNamedByARelationAfterSomeoneElsesStoryHasTheChildsOwnOutcomeAgeAndCount() {
        ReviewFacts resident = untyped("In 2026 a 15-year-old boy in the same foster home died by suicide. In May 2027 "
                + "another foster child, Child Z, aged 13, took an overdose and was treated in hospital.");
        assertThat(resident.outcome()).isEqualTo("serious_harm");
        assertThat(resident.incidentYear()).isEqualTo(2027);
        assertThat(resident.ageYears()).isEqualTo(new BigDecimal("13.00"));
        ReviewFacts joined = untyped("Death of a 2-month-old baby in 2025 and serious injury of her brother, Child Z, who "
                + "was found with fractures in 2027.");
        assertThat(joined.outcome()).isEqualTo("serious_harm");
        ReviewFacts twin = untyped("Twin girls were born in 2027. One twin died at 2 weeks. The surviving twin, Child Z, "
                + "was found at 3 months to have a fractured arm.");
        assertThat(twin.outcome()).isEqualTo("serious_harm");
        assertThat(twin.nChildren()).isEqualTo(1);
        assertThat(twin.ageBand()).isEqualTo("under_1");
        ReviewFacts later = untyped("In 2024 a 14-year-old girl was groomed by a man she met online. Two years later her "
                + "cousin, Child Z, then 13, was contacted by the same man.");
        assertThat(later.incidentYear()).isEqualTo(2026);
        // the death of the child named in the same phrase is the child's
        assertThat(untyped("A man was convicted of the murder of his 6-year-old stepson, Child Z, in 2027.").outcome())
                .isEqualTo("death");
    }

    @Test
    void aParentsDeathOrImprisonmentIsAnotherMomentThanTheIncident() {
        assertThat(untyped("Child Z, a 10-year-old boy, lived with his aunt after his father died in a car crash in 2024. "
                + "In 2027 he was found to have been beaten.").incidentYear()).isEqualTo(2027);
        assertThat(untyped("Child Z, a 5-year-old girl, went to live with her grandparents after her mother was sent to "
                + "prison in 2025. In 2028 she was found with a broken arm.").incidentYear()).isEqualTo(2028);
    }

    @Test
    void aReviewALaterSentenceOpensIsThisReviewButNotTheRapidReview() {
        ReviewFacts opened = untyped("In 2025 a baby boy died in his cot. A learning review was commissioned in 2028 "
                + "when his sister, Child Z, aged 2, was found with a fractured skull.");
        assertThat(opened.reviewType()).isEqualTo("learning_review");
        assertThat(untyped("Child Z, a 3-year-old girl, was injured in 2027. The rapid review was held in 2027.")
                .reviewType()).isEqualTo("unknown");
    }

    @Test
    void aPronounAfterTheRelationInTheSentenceBeforeKeepsTheNextSentenceTheChilds() {
        ReviewFacts facts = untyped("Child Z, a 14-year-old girl, self-harmed in 2027. Her older sister had died of cancer "
                + "the year before, and since then she had stopped going to school. She had been on a child in need plan.");
        assertThat(facts.childContext()).contains("child_in_need_plan", "not_in_school");
        // with no pronoun after the relation, the next sentence is the relation's (HeldOutPhrasingRules15Test)
        ReviewFacts brother = untyped("Child Z, aged 6, was sexually abused in 2027 by her 14-year-old brother. He had been "
                + "on a child protection plan.");
        assertThat(brother.childContext()).doesNotContain("child_protection_plan");
    }

    @Test
    void thePerpetratorNamedAgainByTheRelationIsNotTheChild() {
        ReviewFacts facts = untyped("A 10-year-old boy was assaulted in 2027 by his 16-year-old cousin. The cousin had "
                + "been made subject to a care order at the age of 8 and had later been excluded from school.");
        assertThat(facts.childContext()).isEmpty();
    }

    @Test
    void wordsOfHarmAndCareRealSummariesUse() {
        assertThat(untyped("Two sisters were kept at home in 2027 by their mother, who has paranoid beliefs about "
                + "neighbours.").riskFactors()).contains("parental_mental_health");
        assertThat(untyped("A 15-year-old girl told police in 2027 that her stepfather had been raping her.").harmTypes())
                .contains("sexual_abuse");
        assertThat(untyped("A 16-year-old girl was taken to a hotel in 2028 and made to have sex with several men.")
                .harmTypes()).contains("child_sexual_exploitation");
        assertThat(untyped("In 2027 a 9-year-old girl's father was found to have been starving her.").harmTypes())
                .contains("neglect");
        assertThat(untyped("A 10-year-old boy's mother had been keeping him off school since 2027.").childContext())
                .contains("not_in_school");
        assertThat(untyped("A 2-year-old boy was found in 2028 with his mother, who had collapsed; he had not eaten for "
                + "three days.").harmTypes()).contains("neglect");
        assertThat(untyped("A 7-year-old girl lived in 2027 in a flat so full of hoarded possessions that she slept on "
                + "the stairs.").harmTypes()).contains("neglect");
        assertThat(untyped("A 14-year-old girl with autism was restrained and locked in her bedroom by her stepfather in "
                + "2028.").harmTypes()).contains("physical_abuse");
        assertThat(untyped("A 9-year-old boy was taken to hospital in 2027 after taking his grandmother's tablets.")
                .harmTypes()).contains("poisoning_ingestion");
        assertThat(untyped("A 15-year-old boy was used by older men in 2028 to store drugs and cash in his bedroom.")
                .harmTypes()).contains("child_criminal_exploitation");
    }

    @Test
    void accidentsAndAChildDefendingAParentAreNotSomeoneElsesAssaultOrExtraFamilialHarm() {
        // b48 decisions (normalise/unseen-entries.txt): a drowning while the adult was elsewhere is neglect; burns in an
        // accidental fire or from a spill are no physical abuse; a child stabbed defending a parent from the parent's
        // partner is physical abuse in the home; another person's death in the same fire is not the child's outcome
        assertThat(untyped("A 3-year-old girl drowned in a swimming pool in 2027 while her mother, aged 31, was inside.")
                .harmTypes()).containsExactly("neglect");
        ReviewFacts kettle = untyped("A 1-year-old girl was scalded in 2028 when she pulled a kettle off the worktop.");
        assertThat(kettle.harmTypes()).doesNotContain("physical_abuse");
        ReviewFacts fire = untyped("Serious injury to a 4-year-old boy in 2027 in a flat fire in which his uncle, aged 40, "
                + "died. The boy was treated for burns to his arms.");
        assertThat(fire.outcome()).isEqualTo("serious_harm");
        assertThat(fire.harmTypes()).doesNotContain("physical_abuse");
        ReviewFacts defending = untyped("A 13-year-old boy was stabbed in 2028 when he tried to protect his mother from "
                + "her boyfriend.");
        assertThat(defending.harmTypes()).contains("physical_abuse").doesNotContain("extra_familial_harm");
        // a fire someone set: the burns are that person's doing
        assertThat(untyped("A 6-year-old girl was treated for burns in 2027 after a house fire started by her father.")
                .harmTypes()).contains("physical_abuse");
    }
}
