package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The furniture key made in one pass gives what the two regex replacements gave ({@code \d+} to '#', {@code \s+} to
 * a space, stripped), and the list-marker shortcut for lines that start with a capital answers as the patterns do.
 */
class FurnitureKeyTest {

    private static String byRegex(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    @Test
    void keyIsTheRegexKey() {
        List<String> texts = new ArrayList<>(List.of("", " ", "Page 3 of 12", "  Page\t3\u000b of\f12\r\n", "2024-25",
                "Child 7\u00a0Review \u2003 12", "\u0130stanbul 1\u0660 2", "Serious   Case\n\nReview 004", "\u2028 7 \u2029",
                "ABC", "x1y22z333", "\t\t", "1", "Ⅻ 3 ½"));
        Random random = new Random(25);
        String alphabet = "aZ09 \t\n\u000b\f\r\u00a0\u2003\u0130\u0660#.-";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(FurnitureFilter.key(text)).as(text).isEqualTo(byRegex(text));
        }
    }

    @Test
    void linesStartingWithACapitalHaveNoListMarker() {
        assertThat(ListMarkers.listMarkerLength("The review found")).isZero();
        assertThat(ListMarkers.listMarkerLength("A. Findings")).isZero();
        assertThat(ListMarkers.listMarkerLength("")).isZero();
        assertThat(ListMarkers.listMarkerLength("1. The review")).isEqualTo(3);
        assertThat(ListMarkers.listMarkerLength("(a) the review")).isEqualTo(4);
        assertThat(ListMarkers.listMarkerLength("\u2022 The review")).isEqualTo(2);
        assertThat(ListMarkers.listMarkerLength("o The review")).isEqualTo(2);
    }
}
