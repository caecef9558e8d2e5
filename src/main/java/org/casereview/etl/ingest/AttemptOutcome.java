package org.casereview.etl.ingest;

import org.casereview.etl.document.RejectReason;

import java.nio.file.Path;

/**
 * What one attempt (with its redirects) gave: a complete temporary file, or a failure that may
 * be worth retrying.
 */
record AttemptOutcome(Path tempFile, String sha256, long bytes, RejectReason failure, String detail,
                      boolean retryable) {

    static AttemptOutcome success(Path tempFile, String sha256, long bytes) {
        return new AttemptOutcome(tempFile, sha256, bytes, null, null, false);
    }

    static AttemptOutcome retryable(RejectReason reason, String detail) {
        return new AttemptOutcome(null, null, 0, reason, detail, true);
    }

    static AttemptOutcome finalFailure(RejectReason reason, String detail) {
        return new AttemptOutcome(null, null, 0, reason, detail, false);
    }

    boolean succeeded() {
        return failure == null;
    }
}
