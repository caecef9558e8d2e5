package org.casereview.etl.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.review.ReportContents;

/**
 * A report's sections and items as the report store keeps them; a digest entry's items as the review store does.
 *
 * @param themed the contents whose items' themes the report store holds as matched with the vocabulary and build in use
 */
public record StoredReportContents(ReportStore reports, ReviewStore reviews, Set<String> themed)
        implements ReportContents {

    public StoredReportContents {
        themed = Set.copyOf(themed);
    }

    /** Contents whose items' themes are all left to the assembly. */
    public StoredReportContents(ReportStore reports, ReviewStore reviews) {
        this(reports, reviews, Set.of());
    }

    @Override
    public List<Section> sections(String sha256) {
        return reports.sections(sha256);
    }

    @Override
    public List<ItemRow> items(String sha256) {
        return reports.items(sha256);
    }

    @Override
    public Optional<List<ItemRow>> themedItems(String sha256) {
        return themed.contains(sha256) ? Optional.of(reports.themedItems(sha256)) : Optional.empty();
    }

    @Override
    public List<ItemRow> digestItems(String reviewId) {
        return reviews.digestItems(reviewId);
    }
}
