package org.casereview.etl.quality;

import java.util.List;

import org.casereview.etl.document.ItemRow;

/**
 * What a linked digest entry says its report holds.
 *
 * @param learningCount       learning points the entry lists
 * @param recommendationCount recommendations the entry lists
 * @param items               the entry's own items (for the search of similar report items)
 */
public record DigestExpectation(int learningCount, int recommendationCount, List<ItemRow> items) {
    public DigestExpectation {
        items = List.copyOf(items);
    }
}
