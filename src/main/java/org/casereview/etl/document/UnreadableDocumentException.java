package org.casereview.etl.document;

/** A source document that cannot be read at all; the run rejects it and goes on. */
public class UnreadableDocumentException extends Exception {
    private final RejectReason reason;

    public UnreadableDocumentException(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocumentException(RejectReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
