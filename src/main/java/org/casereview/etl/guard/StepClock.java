package org.casereview.etl.guard;

/**
 * Looks at the document's deadline every few thousand steps of a loop that has no glyph or line of its own to count:
 * a content stream's operators. A page of ten million operators and two lines of text never reached a glyph loop's
 * check, and was read for minutes past the time a document may take.
 */
public final class StepClock {

    static final int EVERY = 4096;

    private int steps;

    /** Called once per step; throws {@link LimitExceededException} ({@code timeout}) once the document's time is up. */
    public void step() {
        if (++steps % EVERY == 0) {
            DocumentBudget.checkTime();
        }
    }
}
