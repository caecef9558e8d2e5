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

/**
 * Links entries and reports and merges them into the month's reviews (one transaction: all or nothing): the reads and
 * writes on this thread, in order; each review's merging and coding on the job's --threads workers.
 */
public class AssembleReviewsTasklet implements Tasklet {

    private final Supplier<ReviewAssembler> assembler;
    private final ReviewStore reviews;
    private final DocumentStore documents;
    private final ReportStore reports;
    private final ItemThemes themes;

    /** @param themes the items' themes kept with the content cache (null: the assembly matches every item) */
    public AssembleReviewsTasklet(Supplier<ReviewAssembler> assembler, ReviewStore reviews, DocumentStore documents,
                                  ReportStore reports, ItemThemes themes) {
        this.assembler = assembler;
        this.themes = themes;
        this.reviews = reviews;
        this.documents = documents;
        this.reports = reports;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        reviews.clearReportParts(run.month());
        documents.deleteRejects(run.month(), "link");
        LinkSafety safety = new LinkSafety(FetchSettings.defaults().withAllowedHosts(run.fetchAllowedHosts()));
        Slices stored = new Slices(run.month());
        Assembly.Checks checks = assembler.get().assemble(run.month(), reviews.reviews(run.month()),
                storedReports(run.month()), new StoredReportContents(reports, reviews,
                        themes == null ? Set.of() : reports.themedWith(themes.key())),
                OperatorLinksReader.readFolder(run.input()),
                link -> safety.refusalOfLink(link, run.input()).isPresent(), stored, run.threads());
        stored.flush();
        documents.addRejects(run.runId(), run.month(), checks.rejects());
        checks.reportQuality().forEach((file, verdict) -> documents.updateQuality(run.month(), file, verdict));
        documents.markRejectedDoubtful(run.month());
        contribution.incrementWriteCount(stored.count);
        return RepeatStatus.FINISHED;
    }

    /**
     * Stores the reviews a few at a time as they are merged, in the step's one transaction: a month's report sections
     * and items (their texts, themes and statement parameters) are never all in memory at once.
     */
    private final class Slices implements Consumer<LoadedReview> {
        private static final int REVIEWS = 16;
        private final String month;
        private final List<LoadedReview> slice = new ArrayList<>();
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
            reviews.replaceReviews(List.copyOf(slice), month);
            slice.clear();
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
