package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/**
 * Counts the glyphs of the page a PDF text reader is on. A text reader keeps every glyph of a
 * page in memory until the page ends, so a page past the character limit (a compressed content
 * stream can draw millions) is stopped while it is read; the deadline is checked on the way.
 */
public final class PageGlyphBudget {

    private static final int CLOCK_EVERY = 1024;

    private int glyphs;

    public void reset() {
        glyphs = 0;
    }

    /** Called once per glyph. */
    public void count() {
        glyphs++;
        if (glyphs % CLOCK_EVERY == 0) {
            DocumentBudget budget = DocumentBudget.current();
            budget.check();
            int max = budget.limits().maxPageChars();
            if (glyphs > max) {
                throw new LimitExceededException(RejectReason.TOO_LARGE,
                        "a page holds more than the " + max + " characters a page may have");
            }
        }
    }
}
