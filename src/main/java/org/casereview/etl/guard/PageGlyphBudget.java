package org.casereview.etl.guard;

import org.casereview.etl.document.RejectReason;

/**
 * Counts the characters of the page a PDF text reader is on. A text reader keeps every glyph of a
 * page in memory until the page ends, so a page past the character limit (a compressed content
 * stream can draw millions) is stopped while it is read; the deadline is checked on the way. A
 * glyph counts the characters it stands for: one glyph can give thousands (a ToUnicode map of many
 * characters a code, a marked-content /ActualText of megabytes, given in place of its glyphs).
 */
public final class PageGlyphBudget {

    private static final int CLOCK_EVERY = 1024;

    private int glyphs;
    private long chars;

    public void reset() {
        glyphs = 0;
        chars = 0;
    }

    /** Called once per glyph of one character. */
    public void count() {
        count(1);
    }

    /** Called once per glyph with the text it gives (null or empty counts one). */
    public void count(String text) {
        count(text == null ? 1 : Math.max(1, text.length()));
    }

    private void count(int length) {
        glyphs++;
        chars += length;
        if (length > 1 || glyphs % CLOCK_EVERY == 0) {
            DocumentBudget budget = DocumentBudget.current();
            if (glyphs % CLOCK_EVERY == 0) {
                budget.check();
            }
            int max = budget.limits().maxPageChars();
            if (chars > max) {
                throw new LimitExceededException(RejectReason.TOO_LARGE, (length > max ? "one glyph gives " + length
                        + " characters: " : "") + "a page holds more than the " + max + " characters a page may have");
            }
        }
    }
}
