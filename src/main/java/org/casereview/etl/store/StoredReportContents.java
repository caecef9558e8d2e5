package org.casereview.etl.store;

import java.util.List;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.review.ReportContents;

/** A report's sections and items as the report store keeps them; a digest entry's items as the review store does. */
public record StoredReportContents(ReportStore reports, ReviewStore reviews) implements ReportContents {

    @Override
    public List<Section> sections(String sha256) {
        return reports.sections(sha256);
    }

    @Override
    public List<ItemRow> items(String sha256) {
        return reports.items(sha256);
    }

    @Override
    public List<ItemRow> digestItems(String reviewId) {
        return reviews.digestItems(reviewId);
    }
}
