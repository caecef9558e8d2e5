package org.casereview.etl.job;

import java.time.YearMonth;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.store.DocumentStore;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Loads each digest still pending; those rejected at discovery (empty, unsupported, duplicate) are
 * passed over. A digest that cannot be loaded is thrown as {@link RejectedDocumentException}: the
 * step's skip policy spends the reject budget on it and {@link DigestRejectListener} records it.
 */
public class DigestProcessor implements ItemProcessor<DocumentRow, DigestLoad> {

    private final DigestLoader loader;
    private final DocumentStore documents;
    private final JobRun run;

    public DigestProcessor(DigestLoader loader, DocumentStore documents, JobRun run) {
        this.loader = loader;
        this.documents = documents;
        this.run = run;
    }

    @Override
    public DigestLoad process(DocumentRow document) {
        if (!document.hasStatus(DocumentStatus.PENDING)) {
            return null;
        }
        DigestLoad load = loadDigest(document);
        if (load.document().hasStatus(DocumentStatus.REJECTED)) {
            throw new RejectedDocumentException(load.document(), load.rejects());
        }
        return load;
    }

    /** The work on one digest file: text, entries, rows. */
    private DigestLoad loadDigest(DocumentRow document) {
        return loader.load(documents.pathOf(run.month(), document.sourceFile()), document, YearMonth.parse(run.month()));
    }
}
