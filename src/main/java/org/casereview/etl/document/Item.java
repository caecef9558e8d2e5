package org.casereview.etl.document;

/**
 * One learning point, recommendation or good-practice point.
 *
 * @param itemNo 1-based position inside its section
 * @param text   the item as printed, on one line, without its number or label
 * @param page   1-based physical PDF page, null for digest items
 */
public record Item(int itemNo, String text, Integer page) {
}
