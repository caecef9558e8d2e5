package org.casereview.etl.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.output.DocumentRow;
import org.casereview.etl.output.ItemRow;
import org.casereview.etl.output.RejectRow;
import org.casereview.etl.output.ReportStore;
import org.casereview.etl.output.ReviewStore;
import org.casereview.etl.report.ExtractedReport;
import org.casereview.etl.report.ReportExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Worker of the partitioned report step: extracts one PDF into the report tables, or takes its
 * earlier extraction when the same content was extracted before (unless forced).
 */
public class ExtractReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExtractReportTasklet.class);

    private final ReportExtractor extractor;
    private final ReviewStore reviews;
    private final ReportStore reports;
    private final RejectBudget budget;
    private final ExtractionProgress progress;
    private final DocumentGuard guard;

    public ExtractReportTasklet(ReportExtractor extractor, ReviewStore reviews, ReportStore reports,
                                RejectBudget budget, ExtractionProgress progress, DocumentGuard guard) {
        this.extractor = extractor;
        this.guard = guard;
        this.reviews = reviews;
        this.reports = reports;
        this.budget = budget;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        String file = contribution.getStepExecution().getExecutionContext().getString(ReportPartitioner.FILE_KEY);
        DocumentRow doc = reviews.document(run.month(), file)
                .orElseThrow(() -> new IllegalStateException("report " + file + " is not among the month's documents"));
        contribution.incrementReadCount();
        Optional<ReportStore.Extract> earlier = reports.find(doc.sha256());
        if (earlier.isPresent() && !run.force()) {
            reuse(run, doc, earlier.get());
        } else {
            extract(run, doc);
        }
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    private void reuse(JobRun run, DocumentRow doc, ReportStore.Extract earlier) {
        if (earlier.rejected()) {
            reject(run, doc, new RejectRow(doc.sourceFile(), "file", earlier.reason(), earlier.message()));
            return;
        }
        reviews.updateDocumentStatus(run.month(), doc.sourceFile(), "unchanged", null, earlier.metadata().pages());
        progress.reportDone(0);
        log.info("Report {} unchanged since an earlier run (SHA-256 {}), not extracted again", doc.sourceFile(),
                doc.sha256().substring(0, 12));
    }

    private void extract(JobRun run, DocumentRow doc) {
        Path path = reviews.pathOf(run.month(), doc.sourceFile());
        DocumentOutcome<ExtractedReport> outcome = guard.run(doc.sourceFile(), () -> extractor.extractWithItems(path));
        if (outcome instanceof DocumentOutcome.Rejected<ExtractedReport> rejected) {
            if (!dependsOnLimitsOrCode(rejected.reason())) {
                reports.saveRejected(doc.sha256(), doc.sourceFile(), rejected.reason(), rejected.message());
            }
            reject(run, doc, new RejectRow(doc.sourceFile(), "file", rejected.reason(), rejected.message()));
            return;
        }
        ExtractedReport extracted = ((DocumentOutcome.Done<ExtractedReport>) outcome).value();
        ReportDocument report = extracted.document();
        reports.saveExtracted(doc.sha256(), report, extracted.items().stream()
                .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList());
        List<RejectRow> problems = new ArrayList<>();
        for (ParseProblem p : report.problems()) {
            problems.add(new RejectRow(doc.sourceFile(), p.location(), p.reason(), p.message()));
        }
        reviews.replaceRejects(run.runId(), run.month(), doc.sourceFile(), problems);
        String status = problems.isEmpty() ? "loaded" : "partial";
        reviews.updateDocumentStatus(run.month(), doc.sourceFile(), status,
                problems.isEmpty() ? null : problems.get(0).reason().code(), report.metadata().pages());
        progress.reportDone(report.metadata().pages());
        log.info("Report {}: {} pages, {} sections, {} items", doc.sourceFile(), report.metadata().pages(),
                report.sections().size(), extracted.items().size());
    }

    /** Such a reject is not kept for the content: a later run with other limits or a fixed bug tries again. */
    private static boolean dependsOnLimitsOrCode(RejectReason reason) {
        return reason == RejectReason.TIMEOUT || reason == RejectReason.TOO_LARGE || reason == RejectReason.INTERNAL_ERROR;
    }

    private void reject(JobRun run, DocumentRow doc, RejectRow reject) {
        reviews.updateDocumentStatus(run.month(), doc.sourceFile(), "rejected", reject.reason().code(), null);
        reviews.replaceRejects(run.runId(), run.month(), doc.sourceFile(), List.of(reject));
        progress.reportDone(0);
        log.warn("Rejected report {}: {} ({})", doc.sourceFile(), reject.message(), reject.reason().code());
        budget.check(run, "extractReportsStep");
    }
}
