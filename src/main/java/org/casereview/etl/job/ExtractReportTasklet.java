package org.casereview.etl.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.casereview.etl.document.BoundedProblems;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportExtract;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.ingest.StillAsFound;
import org.casereview.etl.report.ExtractedReport;
import org.casereview.etl.report.ReportExtractor;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.store.ReportStore;
import org.casereview.etl.text.LibraryMessages;
import org.casereview.etl.text.LogSafe;
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

    private final Supplier<ReportExtractor> extractor;
    private final DocumentStore documents;
    private final ReportStore reports;
    private final RejectBudget budget;
    private final ExtractionProgress progress;
    private final DocumentGuard guard;
    private final ItemThemes themes;

    /** @param themes the items' themes, matched here and kept with the extraction (null: left to the assembly) */
    public ExtractReportTasklet(Supplier<ReportExtractor> extractor, DocumentStore documents, ReportStore reports,
                                RejectBudget budget, ExtractionProgress progress, DocumentGuard guard,
                                ItemThemes themes) {
        this.extractor = extractor;
        this.themes = themes;
        this.documents = documents;
        this.guard = guard;
        this.reports = reports;
        this.budget = budget;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobRun run = JobRun.of(contribution.getStepExecution().getJobExecution());
        String file = contribution.getStepExecution().getExecutionContext().getString(ReportPartitioner.FILE_KEY);
        DocumentStore.Located located = documents.located(run.month(), file)
                .orElseThrow(() -> new IllegalStateException("report " + file + " is not among the month's documents"));
        DocumentRow doc = located.document();
        contribution.incrementReadCount();
        Optional<ReportExtract> earlier = reports.find(doc.sha256());
        if (earlier.isPresent() && !run.force()) {
            reuse(run, doc, earlier.get());
        } else {
            extractReport(run, located, earlier.isPresent());
        }
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }

    private void reuse(JobRun run, DocumentRow doc, ReportExtract earlier) {
        if (earlier.rejected()) {
            reject(run, doc, new RejectRow(doc.sourceFile(), "file", earlier.reason(), earlier.message()));
            return;
        }
        if (themes != null && !reports.isThemedWith(doc.sha256(), themes.key())) {
            // extracted before with another vocabulary or build (or before themes were kept): matched again here
            reports.saveThemes(doc.sha256(), themes.themed(reports.items(doc.sha256())), themes.key());
        }
        documents.updateStatus(run.month(), doc.sourceFile(), DocumentStatus.UNCHANGED, null, earlier.metadata().pages());
        progress.reportDone(0);
        log.info("Report {} unchanged since an earlier run (SHA-256 {}), not extracted again", LogSafe.text(doc.sourceFile()),
                doc.sha256().substring(0, 12));
    }

    /** The work on one report PDF, inside the fault boundary: pages to sections and items, stored under its SHA-256, or a reject. */
    private void extractReport(JobRun run, DocumentStore.Located located, boolean stored) {
        try (LibraryMessages messages = LibraryMessages.reading(located.document().sourceFile())) {
            extractReport(run, located, stored, messages);
        }
    }

    /** @param stored whether an earlier extraction of the content is stored (and is replaced) */
    private void extractReport(JobRun run, DocumentStore.Located located, boolean stored, LibraryMessages messages) {
        DocumentRow doc = located.document();
        Path path = located.path();
        Optional<DocumentOutcome.Rejected<Void>> changed = StillAsFound.refusal(path, doc.bytes());
        if (changed.isPresent()) {
            reject(run, doc, new RejectRow(doc.sourceFile(), "file", changed.get().reason(), changed.get().message()));
            return;
        }
        DocumentOutcome<ExtractedReport> outcome = guard.run(doc.sourceFile(), () -> extractor.get().extractWithItems(path));
        if (outcome instanceof DocumentOutcome.Rejected<ExtractedReport> rejected) {
            messages.warnedElsewhere();
            if (!dependsOnLimitsOrCode(rejected.reason())) {
                reports.saveRejected(doc.sha256(), doc.sourceFile(), rejected.reason(), rejected.message(), stored);
            }
            reject(run, doc, new RejectRow(doc.sourceFile(), "file", rejected.reason(), rejected.message()));
            return;
        }
        ExtractedReport extracted = ((DocumentOutcome.Done<ExtractedReport>) outcome).value();
        ReportDocument report = extracted.document();
        List<ItemRow> items = extracted.items().stream()
                .map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList();
        reports.saveExtracted(doc.sha256(), report, themes == null ? items : themes.themed(items),
                extracted.layoutNotes(), stored, themes == null ? null : themes.key());
        List<RejectRow> problems = BoundedProblems.of(report.problems()).stream()
                .map(p -> new RejectRow(doc.sourceFile(), p.location(), p.reason(), p.message())).toList();
        documents.replaceRejects(run.runId(), run.month(), doc.sourceFile(), problems);
        documents.updateStatus(run.month(), doc.sourceFile(),
                problems.isEmpty() ? DocumentStatus.LOADED : DocumentStatus.PARTIAL,
                problems.isEmpty() ? null : problems.get(0).reason().code(), report.metadata().pages());
        progress.reportDone(report.metadata().pages());
        logExtracted(doc, extracted, problems, messages);
    }

    /** Such a reject is not kept for the content: a later run with other limits or a fixed bug tries again. */
    private static boolean dependsOnLimitsOrCode(RejectReason reason) {
        return reason == RejectReason.TIMEOUT || reason == RejectReason.TOO_LARGE || reason == RejectReason.INTERNAL_ERROR;
    }

    private static void logExtracted(DocumentRow doc, ExtractedReport extracted, List<RejectRow> problems,
                                     LibraryMessages messages) {
        ReportDocument report = extracted.document();
        if (problems.isEmpty()) {
            log.info("Report {}: {} pages, {} sections, {} items", LogSafe.text(doc.sourceFile()), report.metadata().pages(),
                    report.sections().size(), extracted.items().size());
            return;
        }
        messages.warnedElsewhere();
        log.warn("Report {}: {} pages, {} sections, {} items, loaded in part: {} ({}); what could not be read is"
                        + " missing from its sections and items, see rejects.csv", LogSafe.text(doc.sourceFile()),
                report.metadata().pages(), report.sections().size(), extracted.items().size(),
                LogSafe.text(problems.get(0).location() + ": " + problems.get(0).message()),
                problems.get(0).reason().code());
    }

    private void reject(JobRun run, DocumentRow doc, RejectRow reject) {
        documents.updateStatus(run.month(), doc.sourceFile(), DocumentStatus.REJECTED, reject.reason().code(), null);
        documents.replaceRejects(run.runId(), run.month(), doc.sourceFile(), List.of(reject));
        progress.reportDone(0);
        log.warn("Rejected report {}: {} ({})", LogSafe.text(doc.sourceFile()), LogSafe.text(reject.message()), reject.reason().code());
        // One tasklet per PDF inside a partition: no chunk to skip from, so the worker checks the budget itself.
        budget.check(run, "extractReportsStep");
    }
}
