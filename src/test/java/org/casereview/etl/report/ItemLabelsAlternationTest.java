package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * The one alternation tried before the label patterns lets through every line one of them labels, in each form
 * (number, number word, qualifier, colon alone, code, any case), and the length and type come from the pattern
 * that matched, as when each pattern was tried alone.
 */
class ItemLabelsAlternationTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();
    private static final ItemLabels LABELS = new ItemLabels(VOCABULARY);

    @Test
    void everyLabelWordIsFoundInEveryForm() {
        List<String> missed = new ArrayList<>();
        VOCABULARY.byType("labels").forEach((type, words) -> words.forEach(word -> {
            for (String line : List.of(word + " 3: The partnership should", word.toUpperCase(Locale.ROOT) + " 12.1 - A",
                    word + " Two:", "Key " + word + " 2 \u2013 Agencies", word + ": The board", word + "s 4. Text",
                    word.toLowerCase(Locale.ROOT) + " no. 5) text")) {
                Optional<ItemLabels.Label> label = LABELS.label(line);
                if (label.isEmpty() || label.get().type() != type) {
                    missed.add(line);
                }
            }
        }));
        VOCABULARY.byType("codes").forEach((type, codes) -> codes.forEach(code -> {
            for (String line : List.of(code + "3 The board", "(" + code + "2.1) Agencies", code + ".4: Text")) {
                if (!LABELS.label(line).map(ItemLabels.Label::type).equals(Optional.of(type))) {
                    missed.add(line);
                }
            }
        }));
        assertThat(missed).isEmpty();
    }

    @Test
    void theLabelLengthIsTheMatchedPatternsEnd() {
        assertThat(LABELS.label("Recommendation 3: The partnership should")).contains(
                new ItemLabels.Label(SectionType.RECOMMENDATIONS, "Recommendation 3: ".length()));
        assertThat(LABELS.label("Key learning point 2 \u2013 Agencies")).contains(
                new ItemLabels.Label(SectionType.LEARNING, "Key learning point 2 \u2013 ".length()));
        assertThat(LABELS.label("R3 The board")).contains(new ItemLabels.Label(SectionType.RECOMMENDATIONS, 2));
        assertThat(LABELS.sectionLabel("Theme 2 \u2013 Voice of the child", SectionType.LEARNING)).contains(
                new ItemLabels.Label(SectionType.LEARNING, "Theme 2 \u2013 ".length()));
    }

    @Test
    void linesWithoutALabelAtTheirStartHaveNone() {
        for (String line : List.of("The review recommends 3 changes", "Learning one another's roles", "Recommendation 3 was accepted",
                "", " ", "Introduction", "3. Recommendation 4: late", "Rapporteur 3: text", "Theme 2 \u2013 Voice")) {
            assertThat(LABELS.label(line)).as(line).isEmpty();
        }
        assertThat(LABELS.sectionLabel("Introduction 2: text", SectionType.LEARNING)).isEmpty();
    }
}
