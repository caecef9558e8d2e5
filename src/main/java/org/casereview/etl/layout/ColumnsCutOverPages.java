package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * A ruled table too wide for its paper, printed as a spreadsheet prints it: the first columns on one page, the next
 * columns on the page after, each row at the same height on both (a sheet's page order 'top to bottom, then right').
 * Such a page is put back beside the page before it, as one wide page, when the two pages' row rules stand at the same
 * heights and only the joined page has a line the caller takes for a table's header: neither half names the table's
 * labelled columns alone ('Review | Summary' and 'Learning | Recommendations'), the whole row does. Pages of cards drawn
 * on one template share their rules too, but no header line comes of setting them side by side, so they stay apart.
 */
final class ColumnsCutOverPages {

    /** Rules this close (points) stand at the same height. */
    private static final float SAME_HEIGHT = 1.0f;
    /** Shorter rules (a list's underline, a tick) are not a row's border. */
    private static final float MIN_RULE = 20f;
    private static final int MIN_ROW_RULES = 3;
    /** Share of the later page's row rules that must stand at the heights of the page before's. */
    private static final float MATCHED_SHARE = 0.8f;

    private ColumnsCutOverPages() {
    }

    /**
     * The pages, each page that carries on the columns of the page before joined to its right. {@code header} tells a
     * header line from the cells of a line.
     */
    static List<PageGlyphs.Page> joined(List<PageGlyphs.Page> pages, Predicate<GlyphLine> header) {
        List<PageGlyphs.Page> out = new ArrayList<>();
        for (PageGlyphs.Page page : pages) {
            PageGlyphs.Page before = out.isEmpty() ? null : out.get(out.size() - 1);
            PageGlyphs.Page wide = before == null || !sameRows(before, page) ? null : beside(before, page);
            if (wide != null && hasHeader(wide, header) && !hasHeader(before, header) && !hasHeader(page, header)) {
                out.set(out.size() - 1, wide);
            } else {
                out.add(page);
            }
        }
        return out;
    }

    private static boolean hasHeader(PageGlyphs.Page page, Predicate<GlyphLine> header) {
        return GlyphLine.of(page.glyphs()).stream().anyMatch(header);
    }

    /** Whether the later page's row rules (most of them, three or more) stand at the heights of the earlier's. */
    static boolean sameRows(PageGlyphs.Page first, PageGlyphs.Page next) {
        TreeSet<Float> earlier = rowRules(first);
        TreeSet<Float> later = rowRules(next);
        long matched = later.stream().filter(at -> near(earlier, at)).count();
        return matched >= MIN_ROW_RULES && matched >= MATCHED_SHARE * later.size();
    }

    private static TreeSet<Float> rowRules(PageGlyphs.Page page) {
        TreeSet<Float> at = new TreeSet<>();
        page.rulings().stream().filter(r -> r.horizontal() && r.length() >= MIN_RULE).forEach(r -> {
            if (!near(at, r.at())) {
                at.add(r.at());
            }
        });
        return at;
    }

    private static boolean near(TreeSet<Float> heights, float at) {
        Float below = heights.floor(at);
        Float above = heights.ceiling(at);
        return below != null && at - below <= SAME_HEIGHT || above != null && above - at <= SAME_HEIGHT;
    }

    /** The later page's glyphs, rules, boxes, links and dots moved right: its table's left edge meets the other's right. */
    static PageGlyphs.Page beside(PageGlyphs.Page first, PageGlyphs.Page next) {
        float right = (float) first.rulings().stream().filter(Ruling::horizontal).mapToDouble(Ruling::to).max()
                .orElse(first.width());
        float left = (float) next.rulings().stream().filter(Ruling::horizontal).mapToDouble(Ruling::from).min()
                .orElse(0);
        float dx = right - left;
        float width = first.width() + next.width();
        List<TextPosition> glyphs = new ArrayList<>(first.glyphs());
        next.glyphs().forEach(g -> glyphs.add(moved(g, dx, width)));
        List<Ruling> rulings = new ArrayList<>(first.rulings());
        next.rulings().forEach(r -> rulings.add(r.horizontal() ? new Ruling(true, r.at(), r.from() + dx, r.to() + dx)
                : new Ruling(false, r.at() + dx, r.from(), r.to())));
        List<DrawnBox> boxes = new ArrayList<>(first.boxes());
        next.boxes().forEach(b -> boxes.add(new DrawnBox(b.left() + dx, b.top(), b.right() + dx, b.bottom())));
        List<PageLinks.Link> links = new ArrayList<>(first.links());
        next.links().forEach(l -> links.add(
                new PageLinks.Link(l.left() + dx, l.top(), l.right() + dx, l.bottom(), l.uri())));
        List<DrawnDot> dots = new ArrayList<>(first.dots());
        next.dots().forEach(d -> dots.add(new DrawnDot(d.x() + dx, d.y(), d.size())));
        return new PageGlyphs.Page(first.number(), width, Math.max(first.height(), next.height()), glyphs,
                joinedRules(rulings), boxes, links, dots);
    }

    /** Horizontal rules at one height that meet end to end (a row's rule on each half) as one rule across both. */
    private static List<Ruling> joinedRules(List<Ruling> rulings) {
        List<Ruling> out = new ArrayList<>();
        List<Ruling> horizontal = new ArrayList<>(rulings.stream().filter(Ruling::horizontal).toList());
        horizontal.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
        Ruling open = null;
        for (Ruling r : horizontal) {
            if (open != null && Math.abs(r.at() - open.at()) <= SAME_HEIGHT && r.from() <= open.to() + SAME_HEIGHT) {
                open = new Ruling(true, open.at(), open.from(), Math.max(open.to(), r.to()));
            } else {
                if (open != null) {
                    out.add(open);
                }
                open = r;
            }
        }
        if (open != null) {
            out.add(open);
        }
        rulings.stream().filter(r -> !r.horizontal()).forEach(out::add);
        return out;
    }

    private static TextPosition moved(TextPosition glyph, float dx, float pageWidth) {
        Matrix matrix = glyph.getTextMatrix().clone();
        matrix.setValue(2, 0, matrix.getValue(2, 0) + dx);
        return new TextPosition(glyph.getRotation(), pageWidth, glyph.getPageHeight(), matrix, glyph.getEndX() + dx,
                glyph.getEndY(), glyph.getHeightDir(), glyph.getIndividualWidths()[0], glyph.getWidthOfSpace(),
                glyph.getUnicode(), glyph.getCharacterCodes(), glyph.getFont(), glyph.getFontSize(),
                (int) glyph.getFontSizeInPt());
    }
}
