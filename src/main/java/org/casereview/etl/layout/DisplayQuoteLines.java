package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A display quote (a pull quote): a few lines in quotation marks, set in type well larger than the body's, between a
 * rule above and a rule below, inside the text's flow (body text before it, smaller type after it). A newsletter or a
 * magazine-style report sets one to catch the eye: its words repeat the text or quote a voice (the child's), and it is
 * no sentence of the paragraph it interrupts, no heading and no item. A title set large between two rules has no
 * quotation marks; a heading in quotation marks has no rules round it. One rule for the PDF digests' page lines and
 * the reports' lines: each reader gives its lines through {@link Page}, with its own test of a rule over or under one.
 */
public final class DisplayQuoteLines {

    /** A page's lines in reading order, as the rule needs them. */
    public interface Page {
        int size();

        String text(int line);

        /** The line's type size, in any unit the body's size is given in. */
        float fontSize(int line);

        /** A drawn rule runs over the line, above its letters, within about two of its sizes. */
        boolean ruledAbove(int line);

        /** A drawn rule runs under the line, below its baseline, within about two of its sizes. */
        boolean ruledBelow(int line);
    }

    /** The quote's type is this many times the body's at least. */
    private static final float DISPLAY_SIZE = 1.4f;
    /** The line before it is the body's (this many times its size at most): the quote stands inside a flow. */
    private static final float BODY_SIZE = 1.15f;
    /** Lines a display quote has at most. */
    private static final int MAX_LINES = 5;
    /** Lines of one quote differ in size by this share at most. */
    private static final float SAME_SIZE = 0.05f;
    private static final String OPENING = "\u201c\"\u2018'\u00ab\u201e";
    private static final String CLOSING = "\u201d\"\u2019'\u00bb";

    private DisplayQuoteLines() {
    }

    /** The first and last line (both inclusive) of each display quote on the page, in order. */
    public static List<int[]> find(Page page, float body) {
        List<int[]> quotes = new ArrayList<>();
        if (body <= 0) {
            return quotes;
        }
        for (int i = 1; i < page.size() - 1; i++) {
            float size = page.fontSize(i);
            if (size < DISPLAY_SIZE * body) {
                continue;
            }
            String text = page.text(i);
            if (text.isEmpty() || OPENING.indexOf(text.charAt(0)) < 0 || page.fontSize(i - 1) > BODY_SIZE * body) {
                continue;
            }
            int last = closingLine(page, i);
            if (last < 0 || last + 1 >= page.size() || page.fontSize(last + 1) >= (1 - SAME_SIZE) * size
                    || !page.ruledAbove(i) || !page.ruledBelow(last)) {
                continue;
            }
            quotes.add(new int[] {i, last});
            i = last;
        }
        return quotes;
    }

    /** The index of the quote's closing line (the same size as its first, ending in a closing mark), or -1. */
    private static int closingLine(Page page, int first) {
        float size = page.fontSize(first);
        for (int j = first; j < page.size() && j < first + MAX_LINES; j++) {
            if (Math.abs(page.fontSize(j) - size) > SAME_SIZE * size) {
                return -1;
            }
            String text = page.text(j).replaceAll("[.,;:!?\\s]+$", "");
            if (text.length() > 1 && CLOSING.indexOf(text.charAt(text.length() - 1)) >= 0) {
                return j;
            }
        }
        return -1;
    }
}
