package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Notes in a narrow column of smaller type beside the right edge of the text column (sidenotes and margin notes,
 * as tufte-handout sets them): read across the page with the body lines level with them, they cut a line or an
 * item in two and run into its text. Like footnotes below the body, they are left out of the page's lines.
 */
final class MarginNotes {

    /** Notes are set at most this share of the body's size (8 pt or 7 pt on 10 pt or 9 pt). */
    private static final float SIZE_SHARE = 0.85f;
    /** White space between the text column's right edge and the notes, in body sizes. */
    private static final float GAP = 1f;
    /** Body lines this many body sizes above or below a note line stand beside it. */
    private static final float LEVEL = 2f;
    /** The notes' column is narrow: at most this share of the page's width. */
    private static final float MAX_WIDTH = 0.3f;
    /** A note column starts in the right half of the page. */
    private static final float MIN_START = 0.5f;

    private MarginNotes() {
    }

    /** The fragments without those of a note column right of the text column; all of them when there is none. */
    static List<TextFragment> without(List<TextFragment> fragments, float pageWidth) {
        float body = bodySize(fragments);
        if (body <= 0) {
            return fragments;
        }
        List<TextFragment> notes = new ArrayList<>();
        for (TextFragment f : fragments) {
            if (!f.isBlank() && f.fontSize() <= SIZE_SHARE * body && f.x() >= MIN_START * pageWidth
                    && besideTextColumn(f, fragments, body)) {
                notes.add(f);
            }
        }
        if (notes.isEmpty()) {
            return fragments;
        }
        float left = (float) notes.stream().mapToDouble(TextFragment::x).min().orElse(0);
        float right = (float) notes.stream().mapToDouble(TextFragment::endX).max().orElse(0);
        if (right - left > MAX_WIDTH * pageWidth) {
            return fragments;
        }
        List<TextFragment> kept = new ArrayList<>(fragments);
        kept.removeAll(notes);
        return kept;
    }

    /**
     * Body-sized text stands level with the fragment, all of it ending well left of the fragment: the fragment
     * lies outside the text column's right edge, beside its lines.
     */
    private static boolean besideTextColumn(TextFragment note, List<TextFragment> fragments, float body) {
        boolean beside = false;
        for (TextFragment f : fragments) {
            if (f.isBlank() || f.fontSize() <= SIZE_SHARE * body || Math.abs(f.y() - note.y()) > LEVEL * body) {
                continue;
            }
            if (f.endX() > note.x() - GAP * body) {
                return false;
            }
            beside = true;
        }
        return beside;
    }

    /** The size of most characters on the page. */
    private static float bodySize(List<TextFragment> fragments) {
        List<TextFragment> bySize = new ArrayList<>(fragments);
        bySize.sort(Comparator.comparingDouble(TextFragment::fontSize));
        int total = bySize.stream().mapToInt(f -> f.text().length()).sum();
        int seen = 0;
        for (TextFragment f : bySize) {
            seen += f.text().length();
            if (2 * seen >= total) {
                return f.fontSize();
            }
        }
        return 0;
    }
}
