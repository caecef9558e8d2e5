package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A label phrase of the vocabulary alone on a plain line (no colon, no heading mark, no bold in the text), whatever its
 * length: "Actions for the partnership", "Recommendations for the safeguarding partners", "What worked well" (b38's
 * kinds 3 and 5). Invented entries.
 */
class WholePhraseLabelsTest {
    private final DigestParser parser = new DigestParser();

    private List<DigestEntry> entries(String text) {
        ParsedDigest digest = parser.parse(text);
        return digest.entries();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    private static String twoEntries(String recommendationsLabel, String goodPracticeLabel) {
        return """
                Case reviews – June 2031

                Child QX: Child safeguarding practice review

                Death of a 4-month-old girl in 2030 who was found in a car seat overnight. Child QX is White British.

                Key learning

                - the car seat was used as a bed after a move
                - the health visitor did not see where the baby slept

                %1$s

                ask where a baby sleeps at every visit after a move

                give car seat advice to every new parent

                %2$s

                - the midwife who visited the same day

                [Read practice review (PDF)](https://example.org/reviews/qx.pdf)

                Child RX: Child safeguarding practice review

                Neglect of a 9-year-old boy in 2029 who was often left alone overnight. Child RX is of Irish heritage.

                Key learning

                - the school's concerns were not shared

                %1$s

                share attendance concerns with children's social care within a week

                [Read practice review (PDF)](https://example.org/reviews/rx.pdf)
                """.formatted(recommendationsLabel, goodPracticeLabel);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Actions for the partnership",
        "Actions for the safeguarding partners",
        "Recommendations for the partnership",
        "Recommendations to the safeguarding partners",
        "What the partnership will do next"
    })
    void aLongRecommendationsPhraseAloneOnAPlainLineIsTheLabel(String label) {
        List<DigestEntry> found = entries(twoEntries(label, "Good practice"));
        assertThat(found).extracting(DigestEntry::childName).containsExactly("Child QX", "Child RX");
        assertThat(items(found.get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask where a baby sleeps at every visit after a move", "give car seat advice to every new parent");
        assertThat(items(found.get(0), SectionType.LEARNING)).containsExactly(
                "the car seat was used as a bed after a move", "the health visitor did not see where the baby slept");
        assertThat(items(found.get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("share attendance concerns with children's social care within a week");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"What worked well", "What went well"})
    void whatWorkedWellIsAGoodPracticeLabel(String label) {
        List<DigestEntry> found = entries(twoEntries("Recommendations", label));
        assertThat(found).hasSize(2);
        assertThat(items(found.get(0), SectionType.GOOD_PRACTICE)).containsExactly("the midwife who visited the same day");
    }

    @Test
    void aSentenceStartingWithTheWordsOfALabelIsNoLabel() {
        String text = twoEntries("Recommendations", "Good practice").replace(
                "Child QX is White British.\n",
                "Child QX is White British.\n\nActions for the partnership were agreed in 2031\n");
        List<DigestEntry> found = entries(text);
        assertThat(found.get(0).summary()).contains("Actions for the partnership were agreed in 2031");
        assertThat(items(found.get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask where a baby sleeps at every visit after a move", "give car seat advice to every new parent");
    }

    @Test
    void aLongLineStartingWithAnOpenLabelWordStaysProse() {
        String text = twoEntries("Recommendations", "Good practice").replace(
                "Child QX is White British.\n",
                "Child QX is White British.\n\nLearning from the first review was shared\n");
        List<DigestEntry> found = entries(text);
        assertThat(found.get(0).summary()).contains("Learning from the first review was shared");
        assertThat(items(found.get(0), SectionType.LEARNING)).hasSize(2);
    }
}
