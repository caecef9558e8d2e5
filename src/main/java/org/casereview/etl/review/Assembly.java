package org.casereview.etl.review;

import java.util.List;
import java.util.Map;

import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.quality.Verdict;

/**
 * What linking and merging gave: the reviews to store with their report sections and items
 * (entries that found their report, and reports of their own), the link problems, and the
 * self-check's verdict on each loaded report by file name.
 */
public record Assembly(List<LoadedReview> reviews, List<RejectRow> rejects, Map<String, Verdict> reportQuality) {
    public Assembly {
        reviews = List.copyOf(reviews);
        rejects = List.copyOf(rejects);
        reportQuality = Map.copyOf(reportQuality);
    }

    /** What linking and merging gave besides the reviews, when each review was handed on as it was merged. */
    public record Checks(List<RejectRow> rejects, Map<String, Verdict> reportQuality) {
        public Checks {
            rejects = List.copyOf(rejects);
            reportQuality = Map.copyOf(reportQuality);
        }
    }
}
