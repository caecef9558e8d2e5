package org.casereview.etl.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.ingest.FetchResult;
import org.casereview.etl.ingest.FetchSettings;
import org.casereview.etl.ingest.LinkSafety;
import org.casereview.etl.ingest.ReportCache;
import org.casereview.etl.ingest.ReportFetcher;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.store.ReviewStore;
import org.casereview.etl.text.ControlCharacters;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Checks every report link of the month's entries (a refused one gets an {@code unsafe_link}
 * reject, with or without fetching) and, with fetching enabled, downloads the report PDFs that
 * digest entries link to over http(s) into the output's cache, and adds them to the month's
 * documents for the report step.
 */
public class FetchReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FetchReportsTasklet.class);

    private final ReviewStore reviews;
    private final DocumentStore documents;
    private final FetchSettings defaults;

    public FetchReportsTasklet(ReviewStore reviews, DocumentStore documents, FetchSettings defaults) {
        this.reviews = reviews;
        this.documents = documents;
        this.defaults = defaults;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        FetchSettings settings = defaults.withEnabled(true).withAllowedHosts(run.fetchAllowedHosts());
        List<ReviewRow> linked = safeWebLinks(run, new LinkSafety(settings), contribution);
        if (!run.fetch()) {
            if (!linked.isEmpty()) {
                log.info("{} entries link to reports on the web; they are not downloaded without --fetch", linked.size());
            }
            return RepeatStatus.FINISHED;
        }
        Set<String> knownHashes = new HashSet<>();
        Set<String> knownNames = new HashSet<>();
        for (DocumentRow d : documents.documents(run.month(), "report")) {
            knownHashes.add(d.sha256());
            knownNames.add(d.sourceFile());
        }
        try (ReportFetcher fetcher = new ReportFetcher(settings, ReportCache.inOutput(run.output()))) {
            for (ReviewRow review : linked) {
                contribution.incrementReadCount();
                FetchResult result = fetcher.fetch(review.reportLink());
                if (!result.succeeded()) {
                    documents.addRejects(run.runId(), run.month(), List.of(new RejectRow(review.sourceFile(),
                            "entry " + review.entryNo() + " link", result.failure(), result.message())));
                    log.warn("Report link of {} not fetched: {}", LogSafe.text(review.reviewId()),
                            LogSafe.text(result.message()));
                    contribution.incrementProcessSkipCount();
                    continue;
                }
                String name = result.file().getFileName().toString();
                if (knownHashes.add(result.sha256()) && knownNames.add(name)) {
                    documents.saveDocument(new DocumentRow(name, "report", "application/pdf", null, result.sha256(),
                            result.bytes(), null, DocumentStatus.PENDING, null), run.month(), result.file());
                    contribution.incrementWriteCount(1);
                }
                log.info("Report of {} {} ({})", LogSafe.text(review.reviewId()), result.fromCache() ? "taken from the cache" : "downloaded", LogSafe.text(name));
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** The entries whose link is a web address that may be fetched; every refused link is a reject. */
    private List<ReviewRow> safeWebLinks(JobRun run, LinkSafety safety, StepContribution contribution) {
        List<ReviewRow> web = new ArrayList<>();
        for (ReviewRow review : reviews.reviews(run.month())) {
            Optional<String> refusal = safety.refusalOfLink(review.reportLink(), run.input());
            if (refusal.isPresent()) {
                documents.addRejects(run.runId(), run.month(), List.of(new RejectRow(review.sourceFile(),
                        "entry " + review.entryNo() + " link", RejectReason.UNSAFE_LINK,
                        "report link '" + ControlCharacters.escape(review.reportLink()) + "' refused: " + refusal.get())));
                log.warn("Report link of {} refused: {}", review.reviewId(), refusal.get());
                contribution.incrementProcessSkipCount();
            } else if (ReportFetcher.isWebLink(review.reportLink())) {
                web.add(review);
            }
        }
        return web;
    }
}
