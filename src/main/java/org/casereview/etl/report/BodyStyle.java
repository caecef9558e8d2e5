package org.casereview.etl.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The style of the running text: the font size carrying most regular-weight characters, and whether most of those
 * characters at that size are in colour (a report typed in red or blue throughout).
 *
 * @param fontSize body font size in points
 * @param coloured most of the body's characters are in colour: colour then sets no line apart from the text
 */
record BodyStyle(float fontSize, boolean coloured) {

    BodyStyle(float fontSize) {
        this(fontSize, false);
    }

    static BodyStyle of(List<PageText> pages) {
        SizeCounts counts = new SizeCounts();
        for (PageText page : pages) {
            for (TextLine line : page.lines()) {
                for (TextFragment f : line.fragments()) {
                    if (!f.bold()) {
                        counts.add(round(f.fontSize()), f.text().length(), f.coloured());
                    }
                }
            }
        }
        Map<Float, Integer> chars = counts.chars();
        float size = chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(11f);
        return new BodyStyle(size, counts.coloured(size) * 2 > chars.getOrDefault(size, 0));
    }

    /**
     * Characters per rounded size, counted in arrays (a report has a few sizes; each fragment passes here twice a
     * report, so no boxed key or count per fragment); the map of them is built in the order the sizes were first met,
     * as merging fragment by fragment built it, so that equal counts tie the same way. Also {@link TileColumns}'.
     */
    static final class SizeCounts {
        private float[] sizes = new float[8];
        private int[] chars = new int[8];
        private int[] coloured = new int[8];
        private int count;
        private int last = -1;

        /** {@code size} is a rounded size: never NaN nor -0 ({@link #round}), so == is Float.equals here. */
        void add(float size, int length, boolean inColour) {
            int at = last >= 0 && sizes[last] == size ? last : indexOf(size);
            chars[at] += length;
            coloured[at] += inColour ? length : 0;
            last = at;
        }

        private int indexOf(float size) {
            for (int i = 0; i < count; i++) {
                if (sizes[i] == size) {
                    return i;
                }
            }
            if (count == sizes.length) {
                sizes = Arrays.copyOf(sizes, 2 * count);
                chars = Arrays.copyOf(chars, 2 * count);
                coloured = Arrays.copyOf(coloured, 2 * count);
            }
            sizes[count] = size;
            return count++;
        }

        Map<Float, Integer> chars() {
            Map<Float, Integer> map = new HashMap<>();
            for (int i = 0; i < count; i++) {
                map.put(sizes[i], chars[i]);
            }
            return map;
        }

        int coloured(float size) {
            for (int i = 0; i < count; i++) {
                if (sizes[i] == size) {
                    return coloured[i];
                }
            }
            return 0;
        }
    }

    boolean isLarger(float size) {
        return size >= fontSize * 1.12f;
    }

    boolean isSmaller(float size) {
        return size <= fontSize * 0.88f;
    }

    /** A size to the nearest half point: the sizes the body's and a page's counts are kept by. */
    static float round(float size) {
        return Math.round(size * 2) / 2f;
    }
}
