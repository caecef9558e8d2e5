package org.casereview.etl.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BulletGlyphs;

/**
 * Lines a page shows as the wrapped rest of a list item: right under the item's line (or under another such line),
 * no bullet of their own, and hung under the item's text: just right of the bullet printed at the item line's start
 * ('• share records with' over 'CAMHS and schools', the second line starting where the first line's words do), and
 * right of where the text before the list starts (a list whose bullets stand out left of the text has its words, and
 * the label after it, level with that text). That is the evidence a wrapped line goes on its item, not the case of
 * its first letter. (A drawn bullet leaves no such evidence: the item's text and the text after the list may start
 * level.)
 */
final class HangingLines {

    static final HangingLines NONE = new HangingLines(Set.of());

    /** Widest hang right of a printed bullet, as a share of the page width (a bullet and its gap: about 3 ems). */
    private static final float MAX_HANG = 0.05f;
    /** Smallest hang: line starts closer than this share of the page width are level. */
    private static final float LEVEL = 0.004f;
    /** The next line's baseline is at most this share of the page height lower (one line step, not a new block). */
    private static final float MAX_STEP = 0.025f;
    /**
     * Or at most this many of the line's font sizes lower: on a short page (a 16:9 slide) or in a large font one line
     * step is more of the page's height.
     */
    private static final float MAX_STEP_SIZES = 1.6f;
    private static final Pattern BULLET_LEAD = Pattern.compile("^(?:[-" + BulletGlyphs.GLYPHS + "\u2013*]\\s+)");

    /** Pairs 'item line text' NUL 'hanging line text', both without their bullet. */
    private final Set<String> pairs;

    private HangingLines(Set<String> pairs) {
        this.pairs = pairs;
    }

    static HangingLines of(List<List<PdfPageLines.Line>> pages) {
        Set<String> pairs = new HashSet<>();
        for (List<PdfPageLines.Line> page : pages) {
            PdfPageLines.Line item = null;
            PdfPageLines.Line previous = null;
            PdfPageLines.Line body = null;
            for (PdfPageLines.Line line : page) {
                boolean printed = BULLET_LEAD.matcher(line.text()).find();
                if (!printed && !line.bulleted() && item != null && hangs(item, previous, line)
                        && (body == null || line.left() - body.left() > LEVEL)) {
                    pairs.add(key(previous.text(), line.text()));
                } else {
                    item = printed ? line : null;
                    body = printed ? body : line;
                }
                previous = line;
            }
        }
        return pairs.isEmpty() ? NONE : new HangingLines(pairs);
    }

    /** Whether {@code line} (a text line of the markdown) is the page's hanging line under {@code above}. */
    boolean hangsUnder(String above, String line) {
        return !pairs.isEmpty() && pairs.contains(key(above, line));
    }

    private static boolean hangs(PdfPageLines.Line item, PdfPageLines.Line previous, PdfPageLines.Line line) {
        float step = line.top() - previous.top();
        if (step <= 0 || step > Math.max(MAX_STEP, MAX_STEP_SIZES * line.size())) {
            return false;
        }
        float hang = line.left() - item.left();
        return hang > LEVEL && hang <= MAX_HANG;
    }

    private static String key(String above, String line) {
        return withoutBullet(above) + "\u0000" + withoutBullet(line);
    }

    private static String withoutBullet(String text) {
        return BULLET_LEAD.matcher(text.strip()).replaceFirst("").replaceAll("\\s+", " ");
    }
}
