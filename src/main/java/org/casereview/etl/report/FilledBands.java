package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines that stand alone on a filled band: a strip of shading one line high, reaching from the line's start (or
 * before it) well past its end, with no other line in it and no other band beside it. Templates that set headings
 * in the body's size and weight mark them this way (a PDF library's chapter title on a coloured cell as wide as the
 * text). A highlight is snug round its words, a table's header cells stand side by side, a shaded box holds several
 * lines: none of them is a band.
 */
final class FilledBands {

    /** Slack at the line's start, in points. */
    private static final float SLACK = 2f;
    /** How far past the line's end the band must reach, in the line's font sizes. */
    private static final float REACH = 3f;
    /** The band's height, in the line's font sizes: about one line with its leading. */
    private static final float MIN_HEIGHT = 1.0f;
    private static final float MAX_HEIGHT = 2.6f;
    /** How far above the baseline the letters stand, in font sizes: they must be on the band. */
    private static final float ASCENT = 0.6f;

    private FilledBands() {
    }

    static List<TextLine> mark(List<TextLine> lines, List<FloatedBoxes.Panel> bands) {
        if (bands.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(bands.stream().anyMatch(b -> alone(line, b, lines, bands)) ? line.withBand() : line);
        }
        return out;
    }

    private static boolean alone(TextLine line, FloatedBoxes.Panel band, List<TextLine> lines,
                                 List<FloatedBoxes.Panel> bands) {
        float size = line.fontSize();
        float height = band.bottom() - band.top();
        if (size <= 0 || height < MIN_HEIGHT * size || height > MAX_HEIGHT * size || line.y() > band.bottom()
                || line.y() - ASCENT * size < band.top() - SLACK || band.minX() > line.x() + SLACK
                || band.maxX() < line.endX() + REACH * size) {
            return false;
        }
        for (TextLine other : lines) {
            if (other != line && other.y() >= band.top() && other.y() <= band.bottom() + ASCENT * other.fontSize()
                    && other.x() < band.maxX() && other.endX() > band.minX()) {
                return false;
            }
        }
        return bands.stream().noneMatch(o -> o != band && beside(band, o));
    }

    /** Another band across the same height, left or right of this one: cells of a shaded row. */
    private static boolean beside(FloatedBoxes.Panel band, FloatedBoxes.Panel other) {
        boolean across = other.top() < band.bottom() && other.bottom() > band.top();
        return across && (other.maxX() <= band.minX() + SLACK || other.minX() >= band.maxX() - SLACK);
    }
}
