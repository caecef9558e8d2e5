package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/** What came of one document's work: its result, or a reject with a reason code and a one-line message. */
public sealed interface DocumentOutcome<T> {

    record Done<T>(T value) implements DocumentOutcome<T> {
    }

    record Rejected<T>(RejectReason reason, String message) implements DocumentOutcome<T> {

        /**
         * Whether reading the document again may end otherwise: it ran out of the memory the run's documents share, our
         * own code failed, or the wall clock stopped it (the machine was busy: discovery reads digests beside the sniffs
         * of the reports); a limit, the processor time or a damaged file end the same way each time.
         */
        public boolean mayEndOtherwise() {
            return reason == RejectReason.INTERNAL_ERROR || message.startsWith(DocumentGuard.OUT_OF_MEMORY)
                    || reason == RejectReason.TIMEOUT && DocumentBudget.timedOutByTheClock(message);
        }
    }
}
