package org.casereview.etl.review;

import java.util.List;

import org.casereview.etl.document.DigestTraces;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.RejectRow;

/**
 * What one digest file gave: its document row (with final status), its reviews and its rejects, and what the grammar
 * saw besides the entries (for the self-check).
 */
public record DigestLoad(DocumentRow document, List<LoadedReview> reviews, List<RejectRow> rejects, DigestTraces traces) {
    public DigestLoad {
        reviews = List.copyOf(reviews);
        rejects = List.copyOf(rejects);
    }

    public DigestLoad(DocumentRow document, List<LoadedReview> reviews, List<RejectRow> rejects) {
        this(document, reviews, rejects, DigestTraces.NONE);
    }
}
