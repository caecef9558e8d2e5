package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineStepsTest {

    private static LineSteps page(LineSteps steps, float... tops) {
        steps.startPage();
        for (float top : tops) {
            steps.line(top, 10);
        }
        return steps;
    }

    @Test
    void linesSteppingUpThePageRunUp() {
        assertThat(page(new LineSteps(), 700, 680, 660, 640, 620).byPosition()).isTrue();
    }

    @Test
    void linesSteppingDownAndAColumnJumpDoNotRunUp() {
        assertThat(page(new LineSteps(), 60, 80, 100, 120, 60, 80, 100, 120).byPosition()).isFalse();
    }

    @Test
    void aBulletOnTheSameBaselineIsNoStep() {
        assertThat(page(new LineSteps(), 100, 100, 100, 98, 100).byPosition()).isFalse();
    }

    @Test
    void mostPagesDecide() {
        LineSteps steps = new LineSteps();
        page(steps, 700, 680, 660, 640);
        page(steps, 60, 80, 100, 120);
        page(steps, 60, 80, 100, 120);
        assertThat(steps.byPosition()).isFalse();
        LineSteps up = new LineSteps();
        page(up, 700, 680, 660, 640);
        page(up, 700, 680, 660, 640);
        page(up, 60, 80, 100, 120);
        page(up, 60);
        assertThat(up.byPosition()).isTrue();
    }

    /** Lines at their baselines, each spanning {@code left}..{@code right}, in stream order. */
    private static LineSteps spans(float[][] lines) {
        LineSteps steps = new LineSteps();
        steps.startPage();
        for (float[] line : lines) {
            steps.line(line[0], 10, line[1], line[2]);
        }
        return steps;
    }

    @Test
    void valuesWrittenAfterAllTheCaptionsInTheGapsBetweenThemAreReadByPosition() {
        // captions at 100, 160, 220, 280; values under each, written after them all
        assertThat(spans(new float[][] {{100, 50, 90}, {160, 50, 80}, {220, 50, 100}, {280, 50, 90},
                {115, 52, 400}, {128, 52, 380}, {175, 52, 500}, {235, 52, 450}, {248, 52, 300}}).byPosition()).isTrue();
    }

    @Test
    void aSecondColumnBesideTheFirstIsNoFilling() {
        assertThat(spans(new float[][] {{60, 50, 500}, {100, 50, 280}, {120, 50, 280}, {140, 50, 280}, {160, 50, 280},
                {100, 310, 540}, {120, 310, 540}, {140, 310, 540}, {160, 310, 540}}).byPosition()).isFalse();
    }

    @Test
    void aBoxWrittenAfterAPageOfTextIsTooLittleToReorderIt() {
        // twelve lines of text with a gap after the sixth, then a three-line box written into the gap
        float[][] lines = new float[15][];
        for (int i = 0; i < 12; i++) {
            lines[i] = new float[] {100 + 14 * (i < 6 ? i : i + 4), 50, 500};
        }
        for (int i = 0; i < 3; i++) {
            lines[12 + i] = new float[] {100 + 14 * (6 + i) + 5, 60, 490};
        }
        assertThat(spans(lines).byPosition()).isFalse();
    }

    @Test
    void wordsOnOneBaselineWidenTheirLine() {
        // the value's words come one by one; as one line they still fill the gap between the captions
        assertThat(spans(new float[][] {{100, 50, 90}, {160, 50, 80}, {220, 50, 100}, {280, 50, 90},
                {130, 300, 400}, {130, 52, 120}, {190, 300, 400}, {190, 52, 100}, {250, 52, 300}}).byPosition())
                .isTrue();
    }

    @Test
    void framesSideBySideWrittenIntoTheGapOfTheBodyTextAreNoFilledInForm() {
        // the body text first (heading, intro, a note under the first row of frames), then the frames one after
        // another: the left frame's lines fall between the intro and the note, the right frame's beside them at
        // heights of their own (other wraps), then a third frame under the first
        float[][] lines = new float[3 + 12 + 12 + 8][];
        lines[0] = new float[] {60, 50, 500};
        lines[1] = new float[] {80, 50, 500};
        lines[2] = new float[] {400, 50, 450};
        for (int i = 0; i < 12; i++) {
            lines[3 + i] = new float[] {110 + 22 * i, 55, 270};
            lines[15 + i] = new float[] {110 + 20 * i, 300, 540};
        }
        for (int i = 0; i < 8; i++) {
            lines[27 + i] = new float[] {440 + 14 * i, 55, 270};
        }
        assertThat(spans(lines).byPosition()).isFalse();
    }

    @Test
    void linesWithNoColumnBesideThemStillFillAGap() {
        // the frames' page again with one frame alone on its row: nothing stands beside its lines, so they fill the
        // gap between the intro and the note as a form's values would (position order reads one column alike)
        float[][] lines = new float[3 + 12][];
        lines[0] = new float[] {60, 50, 500};
        lines[1] = new float[] {80, 50, 500};
        lines[2] = new float[] {400, 50, 450};
        for (int i = 0; i < 12; i++) {
            lines[3 + i] = new float[] {110 + 22 * i, 55, 270};
        }
        assertThat(spans(lines).byPosition()).isTrue();
    }

    @Test
    void aWordPutBackIntoALineDrawnBeforeFillsItToo() {
        // a page drawn one font at a time: the summary, items and folio regular (the summary's second line in two
        // pieces around the gap its bold word will fill), then in bold the title above them all, the child's code
        // into its gap and the two labels, then the oblique link; the bold word fills no gap but goes back into a
        // line already drawn, as only a page not drawn in reading order does
        assertThat(spans(new float[][] {{100, 50, 500}, {114, 50, 300}, {114, 380, 420}, {128, 50, 100},
                {160, 62, 400}, {174, 62, 380}, {206, 62, 420}, {220, 62, 300}, {800, 50, 200},
                {80, 50, 300}, {114, 305, 376}, {145, 50, 150}, {192, 50, 180}, {245, 50, 200}}).byPosition()).isTrue();
    }

    @Test
    void wordsPutBackBesideAColumnAreNoFilling() {
        // three lines each drawn around a gap, a bold title over them, then a bold word into each gap: read by position
        float[][] alone = {{100, 50, 150}, {100, 220, 280}, {114, 50, 150}, {114, 220, 280}, {128, 50, 150},
                {128, 220, 280}, {80, 50, 280}, {100, 155, 215}, {114, 155, 215}, {128, 155, 215}};
        assertThat(spans(alone).byPosition()).isTrue();
        // the same with a second column beside those lines: position order would read across both
        float[][] besideAColumn = {{100, 50, 150}, {100, 220, 280}, {114, 50, 150}, {114, 220, 280}, {128, 50, 150},
                {128, 220, 280}, {100, 320, 540}, {114, 320, 540}, {128, 320, 540}, {80, 50, 280}, {100, 155, 215},
                {114, 155, 215}, {128, 155, 215}};
        assertThat(spans(besideAColumn).byPosition()).isFalse();
    }

    @Test
    void aRunningHeadAndFolioWrittenBeforeTheBodyAreNoGapItFills() {
        // head at 50 and folio at 800, each across the page, written first; then a page of body lines between them
        float[][] lines = new float[14][];
        lines[0] = new float[] {50, 50, 540};
        lines[1] = new float[] {800, 50, 540};
        for (int i = 0; i < 12; i++) {
            lines[2 + i] = new float[] {100 + 20 * i, 50, 500};
        }
        assertThat(spans(lines).byPosition()).isFalse();
    }

    /** A page's glyphs, each a piece of its own in stream order (6 pt wide, size 10), on four lines of 30, top to bottom. */
    private static LineSteps glyphs(boolean shuffled) {
        java.util.List<float[]> pieces = new java.util.ArrayList<>();
        for (int row = 0; row < 4; row++) {
            for (int k = 0; k < 30; k++) {
                pieces.add(new float[] {100 + 14 * row, 56 + 6 * k, 62 + 6 * k});
            }
        }
        if (shuffled) {
            java.util.Collections.shuffle(pieces, new java.util.Random(7));
        }
        return spans(pieces.toArray(new float[0][]));
    }

    @Test
    void singleGlyphsDrawnInNoOrderAreReadByPosition() {
        assertThat(glyphs(true).byPosition()).isTrue();
    }

    @Test
    void singleGlyphsDrawnInReadingOrderMakeWholeLinesAndKeepStreamOrder() {
        assertThat(glyphs(false).byPosition()).isFalse();
    }

    @Test
    void wordsCorrectedInTheirLinesAfterTheBodyAreReadByPositionUnlessThePageHasColumns() {
        assertThat(corrected(false, false).byPosition()).isFalse();
        assertThat(corrected(true, false).byPosition()).isTrue();
        assertThat(corrected(true, true).byPosition()).isFalse();
    }

    /** Twenty body lines down the page (a second column of them beside), then two new words put back into lines 3 and 12 (a correction's words). */
    private static LineSteps corrected(boolean replaced, boolean columns) {
        LineSteps steps = new LineSteps();
        steps.startPage();
        for (int i = 0; i < 20; i++) {
            steps.line(100 + 14 * i, 10, 60, 500);
        }
        for (int i = 0; columns && i < 20; i++) {
            steps.line(100 + 14 * i, 10, 540, 800); // a second column, beside the first
        }
        steps.line(100 + 14 * 3, 10, 200, 240);
        steps.line(100 + 14 * 12, 10, 300, 330);
        if (replaced) {
            steps.wordsReplaced();
        }
        return steps;
    }
}
