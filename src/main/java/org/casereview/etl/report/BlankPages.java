package org.casereview.etl.report;

import java.awt.geom.Point2D;
import java.io.IOException;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Tells a blank page (nothing painted: the empty verso after a title page) from a page whose content
 * is not text (a scanned image, filled shapes such as text turned into outlines). Only the latter
 * lacks a text layer; a blank page loses nothing.
 */
final class BlankPages {

    /**
     * Outlines (subpaths: a glyph's, or a part of one) pages without text or image draw at least when they are text
     * drawn as outlines: a few lines' glyphs. A program may fill a line's glyphs as one path, so outlines are counted.
     */
    private static final int MIN_GLYPH_OUTLINES = 100;

    private BlankPages() {
    }

    /** True when the page paints no image, no filled shape and no shading. A page that cannot be read is not blank. */
    static boolean isBlank(PDPage page) {
        PaintProbe probe = new PaintProbe(page);
        try {
            probe.processPage(page);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return !probe.painted;
    }

    /**
     * True when the pages paint no image and many filled shapes: text converted to outlines (every glyph a path), not a
     * scan. Asked only of a PDF without a text layer, to say why it has none.
     */
    static boolean drawnAsShapes(PDDocument document) {
        int fills = 0;
        int outlines = 0;
        for (PDPage page : document.getPages()) {
            PaintProbe probe = new PaintProbe(page);
            try {
                probe.processPage(page);
            } catch (IOException | RuntimeException e) {
                return false;
            }
            if (probe.images > 0) {
                return false;
            }
            fills += probe.fills;
            outlines += probe.outlines;
        }
        return fills > 0 && outlines >= MIN_GLYPH_OUTLINES;
    }

    private static final class PaintProbe extends PDFGraphicsStreamEngine {
        private final Point2D.Float current = new Point2D.Float();
        private boolean painted;
        private int images;
        private int fills;
        private int outlines;

        PaintProbe(PDPage page) {
            super(page);
        }

        @Override
        public void drawImage(PDImage pdImage) {
            painted = true;
            images++;
        }

        @Override
        public void fillPath(int windingRule) {
            painted = true;
            fills++;
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            painted = true;
            fills++;
        }

        @Override
        public void shadingFill(COSName shadingName) {
            painted = true;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            // a path alone paints nothing
        }

        @Override
        public void clip(int windingRule) {
            // clipping paints nothing
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
            outlines++;
        }

        @Override
        public void lineTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            // nothing painted
        }

        @Override
        public void endPath() {
            // nothing painted
        }

        @Override
        public void strokePath() {
            // a stroked rule alone (a page border) leaves the page blank of content
        }
    }
}
