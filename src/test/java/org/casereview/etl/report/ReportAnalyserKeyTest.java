package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link ReportAnalyser#key} gives what the regular expression it replaced gave (the text in lower case less every
 * run of characters other than {@code \p{L}} and {@code \p{N}}): on every code point alone, and on random texts of
 * letters, digits, numbers of other kinds, marks, punctuation, spaces, letters outside the BMP and lone surrogates.
 */
class ReportAnalyserKeyTest {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final List<String> PIECES = List.of("Review", "CHILD", "of", "1", "42", "Ⅻ", "½", "²", "٣", "é", "e\u0301",
            "İ", "ß", "Σ", "ΟΣ", "𝐀", "𝟙", "\uD835", "\uDC00", "'", "’", "-", "—", ".", ",", ":", "(", ")", "&", " ", "  ",
            "\t", "\n", "\u00A0", "\u2003", "\u200B", "Ŵ", "ŷ", "a", "Z", "_", "#", "\u0000");

    @Test
    void everyCodePointAloneIsKeptOrDroppedAsBefore() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = new String(Character.toChars(c));
            assertThat(ReportAnalyser.key(text)).as("U+%04X", c).isEqualTo(before(text));
        }
    }

    @Test
    void textsAreKeyedAsBefore() {
        Random random = new Random(38);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            assertThat(ReportAnalyser.key(text.toString())).as(text.toString()).isEqualTo(before(text.toString()));
        }
        assertThat(ReportAnalyser.key("6. Learning  Points – Ashcombe")).isEqualTo("6learningpointsashcombe");
    }

    private static String before(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
