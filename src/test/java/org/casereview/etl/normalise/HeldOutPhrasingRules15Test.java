package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.normalise.HeldOutSummaries.untyped;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for the normaliser misses of realistic-phrasings-17 (session 28, issue 9: "a code is about the child it
 * describes") and the coding decisions left by session 27 (digests-e2e b44 kind 3), each tried on invented sentences
 * that are in neither set, with counter-examples that keep their values: an illness or injury "not treated" is
 * neglect; restraint with seclusion is physical abuse (restraint alone by staff stays `other`, not a car seat); images
 * named in an adult's caution or conviction are that adult's offence, not the child's online harm; neglect named as
 * the category of another person's plan is not the child's harm; a pronoun after a child named with its sex ("Child Z,
 * a 7-year-old boy") or after "a child practice review" points back to the mother; a person "burned her with" a thing;
 * drugs carried "for the same gang"; an illness "found to have been fabricated". And an entry that opens with a
 * "Background:" paragraph is still read from the summary after it, now that the parser splits it (the normaliser's own
 * split is gone). Every child, family and place here is invented.
 */
class HeldOutPhrasingRules15Test {

    @TempDir
    Path dir;

    @Test
    void anIllnessOrInjuryNotTreatedIsNeglect() {
        ReviewFacts infection = untyped("Death of a 6-year-old girl in 2027 from pneumonia that was not treated. Her "
                + "father had moved the family to a caravan and had not registered her with a doctor.");
        assertThat(infection.harmTypes()).containsExactly("neglect");
        ReviewFacts wound = untyped("A 3-year-old boy whose burns were left untreated for a week was admitted in 2028.");
        assertThat(wound.harmTypes()).contains("neglect");
        // treated as something else: no care withheld
        ReviewFacts seen = untyped("A 9-year-old boy's injury was not treated as suspicious when he was seen in 2026.");
        assertThat(seen.harmTypes()).doesNotContain("neglect");
    }

    @Test
    void restraintWithSeclusionIsPhysicalAbuseButNotACarSeat() {
        assertThat(untyped("Serious harm to a 12-year-old girl with a learning disability in 2027 who was locked in a "
                + "small room and restrained at her residential school.").harmTypes()).contains("physical_abuse");
        // restraint alone by staff stays restrictive practice (`other`, HeldOutPhrasingRules4Test)
        assertThat(untyped("A 10-year-old autistic boy was repeatedly restrained by care staff at a short-break unit in "
                + "2028.").harmTypes()).containsExactly("other");
        assertThat(untyped("A 2-year-old boy was restrained in his car seat when the car left the road in 2027.")
                .harmTypes()).doesNotContain("physical_abuse");
    }

    @Test
    void imagesNamedInAnAdultsCautionOrConvictionAreNotTheChildsOnlineHarm() {
        ReviewFacts caution = untyped("Physical abuse of a 5-year-old boy by his stepfather in 2026. The stepfather had "
                + "been convicted in 2019 of downloading indecent images of children.");
        assertThat(caution.harmTypes()).containsExactly("physical_abuse");
        assertThat(caution.riskFactors()).contains("parental_criminality");
        // images the child was made to send are the child's harm
        assertThat(untyped("A 13-year-old girl was groomed by a man who made her send him sexual images in 2027.")
                .harmTypes()).contains("online_harm");
    }

    @Test
    void neglectNamedAsTheCategoryOfAnotherPersonsPlanIsNotTheChilds() {
        ReviewFacts other = untyped("A 15-year-old boy was convicted in 2028 of the rape of his 8-year-old cousin, "
                + "Child Z, in 2027. He had been on a child protection plan for neglect when he was younger.");
        assertThat(other.harmTypes()).containsExactly("sexual_abuse");
        assertThat(other.ageYears()).isEqualTo(new BigDecimal("8.00"));
        // the child's own plan for neglect is the child's harm
        ReviewFacts own = untyped("Child Z, a 4-year-old boy, had been on a child protection plan for neglect since "
                + "2026 when he was found with a fractured arm in 2027.");
        assertThat(own.harmTypes()).contains("neglect", "physical_abuse");
        assertThat(own.childContext()).contains("child_protection_plan");
    }

    @Test
    void aPronounAfterAChildNamedWithItsSexOrAfterAKindOfReviewPointsBackToTheMother() {
        // "Child Z, a 7-year-old boy" is no "she"; the mother is
        ReviewFacts named = untyped("Child Z, a 7-year-old boy, whose mother was arrested in 2027 for shoplifting. She "
                + "was later convicted and imprisoned.");
        assertThat(named.riskFactors()).contains("parental_criminality");
        // "a child practice review" names no child
        ReviewFacts review = untyped("A concise child practice review concerning a 10-year-old boy whose mother was "
                + "evicted in 2027. She misused heroin and was rarely at home.");
        assertThat(review.riskFactors()).contains("parental_substance_misuse");
        // a girl named first is the one "she" points back to
        ReviewFacts girl = untyped("Child Z, a 6-year-old girl, lived with her mother. She had been on a child "
                + "protection plan since 2026.");
        assertThat(girl.childContext()).contains("child_protection_plan");
    }

    @Test
    void wordsOfHarmNotKnownBefore() {
        assertThat(untyped("In 2027 a 7-year-old boy told his teacher that his father had burned him with a cigarette.")
                .harmTypes()).contains("physical_abuse");
        assertThat(untyped("A 14-year-old boy was found in 2028 selling drugs for the same group that had exploited his "
                + "brother.").harmTypes()).contains("child_criminal_exploitation");
        assertThat(untyped("A 5-year-old girl was seen by doctors 40 times in 2027; her symptoms were later shown to have "
                + "been fabricated by her mother.").harmTypes()).contains("other");
    }

    @Test
    void anEntryOpeningWithABackgroundParagraphIsReadFromTheSummaryAfterIt() throws Exception {
        Path file = dir.resolve("list.txt");
        Files.writeString(file, """
                Case reviews published in May 2029

                A list of case reviews published in May 2029. (Invented for testing: no real child, family or place.)

                May 2029 – Anonymous – Child QX
                Background: the family had moved between three areas since 2023, and the mother's older son, then 9, had been placed with his father in 2024.
                Serious injury of a 5-month-old girl in March 2028 who was found to have rib fractures and a bleed on the brain.
                Key issues: families who move often; older siblings who leave the home.
                Recommendations: a transfer meeting whenever a family known to services moves area.
                Read the overview report
                """, StandardCharsets.UTF_8);
        ExtractedText extracted = new DocumentTextExtractor().extract(file);
        DigestEntry entry = new DigestParser().parse(extracted.text(), extracted.pageBreaks()).entries().get(0);
        ReviewFacts facts = HeldOutSummaries.NORMALISER.normalise(ReviewText.of(entry));
        assertThat(facts.incidentYear()).isEqualTo(2028);
        assertThat(facts.ageBand()).isEqualTo("under_1");
        assertThat(facts.sex()).isEqualTo("female");
        assertThat(facts.outcome()).isEqualTo("serious_harm");
        assertThat(facts.harmTypes()).contains("non_accidental_head_injury");
    }
}
