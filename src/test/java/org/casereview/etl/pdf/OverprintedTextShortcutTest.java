package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * {@link OverprintedText#repeats} keeps the direction and the end of the glyph kept last (worked out once, as it is
 * kept) instead of working them out again from that glyph for each next one: the same answers as the rule written
 * plainly ({@link Plain}, the rule as it stood in session 30) on hand-made runs and on 3,000 random pages of runs in
 * two directions and sizes, some drawn again a fraction of a point off (a simulated bold), some redrawn glyph by glyph,
 * some with a shadow a point off, and kerned pairs whose glyphs start a little inside the glyph before.
 */
class OverprintedTextShortcutTest {

    private static final String LETTERS = "abcdefghilmnorstuACHR .,1";

    @Test
    void aTitleDrawnTwiceIsReadOnceAndRunningTextIsKept() {
        List<TextPosition> page = new ArrayList<>();
        page.addAll(run("Child A", 72, 700, 14, 0, 0));
        page.addAll(run("Child A", 72.3f, 700, 14, 0, 0));
        page.addAll(run("She was seen at school", 72, 680, 11, 0, 0));
        boolean[] read = answers(new OverprintedText(), page);

        assertThat(count(read)).isEqualTo(7);
        assertThat(read).isEqualTo(answers(new Plain(), page));
    }

    @Test
    void randomPagesGetThePlainRulesAnswers() {
        Random random = new Random(31);
        OverprintedText shortcut = new OverprintedText();
        Plain plain = new Plain();
        int repeatsSeen = 0;
        for (int p = 0; p < 3000; p++) {
            List<TextPosition> page = randomPage(random);
            shortcut.startPage();
            plain.startPage();
            boolean[] expected = answers(plain, page);
            assertThat(answers(shortcut, page)).as("page %d", p).isEqualTo(expected);
            repeatsSeen += count(expected);
        }
        assertThat(repeatsSeen).as("the random pages hold repeats").isGreaterThan(1000);
    }

    private static List<TextPosition> randomPage(Random random) {
        List<TextPosition> page = new ArrayList<>();
        int lines = 1 + random.nextInt(12);
        for (int l = 0; l < lines; l++) {
            float size = random.nextBoolean() ? 11 : 6 + random.nextInt(20);
            float scale = random.nextInt(6) == 0 ? 0.1f : 1;
            int dir = random.nextInt(5) == 0 ? 90 : 0;
            float x = 40 + random.nextInt(200);
            float y = 100 + random.nextInt(600);
            StringBuilder text = new StringBuilder();
            for (int i = 2 + random.nextInt(30); i > 0; i--) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            List<TextPosition> line = run(text.toString(), x, y, size, dir, random.nextInt(4) == 0 ? 0.3f : 0, scale);
            page.addAll(line);
            switch (random.nextInt(5)) {
                case 0 -> page.addAll(run(text.toString(), x + random.nextFloat(), y + random.nextFloat() * 0.5f, size,
                        dir, 0, scale)); // drawn again a fraction off, or a shadow
                case 1 -> page.addAll(line.subList(random.nextInt(line.size()), line.size())); // a word redrawn
                case 2 -> page.add(line.get(random.nextInt(line.size()))); // one glyph again
                default -> { }
            }
        }
        return page;
    }

    /** Glyphs of a run; a kern above 0 starts each glyph that share of the size inside the one before. */
    private static List<TextPosition> run(String text, float x, float y, float size, int dir, float kern) {
        return run(text, x, y, size, dir, kern, 1);
    }

    private static List<TextPosition> run(String text, float x, float y, float size, int dir, float kern,
            float scale) {
        List<TextPosition> glyphs = new ArrayList<>();
        float along = 0;
        for (int i = 0; i < text.length(); i++) {
            float width = 0.5f * size;
            glyphs.add(glyph(text.substring(i, i + 1), x + along, y, size, width, dir, scale));
            along += width - kern * size;
        }
        return glyphs;
    }

    private static TextPosition glyph(String unicode, float along, float baseline, float size, float width, int dir,
            float scale) {
        float s = size * scale;
        Matrix matrix = dir == 0 ? new Matrix(s, 0, 0, s, along * scale, baseline * scale)
                : new Matrix(0, s, -s, 0, baseline * scale, along * scale);
        float endX = dir == 0 ? (along + width) * scale : baseline * scale;
        float endY = dir == 0 ? baseline * scale : (along + width) * scale;
        return new TextPosition(0, 595, 842, matrix, endX, endY, s, width * scale, s / 4, unicode,
                new int[] {unicode.charAt(0)}, null, size, Math.round(size));
    }

    private static boolean[] answers(Object rule, List<TextPosition> page) {
        boolean[] read = new boolean[page.size()];
        for (int i = 0; i < page.size(); i++) {
            read[i] = rule instanceof OverprintedText o ? o.repeats(page.get(i)) : ((Plain) rule).repeats(page.get(i));
        }
        return read;
    }

    private static int count(boolean[] read) {
        int n = 0;
        for (boolean r : read) {
            n += r ? 1 : 0;
        }
        return n;
    }

    /** The rule written plainly, every measure of the glyph before worked out again for each glyph. */
    private static final class Plain {
        private final List<TextPosition> kept = new ArrayList<>();
        private int echo = -1;

        void startPage() {
            kept.clear();
            echo = -1;
        }

        boolean repeats(TextPosition glyph) {
            if (echo >= 0 && echo < kept.size() && same(kept.get(echo), glyph)) {
                echo++;
                return true;
            }
            echo = -1;
            if (!kept.isEmpty() && startsBack(kept.get(kept.size() - 1), glyph)) {
                int found = repeated(glyph);
                if (found >= 0) {
                    echo = found + 1;
                    return true;
                }
            }
            kept.add(glyph);
            return false;
        }

        private static boolean startsBack(TextPosition before, TextPosition glyph) {
            float end = before.getXDirAdj() + before.getWidthDirAdj();
            if (before.getDir() != glyph.getDir() || glyph.getXDirAdj() >= end) {
                return false;
            }
            float near = near(glyph);
            return Math.abs(before.getYDirAdj() - glyph.getYDirAdj()) <= near && glyph.getXDirAdj() < end - near;
        }

        private int repeated(TextPosition glyph) {
            float near = near(glyph);
            for (int i = kept.size() - 1; i >= Math.max(0, kept.size() - 200); i--) {
                TextPosition earlier = kept.get(i);
                if (earlier.getDir() != glyph.getDir()
                        || Math.abs(earlier.getYDirAdj() - glyph.getYDirAdj()) > near) {
                    return -1;
                }
                if (same(earlier, glyph)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean same(TextPosition earlier, TextPosition glyph) {
            float near = near(glyph);
            return earlier.getDir() == glyph.getDir() && Objects.equals(earlier.getUnicode(), glyph.getUnicode())
                    && Math.abs(earlier.getXDirAdj() - glyph.getXDirAdj()) <= near
                    && Math.abs(earlier.getYDirAdj() - glyph.getYDirAdj()) <= near;
        }

        private static float near(TextPosition glyph) {
            float onPage = glyph.getTextMatrix().getScalingFactorY();
            float size = onPage > 0 && Float.isFinite(onPage) ? onPage : glyph.getFontSizeInPt();
            return 0.15f * Math.max(0.1f, size);
        }
    }
}
