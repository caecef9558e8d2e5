package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/**
 * The limits and the deadline of the document the current thread works on, installed by
 * {@link DocumentGuard}. Loops over pages, glyphs and lines call {@link #checkTime()}; regular
 * expressions over document text match a {@link #watch watched} sequence, so even a slow match
 * stops at the deadline. Outside a guard the defaults hold with no deadline.
 */
public final class DocumentBudget {

    private static final ThreadLocal<DocumentBudget> CURRENT = new ThreadLocal<>();
    private static final DocumentBudget UNGUARDED = new DocumentBudget(DocumentLimits.DEFAULTS, Long.MAX_VALUE);

    private final DocumentLimits limits;
    private final long deadlineNanos;

    private DocumentBudget(DocumentLimits limits, long deadlineNanos) {
        this.limits = limits;
        this.deadlineNanos = deadlineNanos;
    }

    public static DocumentBudget current() {
        DocumentBudget budget = CURRENT.get();
        return budget == null ? UNGUARDED : budget;
    }

    public DocumentLimits limits() {
        return limits;
    }

    /** Throws {@link LimitExceededException} ({@code timeout}) once the document's time is up. */
    public static void checkTime() {
        current().check();
    }

    public void check() {
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
            long millis = limits.timePerDocument().toMillis();
            String time = millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
            throw new LimitExceededException(RejectReason.TIMEOUT, "reading took longer than the " + time
                    + " a document may take");
        }
    }

    /** Text that checks the deadline as a regular expression reads it. */
    public static CharSequence watch(CharSequence text) {
        DocumentBudget budget = current();
        return budget == UNGUARDED ? text : new WatchedText(text, budget);
    }

    static DocumentBudget install(DocumentLimits limits) {
        DocumentBudget budget = new DocumentBudget(limits, System.nanoTime() + limits.timePerDocument().toNanos());
        CURRENT.set(budget);
        return budget;
    }

    static void restore(DocumentBudget previous) {
        if (previous == null || previous == UNGUARDED) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    static DocumentBudget installed() {
        return CURRENT.get();
    }

    /** Checks the clock every few thousand characters read: cheap, and a stuck match ends within milliseconds. */
    private static final class WatchedText implements CharSequence {
        private static final int EVERY = 4096;
        private final CharSequence text;
        private final DocumentBudget budget;
        private int reads;

        WatchedText(CharSequence text, DocumentBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++reads % EVERY == 0) {
                budget.check();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new WatchedText(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
