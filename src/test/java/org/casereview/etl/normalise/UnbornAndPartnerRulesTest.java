package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Issue 9.6 (digests b15, kind 5): an 'Unborn Baby' pseudonym, a pronoun that points back to the adult named last,
 * an assault by a partner as domestic abuse and the deaths of several babies while sleeping.
 */
class UnbornAndPartnerRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Test
    void anUnbornBabyPseudonymKeepsItsPrefix() {
        DigestEntry entry = new DigestParser().parse("""
                # Case reviews – March 2031

                ## Unborn Baby QZ: Child safeguarding practice review

                Death of an unborn baby at 30 weeks' gestation in 2030.
                """).entries().get(0);
        assertThat(entry.childName()).isEqualTo("Unborn Baby QZ");
    }

    @Test
    void aPronounAfterTheAdultNamedLastIsTheAdults() {
        ReviewFacts facts = summary("Death of an unborn baby in 2029 after the mother was punched by her boyfriend."
                + " The mother told her friend that she was scared of him.");
        assertThat(facts.sex()).isEqualTo("not_stated");
        assertThat(facts.riskFactors()).contains("domestic_abuse");
    }

    @Test
    void aPronounAfterTheChildNamedLastStaysTheChilds() {
        ReviewFacts facts = summary("Serious injuries to a 3-month-old baby after the father was released from prison."
                + " The mother said the father had shaken the baby and hurt him.");
        assertThat(facts.sex()).isEqualTo("male");
        assertThat(summary("Serious injuries to a 2-month-old baby in 2030. The mother said she had dropped him.").sex())
                .isEqualTo("male");
    }

    @Test
    void anAssaultOfTheMotherByHerPartnerIsDomesticAbuse() {
        assertThat(summary("Serious injury to a 4-year-old girl in 2030 after her mother was assaulted by her"
                + " partner at home.").riskFactors()).contains("domestic_abuse");
        assertThat(summary("Serious injury to a 4-year-old girl in 2030 who was assaulted by a stranger.")
                .riskFactors()).doesNotContain("domestic_abuse");
    }

    @Test
    void theDeathsOfBabiesWhileSleepingAreSuddenUnexpectedInfantDeaths() {
        assertThat(summary("Review of the deaths of three babies aged under four months in 2030 while sleeping on"
                + " sofas with an adult.").harmTypes()).contains("sudden_unexpected_infant_death");
    }
}
