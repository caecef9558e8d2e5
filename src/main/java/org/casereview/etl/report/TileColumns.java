package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page laid out as a grid of tiles (a one-page briefing: a row of headed boxes, another row under
 * it) is read tile by tile. Rows of lines close together form a band; a band whose text leaves
 * wide empty strips from its top to its bottom has columns, and it is taken as tiles only when every
 * column opens with a line in larger type than the page's body (each tile's heading): a table, whose
 * header row is in the body's size, stays as it is. Used where no page-wide gutter was found.
 */
final class TileColumns {

    /** A vertical gap between rows wider than this many font sizes ends a band. */
    private static final float BAND_GAP = 2.5f;
    /** The narrowest empty strip between tiles, in body font sizes: wider than list marker gaps. */
    private static final float MIN_GUTTER = 1.5f;
    private static final float MIN_COLUMN_SHARE = 0.12f;
    private static final float HEADING_SIZE = 1.15f;
    private static final int MIN_BAND_ROWS = 3;

    private TileColumns() {
    }

    /** The rows in reading order, or null when no band of the page is a row of tiles. */
    static List<TextLine> read(int page, float pageWidth, List<TextLine> rows) {
        if (rows.size() < MIN_BAND_ROWS) {
            return null;
        }
        float body = bodySize(rows);
        List<TextLine> result = new ArrayList<>();
        boolean tiled = false;
        List<float[]> above = null;
        for (List<TextLine> band : bands(rows)) {
            List<float[]> columns = band.size() < MIN_BAND_ROWS ? List.of() : columns(band, body, pageWidth);
            if (columns.size() >= 2 && headed(band, columns, body)) {
                tiled = true;
                above = columns;
                readByColumns(page, band, columns, result);
            } else if (above != null && band.size() < MIN_BAND_ROWS && fits(band, above)) {
                // too short to show columns of its own (a sub-heading pair and a line under each): the tiles' columns
                readByColumns(page, band, widened(above), result);
            } else {
                above = null;
                result.addAll(band);
            }
        }
        return tiled ? result : null;
    }

    private static void readByColumns(int page, List<TextLine> band, List<float[]> columns, List<TextLine> result) {
        for (float[] column : columns) {
            List<TextFragment> inside = new ArrayList<>();
            band.forEach(row -> row.fragments().stream()
                    .filter(f -> f.x() >= column[0] - 0.5f && f.endX() <= column[1] + 0.5f).forEach(inside::add));
            result.addAll(LineAssembler.lines(page, inside));
        }
    }

    /** The columns reaching to the middle of the strips between them (and without end at the sides). */
    private static List<float[]> widened(List<float[]> columns) {
        List<float[]> wide = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            float from = c == 0 ? -Float.MAX_VALUE : (columns.get(c - 1)[1] + columns.get(c)[0]) / 2;
            float to = c + 1 == columns.size() ? Float.MAX_VALUE : (columns.get(c)[1] + columns.get(c + 1)[0]) / 2;
            wide.add(new float[] {from, to});
        }
        return wide;
    }

    /** Every fragment of the band stands inside one of the columns, and more than one column holds text. */
    private static boolean fits(List<TextLine> band, List<float[]> columns) {
        List<float[]> wide = widened(columns);
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (TextLine row : band) {
            for (TextFragment f : row.fragments()) {
                int column = -1;
                for (int c = 0; c < wide.size() && column < 0; c++) {
                    if (f.x() >= wide.get(c)[0] && f.endX() <= wide.get(c)[1]) {
                        column = c;
                    }
                }
                if (column < 0 && !f.isBlank()) {
                    return false;
                }
                used.add(column);
            }
        }
        return used.size() > 1;
    }

    private static List<List<TextLine>> bands(List<TextLine> rows) {
        List<List<TextLine>> bands = new ArrayList<>();
        List<TextLine> band = new ArrayList<>();
        for (TextLine row : rows) {
            if (!band.isEmpty()) {
                TextLine previous = band.get(band.size() - 1);
                if (row.y() - previous.y() > BAND_GAP * previous.fontSize()) {
                    bands.add(band);
                    band = new ArrayList<>();
                }
            }
            band.add(row);
        }
        if (!band.isEmpty()) {
            bands.add(band);
        }
        return bands;
    }

    /** The band's columns as [from, to] x ranges, split at empty strips running through every row. */
    private static List<float[]> columns(List<TextLine> band, float body, float pageWidth) {
        List<float[]> spans = new ArrayList<>();
        band.forEach(row -> row.fragments().stream().filter(f -> !f.isBlank())
                .forEach(f -> spans.add(new float[] {f.x(), f.endX()})));
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> columns = new ArrayList<>();
        float[] current = null;
        for (float[] span : spans) {
            if (current != null && span[0] - current[1] < MIN_GUTTER * body) {
                current[1] = Math.max(current[1], span[1]);
            } else {
                current = new float[] {span[0], span[1]};
                columns.add(current);
            }
        }
        boolean wide = columns.stream().allMatch(c -> c[1] - c[0] >= MIN_COLUMN_SHARE * pageWidth);
        return wide ? columns : List.of();
    }

    /** Every column opens with a line in larger type than the body: the tiles' headings. */
    private static boolean headed(List<TextLine> band, List<float[]> columns, float body) {
        for (float[] column : columns) {
            TextFragment first = null;
            for (TextLine row : band) {
                for (TextFragment f : row.fragments()) {
                    if (!f.isBlank() && f.x() >= column[0] - 0.5f && f.endX() <= column[1] + 0.5f) {
                        first = f;
                        break;
                    }
                }
                if (first != null) {
                    break;
                }
            }
            if (first == null || first.fontSize() < HEADING_SIZE * body) {
                return false;
            }
        }
        return true;
    }

    /** The font size of most characters on the page. */
    static float bodySize(List<TextLine> rows) {
        // counted in arrays, not a boxed merge per fragment; the map in the order the sizes were met, as merging built it
        BodyStyle.SizeCounts counts = new BodyStyle.SizeCounts();
        for (TextLine row : rows) {
            for (TextFragment f : row.fragments()) {
                counts.add(BodyStyle.round(f.fontSize()), f.text().length(), false);
            }
        }
        return counts.chars().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
