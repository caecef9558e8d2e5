package org.casereview.etl.review;

import java.util.List;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.RejectRow;

/** What one digest file gave: its document row (with final status), its reviews and its rejects. */
public record DigestLoad(DocumentRow document, List<LoadedReview> reviews, List<RejectRow> rejects) {
    public DigestLoad {
        reviews = List.copyOf(reviews);
        rejects = List.copyOf(rejects);
    }
}
