package org.casereview.etl.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * Whether a document's pages are drawn turned a quarter: (nearly) all of a page's text runs up or down the sheet as
 * viewed, with no {@code /Rotate} to say so (a portrait page set sideways on a landscape sheet by its text matrix, as
 * some PDF SDKs and imposition tools write it). Read in stream order, such a page comes out in fragments, a few letters
 * a line; read in position order, PDFBox sorts each glyph in its own direction's frame and gives the lines as a
 * viewer's 'rotate view' shows them. Only a page turned as a whole counts: turned labels or margin notes among upright
 * text are {@link TurnedRuns} and {@link TurnedMarginText}, and a page turning about as many glyphs as it keeps
 * upright (a table set sideways under an upright heading) is read as before. Feed each page's glyphs as they come (a
 * count each, no pass of its own); a document whose pages with text are mostly turned is read in position order.
 */
public final class TurnedPages {

    /** Fewer glyphs say nothing: a page number, a cover's title. */
    private static final int MIN_GLYPHS = 50;
    /** A page is turned as a whole when at least this share of its glyphs run a quarter turn from its rotation. */
    private static final float TURNED_SHARE = 0.9f;

    private int rotation;
    private int glyphs;
    private int turned;
    private int pagesCounted;
    private int pagesTurned;

    /** Starts a page: the page before is judged. */
    public void startPage(PDPage page) {
        endPage();
        rotation = TurnedMarginText.rotation(page);
    }

    /** A glyph of the page, as it is drawn. */
    public void glyph(TextPosition glyph) {
        glyphs++;
        if (TurnedMarginText.quarterTurned(glyph, rotation)) {
            turned++;
        }
    }

    /** True when most pages holding text are turned a quarter as a whole. */
    public boolean byPosition() {
        endPage();
        return pagesCounted > 0 && 2 * pagesTurned > pagesCounted;
    }

    private void endPage() {
        if (glyphs >= MIN_GLYPHS) {
            pagesCounted++;
            if (turned >= TURNED_SHARE * glyphs) {
                pagesTurned++;
            }
        }
        glyphs = 0;
        turned = 0;
    }
}
