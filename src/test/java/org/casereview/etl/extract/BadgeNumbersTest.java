package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Lines a page reading found opened by a badge's number are given, in the text layer's text, without it. */
class BadgeNumbersTest {

    @Test
    void aBadgeNumberedLineBecomesANumberedHeadingSetApartFromItsText() {
        Map<String, String> unnumbered = Map.of(BadgeNumbers.key("4\u00a0 Why it matters"), "### 4. Why it matters");
        String text = "Briefing three\n4 Why it matters\nThe school nurse saw Child P weekly.";

        assertThat(BadgeNumbers.leftOut(text, unnumbered))
                .isEqualTo("Briefing three\n### 4. Why it matters\n\nThe school nurse saw Child P weekly.");
    }

    @Test
    void aNumberPrintedPlainlyOnAnotherLineStays() {
        Map<String, String> unnumbered = Map.of("4 Why it matters", "### 4. Why it matters");
        String text = "4 agencies were involved\n3 Why it matters";

        assertThat(BadgeNumbers.leftOut(text, unnumbered)).isEqualTo(text);
        assertThat(BadgeNumbers.leftOut(text, Map.of())).isSameAs(text);
    }

    @Test
    void theKeyTreatsNoBreakSpacesAndRunsOfSpacesAsOneSpace() {
        assertThat(List.of(BadgeNumbers.key(" 2\u00a0\u00a0What went well "), BadgeNumbers.key("2 \tWhat went well")))
                .containsOnly("2 What went well");
    }
}
