package org.casereview.etl.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.quality.DigestChecks;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.ReviewIds;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.store.ReviewStore;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores what each digest gave, replacing any rows an earlier attempt wrote for it. */
public class DigestLoadWriter implements ItemWriter<DigestLoad> {

    private static final Logger log = LoggerFactory.getLogger(DigestLoadWriter.class);

    private final ReviewStore reviews;
    private final DocumentStore documents;
    private final JobRun run;

    public DigestLoadWriter(ReviewStore reviews, DocumentStore documents, JobRun run) {
        this.reviews = reviews;
        this.documents = documents;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends DigestLoad> chunk) {
        for (DigestLoad load : chunk) {
            String file = load.document().sourceFile();
            documents.updateDocument(load.document(), run.month());
            if (load.document().hasStatus(DocumentStatus.LOADED) || load.document().hasStatus(DocumentStatus.PARTIAL)) {
                documents.updateQuality(run.month(), file, DigestChecks.judge(load.reviews(), load.traces()));
            }
            documents.replaceRejects(run.runId(), run.month(), file, load.rejects());
            reviews.replaceReviews(withClaimedIds(load.reviews()), run.month());
            load.rejects().forEach(r -> log.warn("Reject in {} at {}: {} ({})", LogSafe.text(file), LogSafe.text(r.location()),
                    LogSafe.text(r.message()), r.reason().code()));
            log.info("Digest {}: {} entries, status {}", LogSafe.text(file), load.reviews().size(), load.document().status().code());
        }
    }

    /** Each review with an id no other review holds: two digests of one month may both have a "Child A". */
    private List<LoadedReview> withClaimedIds(List<LoadedReview> loaded) {
        Set<String> claimed = new HashSet<>();
        List<LoadedReview> result = new ArrayList<>();
        for (LoadedReview review : loaded) {
            ReviewRow row = review.row();
            String id = ReviewIds.firstFree(row.reviewId(), candidate -> claimed.contains(candidate)
                    || reviews.isTakenByAnother(candidate, row.sourceFile(), row.entryNo()));
            claimed.add(id);
            result.add(id.equals(row.reviewId()) ? review : new LoadedReview(row.withReviewId(id), review.source(),
                    review.sections(), review.items(), review.codes()));
        }
        return result;
    }
}
