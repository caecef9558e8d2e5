package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digests b44 (kind 4a): a HackMD note's '==highlight==' marks are not text of the summary. */
class MarkdownHighlightsTest {

    @Test
    void highlightMarksAreDroppedTheirTextKept() {
        assertThat(MarkdownHighlights.read("Child QV missed 9 sessions, ==more than she was registered for==.\n"))
                .isEqualTo("Child QV missed 9 sessions, more than she was registered for.\n");
    }

    @Test
    void setextUnderlinesAndSpacedEqualsAreNoHighlight() {
        String text = "Case reviews\n============\n\n== Child QW ==\n\na == b and c == d\n";
        assertThat(MarkdownHighlights.read(text)).isEqualTo(text);
    }
}
