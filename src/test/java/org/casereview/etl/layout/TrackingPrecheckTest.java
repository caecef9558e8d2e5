package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** Issue 11: the count that lets most lines skip {@link Tracking#of} never skips a line whose tracking reaches. */
class TrackingPrecheckTest {

    private static TextPosition glyph(float x, float width, String text) {
        return new TextPosition(0, 600, 800, new Matrix(10, 0, 0, 10, x, 100), x + width, 100, 8, width, 2.5f, text,
                new int[] {text.isEmpty() ? 32 : text.charAt(0)}, null, 1, 10);
    }

    /** Letters {@code width} wide, each {@code gap} after the one before, a space every {@code word} letters. */
    private static List<TextPosition> line(float gap, int letters, int word) {
        List<TextPosition> line = new ArrayList<>();
        float x = 50;
        for (int i = 0; i < letters; i++) {
            line.add(glyph(x, 5, i % word == word - 1 ? " " : "A"));
            x += 5 + gap;
        }
        return line;
    }

    @Test
    void aLetterSpacedLineMayReachItsTrackingAndAnOrdinaryLineCannot() {
        assertThat(Tracking.of(line(1.5f, 20, 6))).isEqualTo(1.5f);
        assertThat(Tracking.mayReach(line(1.5f, 20, 6), 0.5f)).isTrue();
        assertThat(Tracking.of(line(0, 20, 6))).isZero();
        assertThat(Tracking.mayReach(line(0, 20, 6), 0.5f)).isFalse();
        assertThat(Tracking.mayReach(line(1.5f, 4, 6), 0.5f)).isFalse(); // three gaps: too few to tell
    }

    @Test
    void noLineItSkipsHasTrackingOfTheLeastOrMore() {
        Random random = new Random(23);
        int skipped = 0;
        for (int n = 0; n < 20_000; n++) {
            List<TextPosition> line = new ArrayList<>();
            float x = 50;
            for (int i = random.nextInt(12); i > 0; i--) {
                float width = 2 + random.nextFloat() * 4;
                line.add(glyph(x, width, random.nextInt(6) == 0 ? " " : "e"));
                x += width + (random.nextFloat() - 0.3f) * 3;
            }
            float least = random.nextFloat() * 1.5f;
            if (!Tracking.mayReach(line, least)) {
                skipped++;
                assertThat(Tracking.of(line)).as("line %d", n).isLessThan(least);
            }
        }
        assertThat(skipped).isGreaterThan(5_000);
    }
}
