package org.casereview.etl.guard;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casereview.etl.document.RejectReason;

/**
 * Looks at the document's deadline every few thousand steps of a loop that has no glyph or line of its own to count:
 * a content stream's operators. A page of ten million operators and two lines of text never reached a glyph loop's
 * check, and was read for minutes past the time a document may take.
 * <p>
 * And counts a page's operators (its forms' included): a page drawing more than {@value #MAX_PAGE_OPERATORS} stops
 * being read as soon as it goes past them ({@link PageOperatorsExceededException}: that page's text is lost, the
 * document goes on with its other pages), and a document with more than {@value #MAX_SKIPPED_PAGES} such pages is
 * refused ({@code too_large}): reading each to its limit costs a few seconds. Session 38: a page of 10,000,000 operators used a few
 * seconds of processor time in each of the sniff and the report step, inside the time a document may take, but
 * minutes on the clock of a loaded machine; 100 pages sharing one 50 MB stream took 204 s of discovery and 220 s of
 * the report step before the wall clock stopped each. A text page draws a few thousand operators; a detailed map or
 * chart some hundred thousand.
 */
public final class StepClock {

    static final int EVERY = 4096;
    /** Operators a page may draw, its forms' included. */
    public static final int MAX_PAGE_OPERATORS = 2_000_000;
    /** Pages past {@link #MAX_PAGE_OPERATORS} a document may have and still be read (without them). */
    public static final int MAX_SKIPPED_PAGES = 3;

    private final int maxPageOperators;
    private int steps;
    private int pageSteps;
    private int page;
    /** The pages skipped, in the order first met; a page read again is counted once. */
    private final Set<Integer> skippedPages = new LinkedHashSet<>();

    public StepClock() {
        this(MAX_PAGE_OPERATORS);
    }

    StepClock(int maxPageOperators) {
        this.maxPageOperators = maxPageOperators;
    }

    /** Starts a document: no page of it skipped yet. */
    public void startDocument() {
        skippedPages.clear();
    }

    /** Starts counting the operators of page {@code pageNumber} (1-based). */
    public void startPage(int pageNumber) {
        page = pageNumber;
        pageSteps = 0;
    }

    /**
     * Called once per step; throws {@link PageOperatorsExceededException} once the page has drawn more operators than
     * it may (the page is skipped), {@link LimitExceededException}: {@code too_large} when that page is one more than
     * {@link #MAX_SKIPPED_PAGES}, {@code timeout} once the document's time is up.
     */
    public void step() {
        if (++pageSteps > maxPageOperators) {
            throw pastTheLimit();
        }
        if (++steps % EVERY == 0) {
            DocumentBudget.checkTime();
        }
    }

    private RuntimeException pastTheLimit() {
        skippedPages.add(page);
        if (skippedPages.size() > MAX_SKIPPED_PAGES) {
            List<String> named = skippedPages.stream().map(String::valueOf).toList();
            String pages = String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
            return new LimitExceededException(RejectReason.TOO_LARGE, "pages " + pages + " each draw more than the "
                    + maxPageOperators + " content operators a page may have (more than " + MAX_SKIPPED_PAGES
                    + " such pages)");
        }
        return new PageOperatorsExceededException(page, "page " + page + " draws more than the " + maxPageOperators
                + " content operators a page may have; its text is not read");
    }
}
