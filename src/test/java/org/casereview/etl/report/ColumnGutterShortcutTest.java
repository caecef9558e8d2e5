package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link ColumnGutter#strip} skips its two strip-by-strip scans on a page with fewer than four rows holding text right
 * of the scanned range's left edge: the skipped page gets the same answers (plain columns, parallel columns, columns in
 * two languages) as {@link ColumnGutter#scan} gives it, on hand-made pages and on 5,000 random ones (one column, two
 * columns, tables, page numbers at the right, fragments touching the range's edge).
 */
class ColumnGutterShortcutTest {

    private static final float PAGE_WIDTH = 595;
    private static final String[] WORDS = {"the", "child", "was", "seen", "1.", "\u2022", "school", "(a)", "nurse",
        "2019", "Learning", "y", "plentyn", "ysgol"};

    @Test
    void aPageOfRunningTextSkipsTheScansAndTwoColumnsDoNot() {
        List<TextLine> oneColumn = new ArrayList<>();
        List<TextLine> twoColumns = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            float y = 700 - 14 * r;
            oneColumn.add(line(fragment("She said that she had fallen from a trampoline at school", 72, 523, y)));
            twoColumns.add(line(fragment("She said that she had fallen", 56, 280, y),
                    fragment("from a trampoline at school", 315, 540, y)));
        }
        oneColumn.add(line(fragment("Page 2 of 30", 470, 523, 40)));

        assertThat(ColumnGutter.strip(oneColumn, PAGE_WIDTH).x()).isNull();
        assertThat(ColumnGutter.scan(oneColumn, PAGE_WIDTH).columns()).isNull();
        assertThat(ColumnGutter.strip(twoColumns, PAGE_WIDTH).columns()).isNotNull()
                .isEqualTo(ColumnGutter.scan(twoColumns, PAGE_WIDTH).columns());
    }

    @Test
    void aSkippedPageGetsTheAnswersOfTheScans() {
        Random random = new Random(30);
        int skipped = 0;
        int columns = 0;
        for (int n = 0; n < 5_000; n++) {
            List<TextLine> rows = randomPage(random);
            ColumnGutter.Strip strip = ColumnGutter.strip(rows, PAGE_WIDTH);
            ColumnGutter.Strip scan = ColumnGutter.scan(rows, PAGE_WIDTH);
            assertThat(strip.columns()).as("%s", rows).isEqualTo(scan.columns());
            assertThat(strip.parallelColumns()).as("%s", rows).isEqualTo(scan.parallelColumns());
            assertThat(strip.languageColumns()).as("%s", rows).isEqualTo(scan.languageColumns());
            skipped += strip.x() == null && rows.size() >= 4 ? 1 : 0;
            columns += scan.columns() != null || scan.parallelColumns() != null ? 1 : 0;
        }
        assertThat(skipped).isBetween(500, 4_500);
        assertThat(columns).isGreaterThan(50);
    }

    /** A page of one of four shapes: one column, two columns, a table, or one column with a few lines at the right. */
    private static List<TextLine> randomPage(Random random) {
        int shape = random.nextInt(4);
        int count = 2 + random.nextInt(28);
        List<TextLine> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            float y = 780 - 14 * r;
            List<TextFragment> fragments = new ArrayList<>();
            switch (shape) {
                case 0 -> fragments.add(fragment(words(random), 72, 200 + random.nextInt(330), y));
                case 1 -> {
                    fragments.add(fragment(words(random), 56, 200 + random.nextInt(90), y));
                    if (random.nextInt(5) > 0) {
                        float x = 300 + random.nextInt(30);
                        fragments.add(fragment(words(random), x, x + 100 + random.nextInt(140), y));
                    }
                }
                case 2 -> {
                    for (float x = 56; x < 520; x += 60 + random.nextInt(160)) {
                        fragments.add(fragment(words(random), x, x + 20 + random.nextInt(60), y));
                    }
                }
                default -> {
                    // the range's left edge (0.35 x 595 + 4 = 212.25) and just beside it
                    float x = random.nextInt(6) == 0 ? 208.25f + random.nextInt(9) : 72 + 60 * random.nextInt(8);
                    fragments.add(fragment(words(random), x, x + random.nextInt(200), y));
                }
            }
            rows.add(line(fragments.toArray(TextFragment[]::new)));
        }
        return rows;
    }

    private static String words(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(5);
        for (int w = 0; w < words; w++) {
            text.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static TextFragment fragment(String text, float x, float endX, float y) {
        return new TextFragment(text, x, endX, y, 10, false);
    }

    private static TextLine line(TextFragment... fragments) {
        StringBuilder text = new StringBuilder();
        for (TextFragment f : fragments) {
            text.append(text.length() > 0 ? " " : "").append(f.text());
        }
        return new TextLine(1, text.toString(), List.of(fragments));
    }
}
