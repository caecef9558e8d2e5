package org.casereview.etl.job;

import java.nio.file.Path;
import java.time.YearMonth;

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

    public DigestProcessor(DigestLoader loader, ReviewStore store, JobRun run) {
        this.loader = loader;
        this.store = store;
        this.run = run;
    }

    @Override
    public DigestLoad process(DocumentRow document) {
        if (!"pending".equals(document.status())) {
            return null;
        }
        Path file = store.pathOf(run.month(), document.sourceFile());
        return loader.load(file, document, YearMonth.parse(run.month()));
    }
}
