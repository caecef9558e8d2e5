package org.casereview.etl.report;

import java.util.List;

/**
 * The lines of one page in reading order.
 *
 * @param number 1-based physical page
 * @param width  page width in points
 * @param height page height in points
 * @param lines  lines in reading order
 */
record PageText(int number, float width, float height, List<TextLine> lines) {

    PageText {
        lines = List.copyOf(lines);
    }

    PageText withLines(List<TextLine> kept) {
        return new PageText(number, width, height, kept);
    }
}
