package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/**
 * Counts the steps of one pass over a list whose every step should take an element of it (a line, a
 * heading), so that a pass which stops advancing (an entry that takes nothing, seen again and again)
 * ends the document with a reason instead of growing its results until the heap is gone. Session 33:
 * a sub-heading of no lines of its own made the block pass add an empty block forever, and a 59 KB
 * one-page PDF filled 1 GB in three seconds, well inside the time a document may take.
 */
public final class PassSteps {

    /** Steps allowed per element, and over all: room for a pass that looks at an element twice. */
    static final int STEPS_PER_ELEMENT = 4;
    static final int SPARE_STEPS = 64;

    private final String pass;
    private final int elements;
    private final long maxSteps;
    private long steps;

    /**
     * @param pass     what the pass does, for the reason ("grouping a section's lines into blocks")
     * @param elements how many elements the pass takes
     */
    public PassSteps(String pass, int elements) {
        this.pass = pass;
        this.elements = elements;
        this.maxSteps = (long) STEPS_PER_ELEMENT * Math.max(0, elements) + SPARE_STEPS;
    }

    /** Called once per step; checks the deadline too. */
    public void step() {
        steps++;
        if (steps > maxSteps) {
            throw new LimitExceededException(RejectReason.INTERNAL_ERROR, pass + " took more than " + maxSteps
                    + " steps for " + elements + " elements: it no longer advanced");
        }
        DocumentBudget.checkTime();
    }
}
