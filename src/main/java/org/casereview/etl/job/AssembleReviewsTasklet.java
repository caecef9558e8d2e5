package org.casereview.etl.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReportExtract;
import org.casereview.etl.ingest.FetchSettings;
import org.casereview.etl.ingest.LinkSafety;
import org.casereview.etl.link.OperatorLinksReader;
import org.casereview.etl.review.Assembly;
import org.casereview.etl.review.ReviewAssembler;
import org.casereview.etl.review.StoredReport;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.store.ReportStore;
import org.casereview.etl.store.ReviewStore;
import org.casereview.etl.store.StoredReportContents;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links entries and reports and merges them into the month's reviews: the reads and the step's own writes on this
 * thread, in order; each review's merging and coding on the job's --threads workers; the slices of what the step adds
 * on a thread of their own, in order.
 * <p>
 * What the step adds of its own (the reports' sections, items and themes, and the reviews of reports no entry links
 * to, with their codes) is committed a slice of reviews at a time, in transactions of their own, after the parts an
 * earlier attempt added are cleared (committed too); what it changes of the digest step's rows (each linked entry's
 * review row, the rejects and the documents' quality) is written in the step's one transaction, with its status. A
 * commit walks every row its transaction wrote: one commit for the month's 60,000 rows at 480 reports read most of
 * them back from the file, as the database's page cache no longer held them, on the step's thread after the workers
 * were done. A restart after a kill finds the entries as the digest step left them (the step's transaction never
 * committed) and the slices committed before it; it clears those and links and merges again, as a first attempt does.
 */
public class AssembleReviewsTasklet implements Tasklet {

    private final Supplier<ReviewAssembler> assembler;
    private final ReviewStore reviews;
    private final DocumentStore documents;
    private final ReportStore reports;
    private final ItemThemes themes;
    private final TransactionTemplate ownTransaction;

    /**
     * @param themes the items' themes kept with the content cache (null: the assembly matches every item)
     * @param tm     the step's transactions: the slices of what the step adds are committed in new ones
     */
    public AssembleReviewsTasklet(Supplier<ReviewAssembler> assembler, ReviewStore reviews, DocumentStore documents,
                                  ReportStore reports, ItemThemes themes, PlatformTransactionManager tm) {
        this.ownTransaction = new TransactionTemplate(tm);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.assembler = assembler;
        this.themes = themes;
        this.reviews = reviews;
        this.documents = documents;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        ownTransaction.executeWithoutResult(status -> reviews.clearReportParts(run.month()));
        documents.deleteRejects(run.month(), "link");
        LinkSafety safety = new LinkSafety(FetchSettings.defaults().withAllowedHosts(run.fetchAllowedHosts()));
        Assembly.Checks checks;
        int stored;
        try (Slices slices = new Slices(run.month())) {
            checks = assembler.get().assemble(run.month(), reviews.reviews(run.month()),
                    storedReports(run.month()), new StoredReportContents(reports, reviews,
                            themes == null ? Set.of() : reports.themedWith(themes.key())),
                    OperatorLinksReader.readFolder(run.input()),
                    link -> safety.refusalOfLink(link, run.input()).isPresent(), slices, run.threads());
            slices.finish();
            stored = slices.count;
        }
        documents.addRejects(run.runId(), run.month(), checks.rejects());
        checks.reportQuality().forEach((file, verdict) -> documents.updateQuality(run.month(), file, verdict));
        documents.markRejectedDoubtful(run.month());
        contribution.incrementWriteCount(stored);
        return RepeatStatus.FINISHED;
    }

    /**
     * Stores the reviews a few at a time as they are merged: a month's report sections and items (their texts, themes
     * and statement parameters) are never all in memory at once. A slice's linked entries' rows go into the step's
     * transaction; the rest of the slice (its sections, items and themes, and its report-only reviews) is committed in a
     * transaction of its own, while its rows are still in the database's cache, on a thread of its own while this
     * thread hands on the next slice's reviews (the writes and commits were half of this thread's time, the workers
     * waiting on it; 480 x 30). The slices are committed in order, each before the next is started, as before.
     */
    private final class Slices implements Consumer<LoadedReview>, AutoCloseable {
        private static final int REVIEWS = 16;
        private final String month;
        private final List<LoadedReview> slice = new ArrayList<>();
        private final OrderedWrites writes = new OrderedWrites("assemble-store", "storing a slice of the assembly");
        private int count;

        Slices(String month) {
            this.month = month;
        }

        @Override
        public void accept(LoadedReview review) {
            slice.add(review);
            count++;
            if (slice.size() == REVIEWS) {
                flush();
            }
        }

        void flush() {
            if (slice.isEmpty()) {
                return;
            }
            List<LoadedReview> entries = slice.stream().filter(r -> r.row().entryNo() != null).toList();
            List<LoadedReview> reportOnly = slice.stream().filter(r -> r.row().entryNo() == null).toList();
            List<LoadedReview> all = List.copyOf(slice);
            reviews.replaceReviewRows(entries, month);
            writes.submit(() -> ownTransaction.executeWithoutResult(status -> {
                reviews.replaceReviewRows(reportOnly, month);
                reviews.replaceContents(all);
            }));
            slice.clear();
        }

        /** Stores the last slice and waits until every slice is committed. */
        void finish() {
            flush();
            writes.finish();
        }

        @Override
        public void close() {
            writes.close();
        }
    }

    private List<StoredReport> storedReports(String month) {
        List<StoredReport> stored = new ArrayList<>();
        for (DocumentRow d : documents.documents(month, "report")) {
            Optional<ReportExtract> extract = d.sha256() == null ? Optional.empty() : reports.find(d.sha256());
            extract.ifPresent(e -> stored.add(new StoredReport(d, e)));
        }
        return stored;
    }
}
