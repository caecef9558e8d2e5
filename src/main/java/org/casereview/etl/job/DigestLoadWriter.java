package org.casereview.etl.job;

import org.casereview.etl.output.LoadedReview;
import org.casereview.etl.output.ReviewRow;
import org.casereview.etl.output.ReviewStore;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores what each digest gave, replacing any rows an earlier attempt wrote for it. */
public class DigestLoadWriter implements ItemWriter<DigestLoad> {

    private static final Logger log = LoggerFactory.getLogger(DigestLoadWriter.class);

    private final ReviewStore store;
    private final JobRun run;
    private final RejectBudget budget;

    public DigestLoadWriter(ReviewStore store, JobRun run, RejectBudget budget) {
        this.store = store;
        this.run = run;
        this.budget = budget;
    }

    @Override
    public void write(Chunk<? extends DigestLoad> chunk) {
        for (DigestLoad load : chunk) {
            String file = load.document().sourceFile();
            store.updateDocument(load.document(), run.month());
            store.replaceRejects(run.runId(), run.month(), file, load.rejects());
            for (LoadedReview review : load.reviews()) {
                ReviewRow row = review.row();
                String id = store.claimId(row.reviewId(), row.sourceFile(), row.entryNo());
                store.replaceReview(id.equals(row.reviewId()) ? review
                        : new LoadedReview(row.withReviewId(id), review.source(), review.sections(), review.items(),
                        review.codes()), run.month());
            }
            load.rejects().forEach(r -> log.warn("Reject in {} at {}: {} ({})", LogSafe.text(file), LogSafe.text(r.location()), LogSafe.text(r.message()), r.reason().code()));
            log.info("Digest {}: {} entries, status {}", LogSafe.text(file), load.reviews().size(), load.document().status());
        }
        budget.check(run, "parseDigestsStep");
    }
}
