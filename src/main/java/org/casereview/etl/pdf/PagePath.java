package org.casereview.etl.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path a content stream is building, in page space (through the current transformation): rectangles, lines,
 * curves and closed subpaths alike, so that a box drawn as {@code m l l l h f}, a rounded or slanted one, covers as a
 * {@code re f} does.
 */
final class PagePath {

    private final PDFStreamEngine engine;
    private GeneralPath path = new GeneralPath();
    private boolean empty = true;

    PagePath(PDFStreamEngine engine) {
        this.engine = engine;
    }

    boolean isEmpty() {
        return empty;
    }

    /**
     * The path built so far, to be filled or clipped with the given rule ({@link Path2D#WIND_NON_ZERO}, ...); it is
     * the caller's to keep: {@link #clear} starts a new one.
     */
    GeneralPath shape(int windingRule) {
        path.setWindingRule(windingRule);
        return path;
    }

    /** The path built so far, its winding rule as it is (a stroke has none). */
    GeneralPath outline() {
        return path;
    }

    void clear() {
        path = new GeneralPath();
        empty = true;
    }

    void rectangle(List<COSBase> operands) {
        float[] n = numbers(operands, 4);
        if (n != null) {
            Point2D.Float a = point(n[0], n[1]);
            Point2D.Float b = point(n[0] + n[2], n[1]);
            Point2D.Float c = point(n[0] + n[2], n[1] + n[3]);
            Point2D.Float d = point(n[0], n[1] + n[3]);
            path.moveTo(a.x, a.y);
            path.lineTo(b.x, b.y);
            path.lineTo(c.x, c.y);
            path.lineTo(d.x, d.y);
            path.closePath();
            empty = false;
        }
    }

    void moveTo(List<COSBase> operands) {
        float[] n = numbers(operands, 2);
        if (n != null) {
            Point2D.Float a = point(n[0], n[1]);
            path.moveTo(a.x, a.y);
            empty = false;
        }
    }

    void lineTo(List<COSBase> operands) {
        float[] n = numbers(operands, 2);
        if (n != null && path.getCurrentPoint() != null) {
            Point2D.Float a = point(n[0], n[1]);
            path.lineTo(a.x, a.y);
        }
    }

    /** {@code c} (six operands), {@code v} (the current point is the first control) and {@code y} (the end is the second). */
    void curveTo(String operator, List<COSBase> operands) {
        boolean full = "c".equals(operator);
        float[] n = numbers(operands, full ? 6 : 4);
        Point2D current = path.getCurrentPoint();
        if (n == null || current == null) {
            return;
        }
        Point2D.Float end = full ? point(n[4], n[5]) : point(n[2], n[3]);
        Point2D first = full || "y".equals(operator) ? point(n[0], n[1]) : current;
        Point2D second = full ? point(n[2], n[3]) : "y".equals(operator) ? end : point(n[0], n[1]);
        path.curveTo(first.getX(), first.getY(), second.getX(), second.getY(), end.x, end.y);
    }

    void close() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    private Point2D.Float point(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return null;
        }
        float[] n = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber number)) {
                return null;
            }
            n[i] = number.floatValue();
        }
        return n;
    }
}
