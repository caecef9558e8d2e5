package org.casereview.etl.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * Glyphs set in another direction than the page reads (a table's header words turned a quarter turn to run up
 * the column): read in their own direction as lines, the lines of one block joined, and each block placed on
 * the page as one fragment over the box the turned text fills, standing on its lowest point as a line stands on
 * its baseline. Read in the page's direction instead, their glyphs' positions are measured along another axis
 * and their pieces fall among the lines of the page's own text. Read so by the report's stripper and by the digest's
 * page lines (a list's label turned up its band).
 */
public final class TurnedText {

    /** Glyphs this close across their run (in type sizes) stand on one line. */
    private static final float SAME_LINE = 0.3f;
    /** A gap along the run wider than this (in type sizes) ends the line. */
    private static final float LINE_GAP = 1.5f;
    /** Lines this close across the run (in type sizes), overlapping along it, are one block. */
    private static final float BLOCK_PITCH = 1.6f;
    /** A gap along the run wider than this share of the type size, with no space glyph, is a word space. */
    private static final float WORD_GAP = 0.15f;
    /** The share of the type size a glyph rises above its baseline. */
    private static final float ASCENT = 0.75f;

    /** One turned glyph and its style bits (as the stripper keeps them). */
    public record Glyph(TextPosition position, int style) {
    }

    /** A block of turned text: its glyphs in reading order (null for a word space) and where it stands. */
    public record Block(List<Glyph> glyphs, float x, float endX, float y) {
    }

    /** A glyph placed in the page as it is viewed: its origin, its run's axis and how far it advances. */
    private record Placed(Glyph glyph, int turn, float across, float along, float advance, float size) {
    }

    private TurnedText() {
    }

    /** True when the glyph does not read left to right on the page as viewed (page rotation given in degrees). */
    public static boolean isTurned(TextPosition glyph, int rotation) {
        return turn(glyph, rotation) != 0;
    }

    /** The turned glyphs' blocks, each in its own reading order. */
    public static List<Block> blocks(List<Glyph> glyphs, int rotation) {
        List<Placed> placed = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            placed.add(place(glyph, rotation));
        }
        placed.sort(Comparator.comparingInt(Placed::turn).thenComparingDouble(Placed::across)
                .thenComparingDouble(Placed::along));
        List<List<Placed>> lines = lines(placed);
        List<Block> blocks = new ArrayList<>();
        List<List<Placed>> block = new ArrayList<>();
        for (List<Placed> line : lines) {
            if (!block.isEmpty() && !continues(block.get(block.size() - 1), line)) {
                blocks.add(block(block));
                block = new ArrayList<>();
            }
            block.add(line);
        }
        if (!block.isEmpty()) {
            blocks.add(block(block));
        }
        return blocks;
    }

    private static int turn(TextPosition glyph, int rotation) {
        return (((int) glyph.getDir() - rotation) % 360 + 360) % 360;
    }

    /**
     * The glyph's origin in the viewed page: {@code across} grows from one line of its run to the next, {@code
     * along} in its reading direction.
     */
    private static Placed place(Glyph glyph, int rotation) {
        TextPosition p = glyph.position();
        int turn = turn(p, rotation);
        float across = switch (turn) {
            case 90 -> p.getX();
            case 180 -> -p.getY();
            case 270 -> -p.getX();
            default -> p.getY();
        };
        float along = switch (turn) {
            case 90 -> -p.getY();
            case 180 -> -p.getX();
            case 270 -> p.getY();
            default -> p.getX();
        };
        return new Placed(glyph, turn, across, along, p.getWidthDirAdj(), p.getFontSizeInPt());
    }

    private static List<List<Placed>> lines(List<Placed> placed) {
        List<List<Placed>> lines = new ArrayList<>();
        List<Placed> line = new ArrayList<>();
        for (Placed glyph : placed) {
            if (!line.isEmpty() && !sameLine(line.get(line.size() - 1), glyph)) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static boolean sameLine(Placed previous, Placed next) {
        float size = Math.max(previous.size(), next.size());
        float gap = next.along() - (previous.along() + previous.advance());
        return previous.turn() == next.turn() && Math.abs(next.across() - previous.across()) <= SAME_LINE * size
                && gap <= LINE_GAP * size;
    }

    /** The next line of the same block: one line pitch on, beside the last line along the run. */
    private static boolean continues(List<Placed> last, List<Placed> line) {
        Placed a = last.get(0);
        Placed b = line.get(0);
        float pitch = b.across() - a.across();
        float lastEnd = last.get(last.size() - 1).along() + last.get(last.size() - 1).advance();
        float lineEnd = line.get(line.size() - 1).along() + line.get(line.size() - 1).advance();
        return a.turn() == b.turn() && pitch > 0 && pitch <= BLOCK_PITCH * a.size()
                && b.along() < lastEnd && a.along() < lineEnd;
    }

    private static Block block(List<List<Placed>> lines) {
        List<Glyph> glyphs = new ArrayList<>();
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (List<Placed> line : lines) {
            if (!glyphs.isEmpty()) {
                glyphs.add(null);
            }
            Placed previous = null;
            for (Placed glyph : line) {
                if (previous != null && wordSpace(previous, glyph)) {
                    glyphs.add(null);
                }
                glyphs.add(glyph.glyph());
                for (float[] corner : corners(glyph)) {
                    minX = Math.min(minX, corner[0]);
                    maxX = Math.max(maxX, corner[0]);
                    maxY = Math.max(maxY, corner[1]);
                }
                previous = glyph;
            }
        }
        return new Block(glyphs, minX, maxX, maxY);
    }

    private static boolean wordSpace(Placed previous, Placed next) {
        float gap = next.along() - (previous.along() + previous.advance());
        return gap > WORD_GAP * previous.size() && !previous.glyph().position().getUnicode().isBlank()
                && !next.glyph().position().getUnicode().isBlank();
    }

    /** The glyph's origin, its advance's end, and both raised by its ascent, in the viewed page (y down). */
    private static float[][] corners(Placed glyph) {
        TextPosition p = glyph.glyph().position();
        float x = p.getX();
        float y = p.getY();
        float w = glyph.advance();
        float up = ASCENT * glyph.size();
        float[] run = switch (glyph.turn()) {
            case 90 -> new float[] {0, -1, -1, 0};
            case 180 -> new float[] {-1, 0, 0, 1};
            case 270 -> new float[] {0, 1, 1, 0};
            default -> new float[] {1, 0, 0, -1};
        };
        return new float[][] {
                {x, y},
                {x + run[0] * w, y + run[1] * w},
                {x + run[2] * up, y + run[3] * up},
                {x + run[0] * w + run[2] * up, y + run[1] * w + run[3] * up}};
    }
}
