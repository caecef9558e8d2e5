package org.casereview.etl.job;

import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.review.DigestLoad;
import org.casereview.etl.store.DocumentStore;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/** Records a skipped digest: its document row (status rejected, reason) and its reject rows. */
public class DigestRejectListener implements SkipListener<DocumentRow, DigestLoad> {

    private static final Logger log = LoggerFactory.getLogger(DigestRejectListener.class);

    private final DocumentStore documents;
    private final JobRun run;

    public DigestRejectListener(DocumentStore documents, JobRun run) {
        this.documents = documents;
        this.run = run;
    }

    @Override
    public void onSkipInProcess(DocumentRow item, Throwable t) {
        if (t instanceof RejectedDocumentException rejected) {
            DocumentRow document = rejected.document();
            documents.updateDocument(document, run.month());
            documents.replaceRejects(run.runId(), run.month(), document.sourceFile(), rejected.rejects());
            rejected.rejects().forEach(r -> log.warn("Reject in {} at {}: {} ({})", LogSafe.text(r.sourceFile()), LogSafe.text(r.location()),
                    LogSafe.text(r.message()), r.reason().code()));
            log.info("Digest {}: 0 entries, status {}", LogSafe.text(document.sourceFile()), document.status().code());
        }
    }
}
