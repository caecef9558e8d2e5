package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The drop-cap rule on placed lines (points, baselines from the page's top), as both readers hand them over. */
class DropCapsTest {

    private static final float SIZE = 9.5f;
    private static final float LEAD = 12.2f;

    @Test
    void aThreeLineCapOpensTheIndentedParagraphBesideIt() {
        DropCaps.Line cap = new DropCaps.Line("S", 50, 70, 100 + 2 * LEAD - 1, 30);
        List<DropCaps.Line> lines = paragraph(cap, 73, 3, 50);

        assertThat(DropCaps.of(lines)).containsEntry(cap, lines.get(1));
    }

    @Test
    void aCapAfterAnOpeningQuoteIsOneToo() {
        DropCaps.Line cap = new DropCaps.Line("\u201cW", 50, 80, 100 + LEAD, 24);
        List<DropCaps.Line> lines = paragraph(cap, 83, 2, 50);

        assertThat(DropCaps.of(lines)).containsEntry(cap, lines.get(1));
    }

    @Test
    void aLetterNotTwiceTheSizeOrBesideLinesThatNeverComeBackIsNone() {
        DropCaps.Line small = new DropCaps.Line("A", 50, 60, 100 + LEAD, 14);
        DropCaps.Line label = new DropCaps.Line("B", 50, 70, 100 + 2 * LEAD - 1, 30);

        assertThat(DropCaps.of(paragraph(small, 63, 2, 50))).isEmpty();
        assertThat(DropCaps.of(paragraph(label, 73, 3, 73))).isEmpty();
        assertThat(DropCaps.isCapText("Sudden")).isFalse();
        assertThat(DropCaps.isCapText("1")).isFalse();
    }

    /** The cap, then lines beside it from {@code indent} ({@code beside} of them), then two from {@code after}. */
    private static List<DropCaps.Line> paragraph(DropCaps.Line cap, float indent, int beside, float after) {
        List<DropCaps.Line> lines = new ArrayList<>(List.of(cap));
        for (int k = 0; k < beside + 2; k++) {
            float left = k < beside ? indent : after;
            lines.add(new DropCaps.Line("words of the paragraph line " + k, left, 288, 100 + k * LEAD, SIZE));
        }
        return lines;
    }
}
