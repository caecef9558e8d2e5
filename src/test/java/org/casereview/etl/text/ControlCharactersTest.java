package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void stripDropsNulAndOtherControlsButKeepsTabAndNewline() {
        assertThat(ControlCharacters.strip("Child\u0000 V\u0007;\tserious\u001b case\u007f\u0085 review\nnext"))
                .isEqualTo("Child V;\tserious case review\nnext");
    }

    @Test
    void verticalTabAndFormFeedBecomeNewlines() {
        assertThat(ControlCharacters.strip("line one\u000bline two\fpage two")).isEqualTo("line one\nline two\npage two");
    }

    @Test
    void textWithoutControlsIsReturnedAsItIs() {
        String text = "Baby D: Child safeguarding practice review \u2013 2021";
        assertThat(ControlCharacters.strip(text)).isSameAs(text);
        assertThat(ControlCharacters.strip(null)).isNull();
    }

    @Test
    void oneLineTurnsTabsAndNewlinesIntoSpaces() {
        assertThat(ControlCharacters.oneLine("Child\tQ\nreview\u0000")).isEqualTo("Child Q review");
    }

    @Test
    void escapeWritesEveryControlOut() {
        assertThat(ControlCharacters.escape("evil\nname\u0000.txt\t")).isEqualTo("evil\\nname\\u0000.txt\\t");
        assertThat(ControlCharacters.containsAny("plain.txt")).isFalse();
        assertThat(ControlCharacters.containsAny("tab\t.txt")).isTrue();
    }
}
