package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.text.TextPosition;

/**
 * The letter gaps of a page's letter-spaced lines that PDFBox takes for word spaces. PDFBox starts a word where a gap
 * passes the smaller of half a space and 0.3 of the average glyph width; capitals set 0.15 em apart or more (a design
 * tool's labels, 'L E A R N I N G') pass that between every two letters. A line's own tracking ({@link Tracking})
 * tells its letter gaps from its word spaces, as the layout model's text has it; a text stripper leaves out a word
 * separator between two glyphs of one such word. Lines whose letters touch or are only kerned are left to PDFBox.
 */
public final class TrackedLetterGaps {

    public static final TrackedLetterGaps NONE = new TrackedLetterGaps(Map.of());

    /** Tracking under this share of the type size is kerning, which PDFBox does not part. */
    private static final float MIN_SHARE_OF_SIZE = 0.05f;
    /** Glyphs whose baselines or sizes differ by more than this share of the size are not neighbours on a line. */
    private static final float SAME = 0.1f;

    /** Each glyph of a letter-spaced word with the glyph after it in the word. */
    private final Map<TextPosition, TextPosition> next;

    private TrackedLetterGaps(Map<TextPosition, TextPosition> next) {
        this.next = next;
    }

    /** The letter gaps of a page's glyphs, in the order the text stripper holds them (its lists of runs). */
    public static TrackedLetterGaps of(List<List<TextPosition>> runs) {
        Map<TextPosition, TextPosition> next = new IdentityHashMap<>();
        for (List<TextPosition> line : lines(runs)) {
            float least = MIN_SHARE_OF_SIZE * line.get(0).getFontSizeInPt();
            if (least > 0 && !Tracking.mayReach(line, least)) {
                continue; // its tracking is under least: most lines, told without sorting their gaps
            }
            float tracking = Tracking.of(line);
            if (tracking < least) {
                continue;
            }
            for (int i = 1; i < line.size(); i++) {
                TextPosition previous = line.get(i - 1);
                TextPosition glyph = line.get(i);
                if (!Tracking.blank(previous) && !Tracking.blank(glyph) && !Tracking.wordSpace(previous, glyph, tracking)) {
                    next.put(previous, glyph);
                }
            }
        }
        return next.isEmpty() ? NONE : new TrackedLetterGaps(next);
    }

    /** Whether the two glyphs, one ending a word as PDFBox parts them and one starting the next, are one word's. */
    public boolean joins(TextPosition before, TextPosition after) {
        return before != null && after != null && next.get(before) == after;
    }

    /** The runs parted into lines: neighbouring glyphs side by side on one baseline in one size, left to right. */
    public static List<List<TextPosition>> lines(List<List<TextPosition>> runs) {
        List<List<TextPosition>> lines = new ArrayList<>();
        for (List<TextPosition> run : runs) {
            int start = 0;
            for (int i = 1; i <= run.size(); i++) {
                if (i == run.size() || !neighbours(run.get(i - 1), run.get(i))) {
                    lines.add(run.subList(start, i));
                    start = i;
                }
            }
        }
        return lines;
    }

    private static boolean neighbours(TextPosition a, TextPosition b) {
        float size = Math.max(1f, a.getFontSizeInPt());
        return Math.abs(a.getYDirAdj() - b.getYDirAdj()) <= SAME * size
                && Math.abs(a.getFontSizeInPt() - b.getFontSizeInPt()) <= SAME * size
                && b.getXDirAdj() >= a.getXDirAdj();
    }
}
