package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.text.TextPosition;

/**
 * The reading order of an untagged page whose text sits in drawn boxes (cards, panels): each glyph belongs to the
 * innermost filled box around it (a card's coloured title band is a box of its own), the text outside boxes is read
 * line by line; boxes and outside lines are read in rows from the top, the columns of a row from the left, and each
 * box top to bottom. Only for a page where the boxes hold most of the text, two boxes at least, and the content
 * stream does not already give that order (a layout program that writes a card's body before its title): elsewhere
 * the content order stands.
 */
final class BoxRegions {

    /** Share of the page's printed glyphs the boxes must hold. */
    private static final float MOST_TEXT = 0.6f;
    private static final int MIN_BOXES = 2;
    /** More filled shapes than this is a chart or a shaded table, not boxes of text (and too many to test each glyph). */
    private static final int MAX_BOXES = 200;
    /** A box this much of the page each way is the page's background, not a box on it. */
    private static final float BACKGROUND = 0.9f;
    /** Points of overlap two regions may share and still be read one after the other. */
    private static final float TOLERANCE = 2f;

    /** One line of the page in reading order; {@code region} tells lines of different boxes apart (-1: outside). */
    record Placed(GlyphLine line, int region) {
    }

    /** A box with the glyphs it holds, or one line outside any box; bounds order it, its text's top breaks ties. */
    private record Region(int id, float left, float top, float right, float bottom, float textTop,
                          List<GlyphLine> lines) {
    }

    private BoxRegions() {
    }

    /** The page's lines in box reading order; empty when the page is not read by boxes. */
    static Optional<List<Placed>> order(PageGlyphs.Page page) {
        List<DrawnBox> boxes = page.boxes().stream()
                .filter(b -> b.width() < BACKGROUND * page.width() || b.height() < BACKGROUND * page.height())
                .toList();
        if (boxes.size() < MIN_BOXES || boxes.size() > MAX_BOXES) {
            return Optional.empty();
        }
        Map<DrawnBox, List<TextPosition>> held = new LinkedHashMap<>();
        List<TextPosition> outside = new ArrayList<>();
        int printed = 0;
        int inBoxes = 0;
        for (TextPosition glyph : page.glyphs()) {
            Optional<DrawnBox> box = innermost(boxes, glyph);
            box.ifPresentOrElse(b -> held.computeIfAbsent(b, k -> new ArrayList<>()).add(glyph), () -> outside.add(glyph));
            if (!glyph.getUnicode().isBlank()) {
                printed++;
                inBoxes += box.isPresent() ? 1 : 0;
            }
        }
        List<Region> regions = regions(held, outside);
        if (held.size() < MIN_BOXES || inBoxes < MOST_TEXT * printed || inContentOrder(regions, page.glyphs())) {
            return Optional.empty();
        }
        List<Placed> placed = new ArrayList<>();
        for (Region region : readingOrder(regions)) {
            region.lines().forEach(line -> placed.add(new Placed(line, region.id())));
        }
        return Optional.of(placed);
    }

    private static Optional<DrawnBox> innermost(List<DrawnBox> boxes, TextPosition glyph) {
        float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
        return boxes.stream().filter(b -> b.contains(x, y)).min(Comparator.comparingDouble(DrawnBox::area));
    }

    private static List<Region> regions(Map<DrawnBox, List<TextPosition>> held, List<TextPosition> outside) {
        List<Region> regions = new ArrayList<>();
        held.forEach((box, glyphs) -> {
            List<GlyphLine> lines = GlyphLine.of(glyphs);
            regions.add(new Region(regions.size(), box.left(), box.top(), box.right(), box.bottom(),
                    lines.get(0).top(), lines));
        });
        for (GlyphLine line : GlyphLine.of(outside)) {
            TextPosition last = line.glyphs().get(line.glyphs().size() - 1);
            regions.add(new Region(-1, line.glyphs().get(0).getXDirAdj(), line.top(), GlyphLine.end(last),
                    line.baseline(), line.top(), List.of(line)));
        }
        return regions;
    }

    /**
     * True when the content stream already reads the boxes in order: box after box as the rows and columns go, each
     * from its top line down (the first glyph of each line comes later in the stream than the line above).
     */
    private static boolean inContentOrder(List<Region> regions, List<TextPosition> glyphs) {
        Map<TextPosition, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < glyphs.size(); i++) {
            index.put(glyphs.get(i), i);
        }
        int previous = -1;
        for (Region region : readingOrder(regions)) {
            if (region.id() < 0) {
                continue;
            }
            for (GlyphLine line : region.lines()) {
                int first = line.glyphs().stream().mapToInt(index::get).min().orElse(previous);
                if (first < previous) {
                    return false;
                }
                previous = first;
            }
        }
        return true;
    }

    /** Rows from the top (regions that overlap down the page), in each row columns from the left, each from its top. */
    private static List<Region> readingOrder(List<Region> regions) {
        List<Region> byTop = new ArrayList<>(regions);
        byTop.sort(Comparator.comparingDouble(Region::top));
        List<Region> ordered = new ArrayList<>();
        List<Region> row = new ArrayList<>();
        float rowBottom = Float.NEGATIVE_INFINITY;
        for (Region region : byTop) {
            if (!row.isEmpty() && region.top() >= rowBottom - TOLERANCE) {
                ordered.addAll(columns(row));
                row.clear();
            }
            rowBottom = row.isEmpty() ? region.bottom() : Math.max(rowBottom, region.bottom());
            row.add(region);
        }
        ordered.addAll(columns(row));
        return ordered;
    }

    private static List<Region> columns(List<Region> row) {
        List<Region> byLeft = new ArrayList<>(row);
        byLeft.sort(Comparator.comparingDouble(Region::left));
        List<List<Region>> columns = new ArrayList<>();
        float columnRight = Float.NEGATIVE_INFINITY;
        for (Region region : byLeft) {
            if (columns.isEmpty() || region.left() >= columnRight - TOLERANCE) {
                columns.add(new ArrayList<>());
                columnRight = region.right();
            }
            columnRight = Math.max(columnRight, region.right());
            columns.get(columns.size() - 1).add(region);
        }
        List<Region> ordered = new ArrayList<>();
        for (List<Region> column : columns) {
            column.sort(Comparator.comparingDouble(Region::textTop).thenComparingDouble(Region::left));
            ordered.addAll(column);
        }
        return ordered;
    }
}
