package org.casereview.etl.review;

import java.util.List;

import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.RejectRow;

/**
 * What linking and merging gave: the reviews to store with their report sections and items
 * (entries that found their report, and reports of their own), and the link problems.
 */
public record Assembly(List<LoadedReview> reviews, List<RejectRow> rejects) {
    public Assembly {
        reviews = List.copyOf(reviews);
        rejects = List.copyOf(rejects);
    }
}
