package org.casereview.etl.digest;

/**
 * A logical line of a digest: one heading, paragraph, label line, list item or link line,
 * with wrapped lines and page breaks already joined.
 *
 * @param line 1-based line of its first line in the extracted text
 * @param text repaired text
 */
record Unit(int line, String text) {
}
