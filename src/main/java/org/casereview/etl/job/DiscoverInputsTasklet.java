package org.casereview.etl.job;

import java.util.List;
import java.util.Optional;

import org.casereview.etl.ingest.InputDiscovery.Discovered;
import org.casereview.etl.ingest.FileHashes;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.store.ReviewStore;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step: lists, hashes and classifies the input files, then clears the month's earlier rows and
 * records the files, unless nothing changed since the month's last completed run (the job then ends).
 */
public class DiscoverInputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(DiscoverInputsTasklet.class);

    private final InputDiscovery discovery;
    private final ReviewStore reviews;
    private final DocumentStore documents;
    private final RejectBudget budget;
    private final UnchangedRun unchanged;

    public DiscoverInputsTasklet(InputDiscovery discovery, ReviewStore reviews, DocumentStore documents,
                                 RejectBudget budget, UnchangedRun unchanged) {
        this.discovery = discovery;
        this.reviews = reviews;
        this.documents = documents;
        this.budget = budget;
        this.unchanged = unchanged;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        FileHashes hashes = FileHashes.load(run.output(), UnchangedRun.build());
        List<Discovered> found = discovery.discover(run.input(), run.threads(), hashes);
        if (found.isEmpty()) {
            throw new IllegalStateException("input folder " + run.input() + " holds no files: nothing to load");
        }
        Optional<String> kept = unchanged.keep(contribution.getStepExecution().getJobExecution(), run, found, hashes);
        hashes.save();
        if (kept.isPresent()) {
            log.info("{}", kept.get());
            found.forEach(d -> contribution.incrementReadCount());
            contribution.setExitStatus(new ExitStatus(UnchangedRun.NOTHING_CHANGED, kept.get()));
            return RepeatStatus.FINISHED;
        }
        reviews.clearMonth(run.month());
        documents.clearMonth(run.month());
        for (Discovered d : found) {
            contribution.incrementReadCount();
            documents.saveDocument(d.document(), run.month(), d.path());
            if (d.loadable()) {
                contribution.incrementWriteCount(1);
                log.info("Found {} {} ({} bytes)", d.document().kind(), LogSafe.text(d.document().sourceFile()), d.document().bytes());
            } else {
                contribution.incrementProcessSkipCount();
                documents.addRejects(run.runId(), run.month(), List.of(d.reject()));
                log.warn("Rejected {}: {} ({})", LogSafe.text(d.document().sourceFile()), LogSafe.text(d.reject().message()), d.reject().reason().code());
            }
        }
        // A tasklet, not a chunk step: no item for a skip policy, so the step checks the budget itself.
        budget.check(run, "discoverInputsStep");
        return RepeatStatus.FINISHED;
    }
}
