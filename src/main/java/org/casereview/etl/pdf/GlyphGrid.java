package org.casereview.etl.pdf;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.pdfbox.text.TextPosition;

/**
 * A page's glyphs filed by where they are, so that an opaque fill is tested against the glyphs near it, not every
 * glyph of the page: a page of bullets or table bands over thousands of glyphs stays linear. Glyphs are filed as the
 * reader keeps them; the grid catches up with the reader's lists when it is asked.
 */
final class GlyphGrid {

    /** Cell side in points: a few lines of body text. */
    private static final float CELL = 48f;

    private final Map<Long, List<TextPosition>> cells = new HashMap<>();
    /** How many glyphs of each of the reader's lists are filed already. */
    private final List<Integer> filed = new ArrayList<>();

    void clear() {
        cells.clear();
        filed.clear();
    }

    /** Files the glyphs added to the reader's lists since the last call, each by the point {@code at} gives. */
    void catchUp(List<List<TextPosition>> lists, Function<TextPosition, float[]> at) {
        for (int i = 0; i < lists.size(); i++) {
            if (filed.size() <= i) {
                filed.add(0);
            }
            List<TextPosition> glyphs = lists.get(i);
            for (int j = filed.get(i); j < glyphs.size(); j++) {
                float[] point = at.apply(glyphs.get(j));
                cells.computeIfAbsent(key(cell(point[0]), cell(point[1])), k -> new ArrayList<>()).add(glyphs.get(j));
            }
            filed.set(i, glyphs.size());
        }
    }

    /** Each glyph filed in a cell the box (crop-box space) touches. */
    void near(Rectangle2D box, Consumer<TextPosition> action) {
        if (cells.isEmpty()) {
            return;
        }
        int minX = cell((float) box.getMinX());
        int maxX = cell((float) box.getMaxX());
        int minY = cell((float) box.getMinY());
        int maxY = cell((float) box.getMaxY());
        if ((long) (maxX - minX + 1) * (maxY - minY + 1) > cells.size()) {
            cells.values().forEach(glyphs -> glyphs.forEach(action)); // a box over most of the page
            return;
        }
        for (int x = minX; x <= maxX; x++) {
            for (int y = minY; y <= maxY; y++) {
                List<TextPosition> glyphs = cells.get(key(x, y));
                if (glyphs != null) {
                    glyphs.forEach(action);
                }
            }
        }
    }

    private static int cell(float v) {
        return (int) Math.floor(Math.max(-1e6f, Math.min(1e6f, v)) / CELL);
    }

    private static long key(int x, int y) {
        return (long) x << 32 | y & 0xffffffffL;
    }
}
