package org.casereview.etl.pdf;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text turned a quarter turn (running up or down the page as viewed) in a page's side margin: a section name on a
 * coloured tab down the left edge, a title running down the spine. Page furniture: read in the page's direction its
 * glyphs fall among the body's lines as a line of capitals in the middle of the text. Told by place alone: every glyph
 * stands near the page's left or right edge and wholly outside the span the page's upright text covers. A page whose
 * turned glyphs are as many as its upright ones (a table set sideways, a landscape page drawn turned) has none, and a
 * turned table header stands over its columns, inside the upright text's span.
 */
public final class TurnedMarginText {

    /** The side margins: this share of the page's width from either edge. */
    private static final float EDGE = 0.1f;

    private TurnedMarginText() {
    }

    /** The page's width as viewed (its crop box turned with the page's rotation). */
    public static float viewedWidth(PDPage page) {
        PDRectangle box = page.getCropBox();
        return rotation(page) % 180 != 0 ? box.getHeight() : box.getWidth();
    }

    /** The page's rotation in degrees, 0 to 270. */
    public static int rotation(PDPage page) {
        return (page.getRotation() % 360 + 360) % 360;
    }

    /** True when the glyph runs up or down the page as viewed (page rotation in degrees). */
    public static boolean quarterTurned(TextPosition glyph, int rotation) {
        int turn = (((int) glyph.getDir() - rotation) % 360 + 360) % 360;
        return turn == 90 || turn == 270;
    }

    /** True when the glyph reads left to right on the page as viewed. */
    public static boolean upright(TextPosition glyph, int rotation) {
        int dir = (int) glyph.getDir();
        return dir == rotation || ((dir - rotation) % 360 + 360) % 360 == 0;
    }

    /**
     * The turned margin glyphs among a page's glyphs (as viewed: {@link TextPosition#getX()}), an identity set; empty
     * when the page has no upright text or turns as many glyphs as it keeps upright.
     */
    public static Set<TextPosition> find(Collection<TextPosition> glyphs, int rotation, float width) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        int upright = 0;
        int turned = 0;
        for (TextPosition g : glyphs) {
            if (upright(g, rotation)) {
                upright++;
                left = Math.min(left, g.getX());
                right = Math.max(right, g.getX() + g.getWidth());
            } else {
                turned++;
            }
        }
        Set<TextPosition> found = Collections.newSetFromMap(new IdentityHashMap<>());
        if (upright == 0 || turned >= upright) {
            return found;
        }
        for (TextPosition g : glyphs) {
            if (quarterTurned(g, rotation) && inMargin(g, width, left, right)) {
                found.add(g);
            }
        }
        return found;
    }

    /** Removes the turned margin glyphs from a stripper's articles, in place. */
    public static void remove(List<List<TextPosition>> articles, int rotation, float width) {
        if (!anyTurned(articles, rotation)) {
            return;
        }
        Set<TextPosition> found = find(articles.stream().flatMap(List::stream).toList(), rotation, width);
        if (!found.isEmpty()) {
            articles.forEach(article -> article.removeIf(found::contains));
        }
    }

    /** Most pages have no turned glyph: one pass without building the page's glyph list. */
    private static boolean anyTurned(List<List<TextPosition>> articles, int rotation) {
        for (List<TextPosition> article : articles) {
            for (TextPosition g : article) {
                if (!upright(g, rotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The glyph's band across the page (its origin, a type size either side) in a side margin, clear of the text. */
    private static boolean inMargin(TextPosition g, float width, float uprightLeft, float uprightRight) {
        float size = Math.max(g.getFontSizeInPt(), 1f);
        float near = g.getX() - size;
        float far = g.getX() + size;
        boolean leftMargin = far <= EDGE * width && far < uprightLeft;
        boolean rightMargin = near >= (1 - EDGE) * width && near > uprightRight;
        return leftMargin || rightMargin;
    }
}
