package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.pdfbox.text.TextPosition;

/**
 * The reading order of an untagged page whose text sits in drawn boxes (cards, panels): each glyph belongs to the
 * innermost filled box around it (a card's coloured title band is a box of its own), the text outside boxes is read
 * line by line; boxes and outside lines are read in rows from the top, the columns of a row from the left, and each
 * box top to bottom; boxes stacked edge to edge (a frame whose paragraphs are shaded one by one) are read as one.
 * Only for a page where the boxes hold most of the text, two boxes at least (or one holding side labels), and the content stream does not already
 * give that order (a layout program that writes a card's body before its title): elsewhere
 * the content order stands. Boxes in a grid whose rows stand level may be read down each column as well as across each
 * row: the grid is read column by column when the content stream walks it so, card after card down each column. The
 * cells of a ruled table are boxes too ({@link RuledCells}): a shape filled behind a whole table holds no line across
 * its cell walls.
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

    /**
     * One line of the page in reading order; {@code region} tells lines of different boxes apart (-1: outside), and
     * the label cell and the text of each row of a label|content table ({@link LabelColumn}) apart from each other;
     * {@code label} marks a label cell's line.
     */
    record Placed(GlyphLine line, int region, boolean label) {
        Placed(GlyphLine line, int region) {
            this(line, region, false);
        }
    }

    /** A box with the glyphs it holds, or one line outside any box; bounds order it, its text's top breaks ties. */
    private record Region(int id, float left, float top, float right, float bottom, float textTop,
                          List<GlyphLine> lines) {

        boolean contains(Region other) {
            return other != this && other.id >= 0 && other.left >= left - TOLERANCE && other.right <= right + TOLERANCE
                    && other.top >= top - TOLERANCE && other.bottom <= bottom + TOLERANCE
                    && (other.right - other.left) * (other.bottom - other.top) < (right - left) * (bottom - top);
        }

        /**
         * The other box is a tab of this one: within its height, it crosses its left or right side (sticking out
         * into the margin, as an index card's label tab does), and it is less than half as wide.
         */
        boolean carriesTab(Region other) {
            boolean crossesSide = other.left < left - TOLERANCE && other.right > left + TOLERANCE
                    || other.left < right - TOLERANCE && other.right > right + TOLERANCE;
            return other != this && id >= 0 && other.id >= 0 && crossesSide
                    && other.top >= top - TOLERANCE && other.bottom <= bottom + TOLERANCE
                    && other.right - other.left < (right - left) / 2;
        }
    }

    /** Consecutive lines of one region in reading order (a box's lines down to a box drawn inside it). */
    private record Chunk(Region region, List<GlyphLine> lines) {
    }

    private BoxRegions() {
    }

    /**
     * The page's lines in box reading order; empty when the page is not read by boxes. A box holding a
     * label|content table is read so even when the content stream is in order: a line reader would read the two
     * columns across; so is a box with side labels ({@code isLabel} names a section).
     */
    static Optional<List<Placed>> order(PageGlyphs.Page page, Predicate<String> isLabel) {
        List<DrawnBox> boxes = RuledCells.withFills(page.boxes(), page.rulings()).stream()
                .filter(b -> b.width() < BACKGROUND * page.width() || b.height() < BACKGROUND * page.height())
                .toList();
        if (boxes.isEmpty() || boxes.size() > MAX_BOXES) {
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
        if (held.size() < MIN_BOXES && !sideLabelled(held.values(), isLabel) || inBoxes < MOST_TEXT * printed) {
            return Optional.empty();
        }
        List<Region> regions = regions(held, outside);
        List<Chunk> chunks = readingOrder(regions, false);
        boolean inOrder = inContentOrder(chunks, page.glyphs());
        if (!inOrder) {
            List<Chunk> downColumns = readingOrder(regions, true);
            if (inContentOrder(downColumns, page.glyphs())) {
                return Optional.of(placed(downColumns, regions.size(), isLabel));
            }
        }
        boolean tables = regions.stream().anyMatch(r -> r.id() >= 0 && LabelColumn.holdsTable(r.lines(), isLabel));
        if (!tables && inOrder) {
            return Optional.empty();
        }
        return Optional.of(placed(chunks, regions.size(), isLabel));
    }

    /** A box that holds side labels ({@link SideLabelRows}) is read by boxes even when it is the page's only one. */
    private static boolean sideLabelled(Collection<List<TextPosition>> held, Predicate<String> isLabel) {
        return held.stream().anyMatch(glyphs -> SideLabelRows.read(GlyphLine.of(glyphs), 0, isLabel).isPresent());
    }

    /** The chunks' lines, each box's label|content tables as rows with regions of their own from {@code nextId} on. */
    private static List<Placed> placed(List<Chunk> chunks, int nextId, Predicate<String> isLabel) {
        List<Placed> placed = new ArrayList<>();
        int row = 0;
        for (Chunk chunk : chunks) {
            if (chunk.region().id() < 0) {
                chunk.lines().forEach(line -> placed.add(new Placed(line, -1)));
                continue;
            }
            for (LabelColumn.Part part : LabelColumn.read(chunk.lines(), row, isLabel)) {
                int id = part.row() < 0 ? chunk.region().id() : nextId + 2 * part.row() + (part.label() ? 1 : 0);
                placed.add(new Placed(part.line(), id, part.label()));
                row = Math.max(row, part.row() + 1);
            }
        }
        return placed;
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
    private static boolean inContentOrder(List<Chunk> chunks, List<TextPosition> glyphs) {
        Map<TextPosition, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < glyphs.size(); i++) {
            index.put(glyphs.get(i), i);
        }
        int previous = -1;
        for (Chunk chunk : chunks) {
            if (chunk.region().id() < 0) {
                continue;
            }
            for (GlyphLine line : chunk.lines()) {
                int first = line.glyphs().stream().mapToInt(index::get).min().orElse(previous);
                if (first < previous) {
                    return false;
                }
                previous = first;
            }
        }
        return true;
    }

    /**
     * Rows from the top (regions that overlap down the page), in each row columns from the left, each from its top;
     * a box drawn inside another (a title band on a panel) is read where it stands among the other's lines.
     * {@code gridDownColumns}: rows of level boxes forming a grid are read column by column instead.
     */
    private static List<Chunk> readingOrder(List<Region> regions, boolean gridDownColumns) {
        Map<Region, List<Region>> inside = new IdentityHashMap<>();
        List<Region> outer = new ArrayList<>();
        for (Region region : regions) {
            Optional<Region> parent = regions.stream().filter(r -> r.contains(region) || r.carriesTab(region))
                    .min(Comparator.comparingDouble(r -> (r.right() - r.left()) * (r.bottom() - r.top())));
            parent.ifPresentOrElse(p -> inside.computeIfAbsent(p, k -> new ArrayList<>()).add(region),
                    () -> outer.add(region));
        }
        List<Chunk> chunks = new ArrayList<>();
        topLevelOrder(outer, gridDownColumns).forEach(region -> addChunks(region, inside, chunks));
        return chunks;
    }

    /** The region's lines with the boxes drawn inside it read where their tops stand among those lines. */
    private static void addChunks(Region region, Map<Region, List<Region>> inside, List<Chunk> chunks) {
        List<Region> nested = new ArrayList<>(inside.getOrDefault(region, List.of()));
        nested.sort(Comparator.comparingDouble(Region::top).thenComparingDouble(Region::left)); // a row's cells left first
        List<GlyphLine> lines = new ArrayList<>();
        int next = 0;
        for (GlyphLine line : region.lines()) {
            while (next < nested.size() && nested.get(next).top() < line.baseline()) {
                if (!lines.isEmpty()) {
                    chunks.add(new Chunk(region, List.copyOf(lines)));
                    lines.clear();
                }
                addChunks(nested.get(next++), inside, chunks);
            }
            lines.add(line);
        }
        if (!lines.isEmpty()) {
            chunks.add(new Chunk(region, List.copyOf(lines)));
        }
        nested.subList(next, nested.size()).forEach(r -> addChunks(r, inside, chunks));
    }

    /**
     * A stack of regions read as one: the boxes of one frame, drawn edge to edge down the page (a word processor
     * shades and borders each paragraph of a frame on its own), or a single region.
     */
    private record Unit(List<Region> members, float left, float top, float right, float bottom, float textTop) {
        static Unit of(List<Region> members) {
            List<Region> down = new ArrayList<>(members);
            down.sort(Comparator.comparingDouble(Region::top));
            return new Unit(List.copyOf(down), (float) down.stream().mapToDouble(Region::left).min().orElse(0),
                    down.get(0).top(), (float) down.stream().mapToDouble(Region::right).max().orElse(0),
                    (float) down.stream().mapToDouble(Region::bottom).max().orElse(0), down.get(0).textTop());
        }
    }

    /**
     * Rows from the top (units that overlap down the page), in each row columns from the left, each from its top;
     * the regions of a stack one after the other. {@code gridDownColumns}: consecutive rows of level boxes in the same
     * columns (a grid of cards) are read down each column, then the next column.
     */
    private static List<Region> topLevelOrder(List<Region> regions, boolean gridDownColumns) {
        List<Unit> byTop = new ArrayList<>(stacks(regions));
        byTop.sort(Comparator.comparingDouble(Unit::top));
        List<List<Unit>> rows = new ArrayList<>();
        List<Unit> row = new ArrayList<>();
        float rowBottom = Float.NEGATIVE_INFINITY;
        for (Unit unit : byTop) {
            if (!row.isEmpty() && unit.top() >= rowBottom - TOLERANCE) {
                rows.add(columns(row));
                row = new ArrayList<>();
            }
            rowBottom = row.isEmpty() ? unit.bottom() : Math.max(rowBottom, unit.bottom());
            row.add(unit);
        }
        rows.add(columns(row));
        List<Region> ordered = new ArrayList<>();
        int r = 0;
        while (r < rows.size()) {
            int lanesEnd = laneRun(rows, r);
            if (lanesEnd > r) {
                ordered.addAll(downLanes(rows.subList(r, lanesEnd)));
                r = lanesEnd;
                continue;
            }
            int end = r + 1;
            while (gridDownColumns && end < rows.size() && sameColumns(rows.get(r), rows.get(end))) {
                end++;
            }
            List<List<Unit>> run = rows.subList(r, end);
            if (run.size() == 1) {
                run.get(0).forEach(unit -> ordered.addAll(unit.members()));
            } else {
                for (int column = 0; column < run.get(0).size(); column++) {
                    for (List<Unit> across : run) {
                        ordered.addAll(across.get(column).members());
                    }
                }
            }
            r = end;
        }
        return ordered;
    }

    /**
     * The end of a run of rows from {@code start} whose boxes all stand in the lanes of its first row (a grid row: level
     * boxes side by side), each box's left and right edges a lane's, where some row's boxes are not level (the rows
     * overlap into one: cards of different heights stacked in each lane, as a kanban board's columns); {@code start}
     * when there is no such run. A grid whose rows stand level is not a run of lanes.
     */
    private static int laneRun(List<List<Unit>> rows, int start) {
        List<Unit> lanes = rows.get(start);
        if (!gridRow(lanes)) {
            return start;
        }
        int end = start + 1;
        boolean staggered = false;
        while (end < rows.size() && inLanes(rows.get(end), lanes)) {
            staggered |= !sameColumns(lanes, rows.get(end));
            end++;
        }
        return staggered ? end : start;
    }

    /** Every unit of the row is a box whose left and right edges are one lane's. */
    private static boolean inLanes(List<Unit> row, List<Unit> lanes) {
        return row.stream().allMatch(unit -> lane(unit, lanes) >= 0 && unit.members().stream().allMatch(m -> m.id() >= 0));
    }

    private static int lane(Unit unit, List<Unit> lanes) {
        for (int i = 0; i < lanes.size(); i++) {
            if (Math.abs(unit.left() - lanes.get(i).left()) <= TOLERANCE
                    && Math.abs(unit.right() - lanes.get(i).right()) <= TOLERANCE) {
                return i;
            }
        }
        return -1;
    }

    /** The rows' boxes lane by lane from the left, each lane from the top. */
    private static List<Region> downLanes(List<List<Unit>> rows) {
        List<Unit> lanes = rows.get(0);
        List<Region> ordered = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            int lane = i;
            rows.stream().flatMap(List::stream).filter(u -> lane(u, lanes) == lane)
                    .sorted(Comparator.comparingDouble(Unit::top)).forEach(u -> ordered.addAll(u.members()));
        }
        return ordered;
    }

    /** A row of two boxes or more side by side, each a column of its own, their tops level. */
    private static boolean gridRow(List<Unit> row) {
        for (int i = 0; i < row.size(); i++) {
            Unit unit = row.get(i);
            boolean box = unit.members().stream().allMatch(m -> m.id() >= 0);
            if (!box || Math.abs(unit.top() - row.get(0).top()) > TOLERANCE
                    || i > 0 && unit.left() < row.get(i - 1).right() - TOLERANCE) {
                return false;
            }
        }
        return row.size() >= 2;
    }

    /** A grid row under another in the same columns: as many boxes, their left and right edges aligned. */
    private static boolean sameColumns(List<Unit> above, List<Unit> row) {
        if (!gridRow(above) || !gridRow(row) || row.size() != above.size()) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            if (Math.abs(row.get(i).left() - above.get(i).left()) > TOLERANCE
                    || Math.abs(row.get(i).right() - above.get(i).right()) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    private static List<Unit> columns(List<Unit> row) {
        List<Unit> byLeft = new ArrayList<>(row);
        byLeft.sort(Comparator.comparingDouble(Unit::left));
        List<List<Unit>> columns = new ArrayList<>();
        float columnRight = Float.NEGATIVE_INFINITY;
        for (Unit unit : byLeft) {
            if (columns.isEmpty() || unit.left() >= columnRight - TOLERANCE) {
                columns.add(new ArrayList<>());
                columnRight = unit.right();
            }
            columnRight = Math.max(columnRight, unit.right());
            columns.get(columns.size() - 1).add(unit);
        }
        List<Unit> ordered = new ArrayList<>();
        for (List<Unit> column : columns) {
            column.sort(Comparator.comparingDouble(Unit::textTop).thenComparingDouble(Unit::left));
            ordered.addAll(column);
        }
        return ordered;
    }

    /**
     * The regions as units: boxes whose edges meet down the page, one's bottom the next one's top, with a common
     * right or left edge, are one stack, unless a box stands against the side of one of them (the cells of a
     * shaded table meet each way and are read row by row). Lines outside boxes are units of their own.
     */
    private static List<Unit> stacks(List<Region> regions) {
        List<List<Region>> stacks = new ArrayList<>();
        Map<Region, List<Region>> stackOf = new IdentityHashMap<>();
        List<Region> byTop = new ArrayList<>(regions);
        byTop.sort(Comparator.comparingDouble(Region::top));
        List<Region> stackable = byTop.stream().filter(r -> r.id() >= 0 && !sideBySide(r, regions)).toList();
        for (Region region : byTop) {
            List<Region> stack = null;
            if (stackable.contains(region)) {
                stack = stackable.stream().filter(above -> stackOf.containsKey(above) && meetsBelow(above, region))
                        .findFirst().map(stackOf::get).orElse(null);
            }
            if (stack == null) {
                stack = new ArrayList<>();
                stacks.add(stack);
            }
            stack.add(region);
            stackOf.put(region, stack);
        }
        return stacks.stream().map(Unit::of).toList();
    }

    /** The lower box's top is the upper box's bottom, and they share their right or left edge. */
    private static boolean meetsBelow(Region upper, Region lower) {
        return upper.id() >= 0 && Math.abs(lower.top() - upper.bottom()) <= TOLERANCE
                && (Math.abs(lower.right() - upper.right()) <= TOLERANCE
                || Math.abs(lower.left() - upper.left()) <= TOLERANCE);
    }

    /** Another box's side meets this box's side at its height (a cell of a table's row). */
    private static boolean sideBySide(Region region, List<Region> regions) {
        for (Region other : regions) {
            boolean level = other.top() < region.bottom() - TOLERANCE && region.top() < other.bottom() - TOLERANCE;
            if (other != region && other.id() >= 0 && level && (Math.abs(other.left() - region.right()) <= TOLERANCE
                    || Math.abs(region.left() - other.right()) <= TOLERANCE)) {
                return true;
            }
        }
        return false;
    }
}
