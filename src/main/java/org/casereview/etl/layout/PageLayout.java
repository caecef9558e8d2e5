package org.casereview.etl.layout;

import java.util.List;

/**
 * One page of the model.
 *
 * @param page     1-based physical page
 * @param evidence where its blocks come from
 * @param coverage share of the page's text (furniture marked as artifact excepted) that the structure tree
 *                 reaches, 0 for an untagged file
 * @param blocks   its blocks in reading order; for {@link Evidence#OUTLINE} only headings, for
 *                 {@link Evidence#LAYOUT} none
 */
public record PageLayout(int page, Evidence evidence, double coverage, List<LayoutBlock> blocks) {

    public PageLayout {
        blocks = List.copyOf(blocks);
    }
}
