package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * The letter-spacing of a line (CSS {@code letter-spacing}, the PDF {@code Tc} operator): the usual gap between
 * neighbouring glyphs of a word. A word space is a gap wider than that by a share of a space, so a uniformly
 * letter-spaced line keeps its words ("LEARNING", not "L E A R N I N G") and ordinary text (no gap between the
 * letters of a word) is judged as before. The one rule for the layout model's text ({@link GlyphText}) and the text
 * strippers' word separators ({@link TrackedLetterGaps}).
 */
public final class Tracking {

    /** Fewer gaps than this say nothing about a line's usual gap. */
    private static final int MIN_GAPS = 4;
    /** The usual gap is the lower quartile of the gaps: words of more than one letter make most gaps letter gaps. */
    private static final double QUARTILE = 0.25;
    /** A usual gap this close to a space is word spacing (a row of single letters or figures), not tracking. */
    private static final float MAX_SHARE_OF_SPACE = 0.8f;
    /** A gap past the tracking by this share of a space is a word space. */
    private static final float SPACE_SHARE = 0.2f;

    private Tracking() {
    }

    /** The usual gap between the glyphs of one line, left to right; 0 when the letters of its words touch. */
    public static float of(List<TextPosition> line) {
        List<Float> gaps = new ArrayList<>();
        float space = Float.MAX_VALUE;
        for (int i = 1; i < line.size(); i++) {
            TextPosition previous = line.get(i - 1);
            TextPosition glyph = line.get(i);
            if (blank(previous) || blank(glyph)) {
                continue;
            }
            gaps.add(gap(previous, glyph));
            space = Math.min(space, space(previous));
        }
        if (gaps.size() < MIN_GAPS) {
            return 0;
        }
        gaps.sort(null);
        float usual = gaps.get((int) (QUARTILE * (gaps.size() - 1)));
        return usual > 0 && usual < MAX_SHARE_OF_SPACE * space ? usual : 0;
    }

    /**
     * False when the line's usual gap ({@link #of}) is surely under {@code least} (more than a quarter of its gaps are,
     * or it has too few): counted without boxing or sorting the gaps, so that a page's many ordinary lines cost little.
     */
    static boolean mayReach(List<TextPosition> line, float least) {
        int gaps = 0;
        int under = 0;
        for (int i = 1; i < line.size(); i++) {
            TextPosition previous = line.get(i - 1);
            TextPosition glyph = line.get(i);
            if (!blank(previous) && !blank(glyph)) {
                gaps++;
                if (gap(previous, glyph) < least) {
                    under++;
                }
            }
        }
        // of() takes the gap at this index of the sorted gaps: it is under least when more gaps than the index are
        return gaps >= MIN_GAPS && under <= (int) (QUARTILE * (gaps - 1));
    }

    /** Whether the gap between two neighbouring glyphs of a line with this tracking is a word space. */
    public static boolean wordSpace(TextPosition previous, TextPosition glyph, float tracking) {
        return gap(previous, glyph) - tracking > SPACE_SHARE * space(previous);
    }

    /** The width of a space in the glyph's font and size. */
    static float space(TextPosition glyph) {
        return glyph.getWidthOfSpace() > 0 ? glyph.getWidthOfSpace() : glyph.getFontSizeInPt() / 4;
    }

    private static float gap(TextPosition previous, TextPosition glyph) {
        return glyph.getXDirAdj() - previous.getXDirAdj() - previous.getWidthDirAdj();
    }

    static boolean blank(TextPosition glyph) {
        return glyph.getUnicode() == null || glyph.getUnicode().isBlank();
    }
}
