package org.casereview.etl.report;

/**
 * A heading found in the body.
 *
 * @param lineIndex index of its first line among the body lines
 * @param lineCount printed lines it takes
 * @param level     1 for headings that start sections, 2 for sub-headings
 * @param text      as printed, lines joined
 * @param page      1-based physical page
 */
record Heading(int lineIndex, int lineCount, int level, String text, int page) {
}
