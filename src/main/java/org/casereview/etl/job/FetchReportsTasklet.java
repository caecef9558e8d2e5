package org.casereview.etl.job;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casereview.etl.ingest.FetchResult;
import org.casereview.etl.ingest.FetchSettings;
import org.casereview.etl.ingest.ReportCache;
import org.casereview.etl.ingest.ReportFetcher;
import org.casereview.etl.output.DocumentRow;
import org.casereview.etl.output.RejectRow;
import org.casereview.etl.output.ReviewRow;
import org.casereview.etl.output.ReviewStore;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * With fetching enabled, downloads the report PDFs that digest entries link to over http(s) into
 * the output's cache, and adds them to the month's documents for the report step.
 */
public class FetchReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FetchReportsTasklet.class);

    private final ReviewStore store;
    private final FetchSettings defaults;

    public FetchReportsTasklet(ReviewStore store, FetchSettings defaults) {
        this.store = store;
        this.defaults = defaults;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        List<ReviewRow> linked = store.reviews(run.month()).stream()
                .filter(r -> ReportFetcher.isWebLink(r.reportLink())).toList();
        if (!run.fetch()) {
            if (!linked.isEmpty()) {
                log.info("{} entries link to reports on the web; they are not downloaded without --fetch", linked.size());
            }
            return RepeatStatus.FINISHED;
        }
        FetchSettings settings = defaults.withEnabled(true).withAllowedHosts(run.fetchAllowedHosts());
        Set<String> knownHashes = new HashSet<>();
        Set<String> knownNames = new HashSet<>();
        for (DocumentRow d : store.documents(run.month(), "report")) {
            knownHashes.add(d.sha256());
            knownNames.add(d.sourceFile());
        }
        try (ReportFetcher fetcher = new ReportFetcher(settings, ReportCache.inOutput(run.output()))) {
            for (ReviewRow review : linked) {
                contribution.incrementReadCount();
                FetchResult result = fetcher.fetch(review.reportLink());
                if (!result.succeeded()) {
                    store.addReject(run.runId(), run.month(), new RejectRow(review.sourceFile(),
                            "entry " + review.entryNo() + " link", result.failure(), result.message()));
                    log.warn("Report link of {} not fetched: {}", LogSafe.text(review.reviewId()), LogSafe.text(result.message()));
                    contribution.incrementProcessSkipCount();
                    continue;
                }
                String name = result.file().getFileName().toString();
                if (knownHashes.add(result.sha256()) && knownNames.add(name)) {
                    store.saveDocument(new DocumentRow(name, "report", "application/pdf", null, result.sha256(),
                            result.bytes(), null, "pending", null), run.month(), result.file());
                    contribution.incrementWriteCount(1);
                }
                log.info("Report of {} {} ({})", LogSafe.text(review.reviewId()), result.fromCache() ? "taken from the cache" : "downloaded", LogSafe.text(name));
            }
        }
        return RepeatStatus.FINISHED;
    }
}
