package org.casereview.etl.layout;

import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.pdf.DrawnDots;

/**
 * The drawn dots ({@link DrawnDot}) of the page a text stripper reads, found by {@link DrawnDots}: register
 * {@link #operators()} on the stripper (with {@link org.casereview.etl.pdf.PathOperators#combined} when another collector follows the same
 * path operators), call {@link #startPage} as each page starts and take {@link #dots()} when it ends.
 */
final class PageDots {

    private final DrawnDots drawn;
    private PDRectangle box = PDRectangle.LETTER;
    /** A rotated page's glyph positions are turned with it, its paths are not: no dots are given for it. */
    private boolean rotated;

    PageDots(PDFStreamEngine engine) {
        this.drawn = new DrawnDots(engine);
    }

    List<OperatorProcessor> operators() {
        return drawn.operators();
    }

    void startPage(PDPage page) {
        drawn.startPage();
        box = page.getCropBox();
        rotated = page.getRotation() % 360 != 0;
    }

    /** The dots drawn on the page so far, in the glyphs' space. */
    List<DrawnDot> dots() {
        if (rotated) {
            return List.of();
        }
        return drawn.dots().stream().map(d -> new DrawnDot((d.minX() + d.maxX()) / 2 - box.getLowerLeftX(),
                box.getUpperRightY() - d.centreY(), d.maxX() - d.minX())).toList();
    }
}
