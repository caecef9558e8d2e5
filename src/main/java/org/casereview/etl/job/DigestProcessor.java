package org.casereview.etl.job;

import java.nio.file.Path;
import java.time.YearMonth;

import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.output.DocumentRow;
import org.casereview.etl.output.ReviewStore;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.DigestLoader;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Loads each digest still pending; those rejected at discovery (empty, unsupported, duplicate) are passed over. */
public class DigestProcessor implements ItemProcessor<DocumentRow, DigestLoad> {

    private final DigestLoader loader;
    private final ReviewStore store;
    private final JobRun run;
    private final DocumentGuard guard;

    public DigestProcessor(DigestLoader loader, ReviewStore store, JobRun run, DocumentGuard guard) {
        this.loader = loader;
        this.guard = guard;
        this.store = store;
        this.run = run;
    }

    @Override
    public DigestLoad process(DocumentRow document) {
        if (!"pending".equals(document.status())) {
            return null;
        }
        Path file = store.pathOf(run.month(), document.sourceFile());
        YearMonth month = YearMonth.parse(run.month());
        DocumentOutcome<DigestLoad> outcome = guard.run(document.sourceFile(), () -> loader.load(file, document, month));
        if (outcome instanceof DocumentOutcome.Rejected<DigestLoad> rejected) {
            return DigestLoader.rejected(document, rejected.reason(), rejected.message());
        }
        return ((DocumentOutcome.Done<DigestLoad>) outcome).value();
    }
}
