package org.casereview.etl.guard;

/**
 * One page drew more content operators than a page may have ({@link StepClock#MAX_PAGE_OPERATORS}): the reading of
 * that page stops, its text is not read, and the document goes on with its other pages. Not a
 * {@link LimitExceededException}: the stripper that reads the page catches it and notes the page; only past
 * {@link StepClock#MAX_SKIPPED_PAGES} such pages is the whole document refused.
 */
public final class PageOperatorsExceededException extends RuntimeException {

    private final int page;

    PageOperatorsExceededException(int page, String message) {
        super(message, null, false, false);
        this.page = page;
    }

    /** The page (1-based) whose text is not read. */
    public int page() {
        return page;
    }
}
