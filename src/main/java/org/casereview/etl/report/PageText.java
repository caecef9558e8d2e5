package org.casereview.etl.report;

import java.util.List;

/**
 * The lines of one page in reading order.
 *
 * @param number 1-based physical page
 * @param width  page width in points
 * @param height page height in points
 * @param lines  lines in reading order
 * @param acrossBoxes the baselines of the lines that run from one filled box into another beside it
 *                    ({@link FilledCards#linesAcross}): the reading's own sign that a grid of boxes was read across
 * @param ocrLayer every glyph of the page drawn invisible (text render mode 3): an OCR engine's text layer over a scan,
 *                 sized from each line's box, in one plain font
 */
record PageText(int number, float width, float height, List<TextLine> lines, List<Float> acrossBoxes,
                boolean ocrLayer) {

    PageText {
        lines = List.copyOf(lines);
        acrossBoxes = List.copyOf(acrossBoxes);
    }

    PageText(int number, float width, float height, List<TextLine> lines) {
        this(number, width, height, lines, List.of(), false);
    }

    /** How many lines ran from one filled box into another beside it. */
    int linesAcrossBoxes() {
        return acrossBoxes.size();
    }

    PageText withLines(List<TextLine> kept) {
        return new PageText(number, width, height, kept, acrossBoxes, ocrLayer);
    }
}
