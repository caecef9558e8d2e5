package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/**
 * One document went past a limit ({@code too_large}) or its time ({@code timeout}): the work on it
 * stops here and the document is rejected with that reason. Code that catches runtime exceptions
 * to carry on with the next page or part must let this one through ({@link DocumentGuard#rethrowIfStopped}).
 */
public final class LimitExceededException extends RuntimeException {

    private final RejectReason reason;

    public LimitExceededException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
