package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.layout.TrackedLetterGaps;

/**
 * Word spaces PDFBox misses on a tightly justified line with no space glyphs (a subset font without one): it starts a
 * word where a gap passes the smaller of half the font's space and 0.3 of the average glyph width, and a font without
 * a space glyph gives it no true space, so before wide glyphs the shrunk word gaps of a tight line (0.15-0.2 em) pass
 * for letter gaps. A gap wider than the line's usual gap between glyphs (its median: about nil for kerned text, the
 * tracking for letter-spaced text) by a share of the type size is a word space, as pdftotext has it. Read from a
 * page's glyphs before PDFBox parts them into words; a word it hands over is then parted at those gaps. The opposite
 * case, letter gaps PDFBox takes for word spaces, is {@link TrackedLetterGaps}. A gap is a word space only between
 * the two glyphs it was measured between: a page read in position order puts glyphs side by side that were not
 * neighbours in its stream (glyphs drawn one by one, in no order), and a gap to a far glyph says nothing of them.
 */
final class LineWordGaps {

    /** pdftotext breaks words at a tenth of the type size; the report reader's fragments part at 0.12. */
    private static final float SHARE_OF_SIZE = 0.12f;
    /** Fewer gaps than this on a line say nothing of its usual gap (taken as nil). */
    private static final int MIN_GAPS = 4;

    /** Each glyph after which a word space opens that PDFBox may not see, with the glyph after the space; none for most pages. */
    private final Map<TextPosition, TextPosition> spaceAfter;

    private LineWordGaps(Map<TextPosition, TextPosition> spaceAfter) {
        this.spaceAfter = spaceAfter;
    }

    static final LineWordGaps NONE = new LineWordGaps(Map.of());

    /** The word spaces of a page's glyphs, in the order the text stripper holds them (lists of runs). */
    static LineWordGaps of(List<List<TextPosition>> runs) {
        Map<TextPosition, TextPosition> after = new IdentityHashMap<>();
        TrackedLetterGaps.lines(runs).forEach(line -> line(line, after));
        return after.isEmpty() ? NONE : new LineWordGaps(after);
    }

    /**
     * Where the word's glyphs part: the indexes of the glyphs that open a new word; empty when the word holds no such
     * gap, or when its text is not its glyphs' text one to one (ligatures, reordered text).
     */
    List<Integer> breaks(String text, List<TextPosition> glyphs) {
        if (spaceAfter.isEmpty()) {
            return List.of();
        }
        List<Integer> breaks = new ArrayList<>();
        StringBuilder unicode = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            if (i > 0 && spaceAfter.get(glyphs.get(i - 1)) == glyphs.get(i)) {
                breaks.add(i);
            }
            unicode.append(glyphs.get(i).getUnicode());
        }
        return !breaks.isEmpty() && unicode.toString().equals(text) && glyphs.stream()
                .allMatch(g -> g.getUnicode().length() == 1) ? breaks : List.of();
    }

    private static void line(List<TextPosition> line, Map<TextPosition, TextPosition> after) {
        if (line.size() < 2) {
            return;
        }
        float[] gaps = new float[line.size() - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = gap(line.get(i), line.get(i + 1));
        }
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        float usual = gaps.length < MIN_GAPS ? 0 : Math.max(0, sorted[(sorted.length - 1) / 2]);
        for (int i = 0; i < gaps.length; i++) {
            TextPosition glyph = line.get(i);
            if (gaps[i] > usual + SHARE_OF_SIZE * glyph.getFontSizeInPt() && !blank(glyph) && !blank(line.get(i + 1))) {
                after.put(glyph, line.get(i + 1));
            }
        }
    }

    private static float gap(TextPosition a, TextPosition b) {
        return b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
    }

    private static boolean blank(TextPosition glyph) {
        return glyph.getUnicode() == null || glyph.getUnicode().isBlank();
    }
}
