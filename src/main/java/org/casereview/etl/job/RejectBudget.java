package org.casereview.etl.job;

import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.store.DocumentStore;

/**
 * The run's skip limit, counted over the month's rejected documents (table source_document), so
 * the rejects of every step share one budget: past it the step fails with a message that says so,
 * and a restart with a higher limit (or the cause fixed) carries on. The chunk step spends it
 * through {@link RejectedDocumentSkipPolicy}; the tasklet steps call {@link #check} themselves.
 */
public class RejectBudget {

    private final DocumentStore documents;

    public RejectBudget(DocumentStore documents) {
        this.documents = documents;
    }

    /** Fails the step when the month already has more rejected documents than the limit. */
    public void check(JobRun run, String stepName) {
        check(run, stepName, 0);
    }

    /** Fails the step when one more rejected document would exceed the limit. */
    public void checkOneMore(JobRun run, String stepName) {
        check(run, stepName, 1);
    }

    private void check(JobRun run, String stepName, int more) {
        int rejected = documents.count(run.month(), null, DocumentStatus.REJECTED) + more;
        if (rejected > run.skipLimit()) {
            throw new TooManyRejectsException(stepName + " stopped: " + rejected
                    + " documents rejected, more than the skip limit of " + run.skipLimit()
                    + " (see rejects in the database table reject). Fix the inputs or raise --skip-limit, then run 'restart'.");
        }
    }

    public static class TooManyRejectsException extends RuntimeException {
        public TooManyRejectsException(String message) {
            super(message);
        }
    }
}
