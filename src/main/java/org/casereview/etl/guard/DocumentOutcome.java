package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/** What came of one document's work: its result, or a reject with a reason code and a one-line message. */
public sealed interface DocumentOutcome<T> {

    record Done<T>(T value) implements DocumentOutcome<T> {
    }

    record Rejected<T>(RejectReason reason, String message) implements DocumentOutcome<T> {
    }
}
