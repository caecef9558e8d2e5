package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * {@link ItemLabels#bareLabel} asks its patterns only of a line starting with a label word's first character: every
 * label word of the vocabulary, in its cases, with its colon and the line's spaces, is still a bare label.
 */
class ItemLabelsBareTest {

    private final ItemLabels labels = new ItemLabels(Vocabulary.defaults());

    @Test
    void everyLabelWordAloneIsABareLabel() {
        int asked = 0;
        for (List<String> words : Vocabulary.defaults().byType("labels").values()) {
            for (String word : words) {
                boolean ascii = word.chars().allMatch(c -> c < 128); // (?i) folds the case of ASCII letters only
                List<String> forms = ascii ? List.of(word, word.toUpperCase(Locale.ROOT), word.toLowerCase(Locale.ROOT),
                        " " + word + " :", word + ":") : List.of(word, " " + word + " :");
                for (String form : forms) {
                    assertThat(labels.bareLabel(form)).as(form).isPresent();
                    asked++;
                }
            }
        }
        assertThat(asked).isGreaterThan(20);
    }

    @Test
    void aLineStartingOtherwiseIsNone() {
        assertThat(labels.bareLabel("the recommendation")).isEmpty();
        assertThat(labels.bareLabel("")).isEmpty();
        assertThat(labels.bareLabel("   ")).isEmpty();
        assertThat(labels.bareLabel("3. Recommendation")).isEmpty();
    }
}
