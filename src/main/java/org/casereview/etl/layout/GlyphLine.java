package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of a page that share a baseline, left to right (across columns: the page's line at that height).
 *
 * @param glyphs   left to right
 * @param baseline distance of the baseline from the page's top
 * @param height   the tallest glyph's height
 */
record GlyphLine(List<TextPosition> glyphs, float baseline, float height) {

    /** Glyphs on baselines closer than this share of their height are on one line. */
    private static final float SAME_LINE = 0.3f;
    private static final float SPACE_SHARE = 0.2f;

    /** A stretch of glyphs with no gap wider than a run's gap; a word with the space gap. */
    record Run(List<TextPosition> glyphs, float start, float end) {
        String text() {
            return GlyphText.text(glyphs);
        }
    }

    static List<GlyphLine> of(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<GlyphLine> lines = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        for (TextPosition glyph : sorted) {
            if (!line.isEmpty() && Math.abs(glyph.getYDirAdj() - line.get(0).getYDirAdj())
                    > SAME_LINE * Math.max(1f, line.get(0).getHeightDir())) {
                lines.add(line(line));
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        if (!line.isEmpty()) {
            lines.add(line(line));
        }
        return lines;
    }

    private static GlyphLine line(List<TextPosition> glyphs) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        float height = (float) glyphs.stream().mapToDouble(TextPosition::getHeightDir).max().orElse(0);
        return new GlyphLine(List.copyOf(glyphs), glyphs.get(0).getYDirAdj(), height);
    }

    float top() {
        return baseline - Math.max(height, fontSize() * 0.7f);
    }

    /** Halfway between the top of the glyphs and the baseline: the line lies where most of its ink does. */
    float middle() {
        return (top() + baseline) / 2;
    }

    float fontSize() {
        return glyphs.get(0).getFontSizeInPt();
    }

    /** Words: glyphs split where the gap is a space or wider. */
    List<Run> words() {
        return runs(glyphs, -1);
    }

    /** Runs: glyphs split where the gap is at least {@code gap} points. */
    List<Run> runs(float gap) {
        return runs(glyphs, gap);
    }

    static List<Run> runs(List<TextPosition> glyphs, float gap) {
        List<Run> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            if (!run.isEmpty() && glyph.getXDirAdj() - end(run.get(run.size() - 1)) > limit(run.get(run.size() - 1), gap)) {
                runs.add(run(run));
                run = new ArrayList<>();
            }
            run.add(glyph);
        }
        if (!run.isEmpty()) {
            runs.add(run(run));
        }
        return runs;
    }

    private static float limit(TextPosition previous, float gap) {
        if (gap >= 0) {
            return gap;
        }
        float space = previous.getWidthOfSpace() > 0 ? previous.getWidthOfSpace() : previous.getFontSizeInPt() / 4;
        return SPACE_SHARE * space;
    }

    private static Run run(List<TextPosition> glyphs) {
        return new Run(List.copyOf(glyphs), glyphs.get(0).getXDirAdj(), end(glyphs.get(glyphs.size() - 1)));
    }

    static float end(TextPosition glyph) {
        return glyph.getXDirAdj() + glyph.getWidthDirAdj();
    }
}
