package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link ReadAcross#canSplit}, which lets a page none of whose lines can split skip the strip-by-strip search, says
 * yes exactly when {@link ReadAcross#splitsAt} holds at some x: on hand-made lines and on 20,000 random ones (fragments
 * overlapping, touching, of zero width, with and without words), tried at every fragment edge, where the strips at
 * which a line splits begin.
 */
class ReadAcrossCanSplitTest {

    private static final String[] WORDS = {"the", "child", "was", "seen", "1.2", "-", "school", "(a)", "nurse", "2019"};

    @Test
    void twoColumnsOfRunningTextSplitAndOneColumnDoesNot() {
        TextLine across = line(fragment("She said that she had", 56, 200, 10),
                fragment("did not set one injury", 320, 470, 10));
        TextLine oneColumn = line(fragment("She said that she had fallen from a trampoline", 56, 470, 10));
        TextLine narrowGap = line(fragment("She said that", 56, 120, 10), fragment("she had fallen", 125, 200, 10));
        TextLine labelBeside = line(fragment("1.2", 56, 70, 10), fragment("did not set one injury", 120, 300, 10));

        assertThat(ReadAcross.canSplit(across)).isTrue();
        assertThat(ReadAcross.canSplit(oneColumn)).isFalse();
        assertThat(ReadAcross.canSplit(narrowGap)).isFalse();
        assertThat(ReadAcross.canSplit(labelBeside)).isFalse();
    }

    @Test
    void saysYesExactlyWhereSomeStripSplitsTheLine() {
        Random random = new Random(28);
        int splittable = 0;
        for (int n = 0; n < 20_000; n++) {
            TextLine line = randomLine(random);
            boolean somewhere = false;
            for (TextFragment f : line.fragments()) {
                for (float x : new float[] {f.x(), f.endX()}) {
                    somewhere |= ReadAcross.splitsAt(line, x);
                }
            }
            assertThat(ReadAcross.canSplit(line)).as("%s", line.fragments()).isEqualTo(somewhere);
            splittable += somewhere ? 1 : 0;
        }
        assertThat(splittable).isBetween(2_000, 18_000);
    }

    private static TextLine randomLine(Random random) {
        int count = 1 + random.nextInt(6);
        float size = 8 + random.nextInt(7);
        List<TextFragment> fragments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(6);
            for (int w = 0; w < words; w++) {
                text.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
            }
            // whole points, so that edges touch and coincide often
            float x = random.nextInt(60) * 5;
            float width = random.nextInt(8) == 0 ? 0 : random.nextInt(40) * 3;
            fragments.add(fragment(text.length() == 0 ? "x" : text.toString(), x, x + width, size));
        }
        return line(fragments.toArray(TextFragment[]::new));
    }

    private static TextFragment fragment(String text, float x, float endX, float size) {
        return new TextFragment(text, x, endX, 700, size, false);
    }

    private static TextLine line(TextFragment... fragments) {
        StringBuilder text = new StringBuilder();
        for (TextFragment f : fragments) {
            text.append(text.length() > 0 ? " " : "").append(f.text());
        }
        return new TextLine(1, text.toString(), List.of(fragments));
    }
}
