package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words of very different sizes in one baseline band that are not set together: a newsletter's masthead and the issue
 * line in small type beside it, or a heading the page flow puts under a browser's fixed banner, which prints its
 * notice over it. They share a baseline only by chance, so they are two lines. Type set together in mixed sizes stays
 * one line: a drop cap, small capitals, a note call or a larger bullet sit close to the text they belong to, and a
 * run-in label is in the text's size.
 */
final class SizeApart {

    /** A size this many times another is another kind of type (a 20 pt heading over 9 pt notice text). */
    private static final float SIZE_RATIO = 1.5f;
    /** Wider than a word space of the smaller type, and than a drop cap's indent to its text (half the cap's em). */
    private static final float GAP_OF_SMALL = 1.0f;
    private static final float GAP_OF_LARGE = 0.35f;
    /** Glyphs printed over each other by more than this share of the smaller size are no run of text. */
    private static final float OVERLAP_OF_SMALL = 0.25f;

    private SizeApart() {
    }

    /**
     * The line's fragments (left to right) as one part, or as the smaller type's and the larger type's, when every
     * place where the two meet is a wide gap, an overprint or a drawn cell edge and each holds words. The larger type
     * comes second: it is what runs on below (a heading into its section, a masthead onto its second line), the
     * smaller a line set beside it.
     */
    static List<List<TextFragment>> parts(List<TextFragment> line) {
        float cut = cutSize(line);
        if (cut == 0) {
            return List.of(line);
        }
        List<TextFragment> large = new ArrayList<>();
        List<TextFragment> small = new ArrayList<>();
        TextFragment previous = null;
        List<TextFragment> current = large;
        for (TextFragment f : line) {
            if (!f.isBlank()) {
                boolean isLarge = f.fontSize() >= cut;
                if (previous != null && isLarge != previous.fontSize() >= cut && !apart(previous, f)) {
                    return List.of(line);
                }
                current = isLarge ? large : small;
                previous = f;
            }
            // a blank fragment goes with the words before it
            current.add(f);
        }
        if (!hasWords(large) || !hasWords(small)) {
            return List.of(line);
        }
        return List.of(small, large);
    }

    /** The smallest size of the larger type where the line's sizes jump by the ratio or more, 0 when they do not. */
    private static float cutSize(List<TextFragment> line) {
        float[] sizes = new float[line.size()];
        int n = 0;
        for (TextFragment f : line) {
            if (!f.isBlank()) {
                sizes[n++] = f.fontSize();
            }
        }
        if (n < 2) {
            return 0;
        }
        Arrays.sort(sizes, 0, n);
        float best = 0;
        float cut = 0;
        for (int i = 1; i < n; i++) {
            float ratio = sizes[i] / Math.max(sizes[i - 1], 0.1f);
            if (ratio >= SIZE_RATIO && ratio > best) {
                best = ratio;
                cut = sizes[i];
            }
        }
        return cut;
    }

    private static boolean apart(TextFragment left, TextFragment right) {
        float smaller = Math.min(left.fontSize(), right.fontSize());
        float larger = Math.max(left.fontSize(), right.fontSize());
        float gap = right.x() - left.endX();
        return right.afterRule() || gap < -OVERLAP_OF_SMALL * smaller
                || gap > Math.max(GAP_OF_SMALL * smaller, GAP_OF_LARGE * larger);
    }

    /** Two letters or more: a bullet, a number or a drop cap alone is no line of its own. */
    private static boolean hasWords(List<TextFragment> fragments) {
        int letters = 0;
        for (TextFragment f : fragments) {
            String text = f.text();
            for (int i = 0; i < text.length() && letters < 2; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    letters++;
                }
            }
        }
        return letters >= 2;
    }
}
