package org.casereview.etl.link;

import java.util.List;

/**
 * A match the linker refused to guess: entries and reports that compete within the margin.
 *
 * @param reviewIds the entries involved
 * @param files     the reports involved
 * @param message   what competes, with the scores, for a person to settle (e.g. in links.csv)
 */
public record AmbiguousLink(List<String> reviewIds, List<String> files, String message) {
    public AmbiguousLink {
        reviewIds = List.copyOf(reviewIds);
        files = List.copyOf(files);
    }
}
