package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/**
 * Looks at the document's deadline every few thousand steps of a loop that has no glyph or line of its own to count:
 * a content stream's operators. A page of ten million operators and two lines of text never reached a glyph loop's
 * check, and was read for minutes past the time a document may take.
 * <p>
 * And counts a page's operators (its forms' included): a page drawing more than {@value #MAX_PAGE_OPERATORS} is
 * refused ({@code too_large}) as soon as it goes past them. Session 38: a page of 10,000,000 operators used a few
 * seconds of processor time in each of the sniff and the report step, inside the time a document may take, but
 * minutes on the clock of a loaded machine; 100 pages sharing one 50 MB stream took 204 s of discovery and 220 s of
 * the report step before the wall clock stopped each. A text page draws a few thousand operators; a detailed map or
 * chart some hundred thousand.
 */
public final class StepClock {

    static final int EVERY = 4096;
    /** Operators a page may draw, its forms' included. */
    public static final int MAX_PAGE_OPERATORS = 2_000_000;

    private final int maxPageOperators;
    private int steps;
    private int pageSteps;
    private int page;

    public StepClock() {
        this(MAX_PAGE_OPERATORS);
    }

    StepClock(int maxPageOperators) {
        this.maxPageOperators = maxPageOperators;
    }

    /** Starts counting the operators of page {@code pageNumber} (1-based). */
    public void startPage(int pageNumber) {
        page = pageNumber;
        pageSteps = 0;
    }

    /**
     * Called once per step; throws {@link LimitExceededException}: {@code timeout} once the document's time is up,
     * {@code too_large} once the page has drawn more operators than it may.
     */
    public void step() {
        if (++pageSteps > maxPageOperators) {
            throw new LimitExceededException(RejectReason.TOO_LARGE, "page " + page + " draws more than the "
                    + maxPageOperators + " content operators a page may have");
        }
        if (++steps % EVERY == 0) {
            DocumentBudget.checkTime();
        }
    }
}
