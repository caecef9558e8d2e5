package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.casereview.etl.text.PageNumbers;

/**
 * Page furniture among an untagged file's lines, taken from a page's top and from its foot as long as each line is
 * one: near the edge, a page number ("3", "Page 3 of 8") or a running head or foot (a line whose text, digits aside,
 * is printed at about the same height on another page). A line the caller takes for a table's header row (repeated
 * on each page) is none, and ends the furniture at its edge.
 */
final class RunningLines {

    /** Share of the page's height at its top and foot where furniture is looked for. */
    private static final float EDGE = 0.1f;

    private record Edge(int page, String key, float baseline) {
    }

    private final List<Edge> edges;
    private final Predicate<GlyphLine> header;

    private RunningLines(List<Edge> edges, Predicate<GlyphLine> header) {
        this.edges = edges;
        this.header = header;
    }

    /** @param pages each page's lines, top to bottom, and its height */
    static RunningLines of(List<List<GlyphLine>> pages, List<Float> heights, Predicate<GlyphLine> header) {
        List<Edge> edges = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (GlyphLine line : pages.get(p)) {
                if (nearEdge(line, heights.get(p))) {
                    edges.add(new Edge(p, key(line), line.baseline()));
                }
            }
        }
        return new RunningLines(edges, header);
    }

    /** How many of page {@code page}'s lines (0-based, as given) at its top, and at its foot, are furniture. */
    int[] edgeCounts(int page, List<GlyphLine> lines, float height) {
        int top = 0;
        while (top < lines.size() && isFurniture(page, lines.get(top), height)) {
            top++;
        }
        int foot = 0;
        while (foot < lines.size() - top && isFurniture(page, lines.get(lines.size() - 1 - foot), height)) {
            foot++;
        }
        return new int[] {top, foot};
    }

    private boolean isFurniture(int page, GlyphLine line, float height) {
        if (!nearEdge(line, height) || header.test(line)) {
            return false;
        }
        if (PageNumbers.isPageNumber(GlyphText.text(line.glyphs()))) {
            return true;
        }
        String key = key(line);
        return edges.stream().anyMatch(e -> e.page() != page && e.key().equals(key)
                && Math.abs(e.baseline() - line.baseline()) <= line.fontSize());
    }

    private static boolean nearEdge(GlyphLine line, float height) {
        return line.baseline() < EDGE * height || line.baseline() > (1 - EDGE) * height;
    }

    private static String key(GlyphLine line) {
        return GlyphText.text(line.glyphs()).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
