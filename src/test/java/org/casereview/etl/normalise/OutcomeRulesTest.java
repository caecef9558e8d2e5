package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outcome (death or serious harm) is the child's, not a parent's or carer's. One example per rule and its counter-example. */
class OutcomeRulesTest {
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts summary(String summary) {
        return NORMALISER.normalise(new ReviewText("Child Z: Child safeguarding practice review", "Child Z", summary,
                null, null, null, null, null, null, null));
    }

    @Test
    void aCarerWhoDiedIsNotTheChildsDeath() {
        assertThat(summary("A 2-year-old boy was found alone with his grandmother, who had died several days earlier.")
                .outcome()).isEqualTo("serious_harm");
    }

    @Test
    void aMothersSuicideIsNotTheChildsDeath() {
        ReviewFacts facts = summary("A 10-year-old girl was found living alone in 2020 after her mother died by suicide.");
        assertThat(facts.outcome()).isNotEqualTo("death");
        assertThat(facts.harmTypes()).doesNotContain("self_harm_suicide");
    }

    @Test
    void aParentKilledInFrontOfTheChildIsNotTheChildsDeath() {
        assertThat(summary("A 4-year-old girl was at home when her father killed her mother in 2020.").outcome())
                .isNotEqualTo("death");
    }

    @Test
    void childrenRestrainedInASettingWereSeriouslyHarmed() {
        assertThat(summary("Review of three disabled children aged 8 to 14 who were physically restrained and secluded"
                + " at a residential school between 2020 and 2023.").outcome()).isEqualTo("serious_harm");
    }

    @Test
    void aParentRestrainedByOfficersIsNotTheChildsHarm() {
        assertThat(summary("A 6-year-old boy was present when his father was restrained by police officers in 2022.")
                .outcome()).isEqualTo("other");
    }

    /**
     * Issue 9 (digests b23, Tomasz): an injury named by its treatment ("needed surgery to his face", "required skin
     * grafts", "had an operation to repair her jaw") or an attack by an animal is serious harm; a parent's operation is
     * not, and an entry naming no harm stays other. Invented phrasings, written before the rule.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A 4-year-old girl was mauled by a neighbour's dog in 2022.|serious_harm",
            "A 6-year-old boy required skin grafts on both arms after a fire at the family home in 2021.|serious_harm",
            "A 9-year-old boy was bitten by his family's dog in 2023 and needed reconstructive surgery.|serious_harm",
            "A 3-year-old girl had an operation to repair her jaw after a fall from a window in 2020.|serious_harm",
            "A 7-year-old boy was living with his father, who needed surgery on his back in 2022.|other",
            "A 10-year-old boy missed school for a term in 2023 while his mother had an operation.|other",
            "A 9-year-old boy moved schools three times in 2022.|other",
    })
    void anInjuryNamedByItsTreatmentOrAnAnimalAttackIsSeriousHarm(String text, String outcome) {
        assertThat(summary(text).outcome()).isEqualTo(outcome);
    }

    /**
     * Issue 9 (realistic-phrasings-3): the adult victim of a domestic homicide named before her age ("Death of Mrs Q,
     * a 44-year-old woman, ...") is no death of the review's children, and her killing no physical abuse of them; a
     * child named the same way is the child. Held-out phrasings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Death of Mrs Q, a 44-year-old woman, who was killed by her husband in 2019. Their two sons, aged 11 and 15, were at home.|other|",
            "Death of Mr T, a 61-year-old man, killed by his grandson in 2020.|other|",
            "Death of Ms R, a mother of three, who was killed by her partner in 2021.|other|",
            "Death of Child Q, a 4-year-old boy, who was killed by his stepfather in 2019.|death|physical_abuse",
            "Death of Leon, a 3-year-old boy, killed by his mother's partner in 2018.|death|physical_abuse",
    })
    void anAdultVictimNamedBeforeHerAgeIsNotTheChild(String text, String outcome, String harm) {
        ReviewFacts facts = summary(text);
        assertThat(facts.outcome()).isEqualTo(outcome);
        assertThat(String.join("; ", facts.harmTypes())).isEqualTo(harm == null ? "" : harm);
    }

    /**
     * digests-e2e b2 / b7 (old misses): a young carer is a child, not a carer; "Sexual abuse of three children" names
     * the review's children, not children the child harmed ("sexual abuse of two younger pupils"). Held-out phrasings.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Death of a 15-year-old young carer in 2020 who looked after her father.|death|",
            "Sexual abuse of two children, a boy and a girl, by their uncle in 2019.|serious_harm|sexual_abuse",
            "Physical abuse of four children by their stepfather over several years.|serious_harm|physical_abuse",
            "Child Z faced two allegations of sexual abuse of two younger pupils.|other|",
    })
    void aYoungCarerAndTheReviewsChildrenCountedAreTheChildren(String text, String outcome, String harm) {
        ReviewFacts facts = summary(text);
        assertThat(facts.outcome()).isEqualTo(outcome);
        assertThat(String.join("; ", facts.harmTypes())).isEqualTo(harm == null ? "" : harm);
    }

    /** Issue 9 (digests b24): a child kept in domestic servitude was seriously harmed; a mother's past servitude is hers; held-out. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 2021 a 15-year-old girl told her teacher she was kept as an unpaid maid by her host family.|serious_harm",
            "A 12-year-old boy lived with relatives who forced him to do all the housework for the family.|serious_harm",
            "A 10-year-old girl lived with her grandmother in 2020.|other",
    })
    void aChildInDomesticServitudeWasSeriouslyHarmed(String text, String outcome) {
        assertThat(summary(text).outcome()).isEqualTo(outcome);
    }
}
