package org.casereview.etl.pdf;

/**
 * Which way a page's text lines step in content-stream order: down the page (reading order, as browsers, office
 * suites and TeX write them, columns included: a column jump is one step up among many down) or up it (some report
 * engines write a page's lines from the bottom up). Feed each line's baseline, in stream order, page by page; a
 * document whose pages mostly run up is read in position order instead of stream order.
 */
public final class LineSteps {

    /** Fewer steps say nothing: a cover page or a short last page. */
    private static final int MIN_STEPS = 3;
    /** A step smaller than this share of the line's font size is the same line (a superscript, a bullet). */
    private static final float SAME_LINE = 0.5f;

    private int pagesUp;
    private int pagesCounted;
    private int up;
    private int down;
    private float lastTop = Float.NaN;

    /** Starts a page: the steps of the page before are judged. */
    public void startPage() {
        endPage();
    }

    /**
     * The next line in stream order.
     *
     * @param top  its baseline's distance from the top of the page
     * @param size its font size
     */
    public void line(float top, float size) {
        if (!Float.isNaN(lastTop)) {
            float step = top - lastTop;
            float same = SAME_LINE * Math.max(1f, size);
            if (step < -same) {
                up++;
            } else if (step > same) {
                down++;
            }
        }
        lastTop = top;
    }

    /** True when most pages with several line steps have most of them going up the page. */
    public boolean runsUp() {
        endPage();
        return pagesCounted > 0 && 2 * pagesUp > pagesCounted;
    }

    private void endPage() {
        if (up + down >= MIN_STEPS) {
            pagesCounted++;
            if (up > 2 * down) {
                pagesUp++;
            }
        }
        up = 0;
        down = 0;
        lastTop = Float.NaN;
    }
}
