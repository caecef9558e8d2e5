package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a table's columns meet, from its header line's cells: at a drawn vertical rule between two header cells,
 * else at the place between them that the fewest words of the lines below cross (the rightmost such stretch's
 * middle, so a column whose text starts under its header keeps all of it).
 */
final class ColumnBounds {

    private static final float SLACK = 2f;
    private static final float STEP = 0.5f;

    private ColumnBounds() {
    }

    /** The x of each edge between columns, left to right: one fewer than the header's cells. */
    static List<Float> of(List<GlyphLine.Run> head, GlyphLine header, List<Ruling> rulings, List<GlyphLine> below) {
        List<GlyphLine.Run> words = new ArrayList<>();
        below.forEach(line -> words.addAll(line.words()));
        List<Float> bounds = new ArrayList<>();
        for (int i = 1; i < head.size(); i++) {
            float lo = head.get(i - 1).end();
            float hi = head.get(i).start();
            Float rule = null;
            for (Ruling r : rulings) {
                if (!r.horizontal() && r.at() >= lo - SLACK && r.at() <= hi + SLACK
                        && r.from() <= header.baseline() + SLACK && r.to() >= header.top() - SLACK
                        && (rule == null || r.at() > rule)) {
                    rule = r.at();
                }
            }
            bounds.add(rule != null ? rule : freest(lo, hi, words));
        }
        return bounds;
    }

    /** How many words of the line cross a column edge. */
    static int crossings(GlyphLine line, List<Float> bounds) {
        int n = 0;
        for (GlyphLine.Run word : line.words()) {
            for (float x : bounds) {
                if (word.start() < x - SLACK && word.end() > x + SLACK) {
                    n++;
                }
            }
        }
        return n;
    }

    private static float freest(float lo, float hi, List<GlyphLine.Run> words) {
        int best = Integer.MAX_VALUE;
        float stretchEnd = hi;
        float stretchStart = hi;
        boolean inStretch = false;
        for (float x = hi; x >= lo; x -= STEP) {
            int crossing = 0;
            for (GlyphLine.Run word : words) {
                if (word.start() < x && word.end() > x) {
                    crossing++;
                }
            }
            if (crossing < best) {
                best = crossing;
                stretchEnd = x;
                stretchStart = x;
                inStretch = true;
            } else if (crossing == best && inStretch) {
                stretchStart = x;
            } else {
                inStretch = false;
            }
        }
        return (stretchStart + stretchEnd) / 2;
    }
}
