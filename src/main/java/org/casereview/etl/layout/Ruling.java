package org.casereview.etl.layout;

/**
 * A straight rule drawn on a page (a table's border, a separator), in points from the page's top-left corner.
 *
 * @param horizontal runs across the page, else down it
 * @param at         its distance from the top (horizontal) or from the left edge (vertical)
 * @param from       where it starts along its length (left edge, or top)
 * @param to         where it ends along its length
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    float length() {
        return to - from;
    }

    /** How much of {@code [lo, hi]} it covers along its length. */
    float overlap(float lo, float hi) {
        return Math.max(0, Math.min(to, hi) - Math.max(from, lo));
    }
}
