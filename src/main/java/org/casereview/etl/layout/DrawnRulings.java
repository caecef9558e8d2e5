package org.casereview.etl.layout;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Rules drawn on a page: thin filled rectangles (as TeX and browsers draw table borders) and straight stroked lines
 * or rectangle sides; and the boxes filled shapes make (cards, panels, bands: each filled rectangle, or the bounds of
 * another filled path). Register {@link #operators()} on a text stripper; it follows the path
 * operators while the text is read.
 */
final class DrawnRulings {

    private static final float MAX_THICKNESS = 2.5f;
    private static final float MIN_LENGTH = 8f;
    private static final float STRAIGHT = 0.5f;
    /** A box smaller than this (points, each way) holds no line of text: icons, dots, rules. */
    private static final float MIN_BOX = 12f;
    private static final int MAX_BOXES = 5_000;

    private final PDFStreamEngine engine;
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<DrawnBox> boxes = new ArrayList<>();
    /** Bounds of the points of the path's other parts (lines and curves), for a filled shape that is not a rectangle. */
    private float[] pathBounds;
    private Point2D.Float current;
    private PDRectangle box = PDRectangle.LETTER;
    /** A rotated page's glyph positions are turned with it, its paths are not: its rules are not compared with them. */
    private boolean rotated;

    DrawnRulings(PDFStreamEngine engine) {
        this.engine = engine;
    }

    List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        ops.add(processor("m", (op, n) -> current = point(n, 0)));
        ops.add(processor("l", this::lineTo));
        ops.add(processor("re", this::rectangle));
        for (String curve : List.of("c", "v", "y")) {
            ops.add(processor(curve, this::curveTo));
        }
        for (String fill : List.of("f", "F", "f*")) {
            ops.add(processor(fill, (op, n) -> fill()));
        }
        for (String stroke : List.of("S", "s")) {
            ops.add(processor(stroke, (op, n) -> stroke()));
        }
        for (String both : List.of("B", "B*", "b", "b*")) {
            ops.add(processor(both, (op, n) -> {
                fill();
                stroke();
            }));
        }
        ops.add(processor("n", (op, n) -> clear()));
        return ops;
    }

    void startPage(PDPage page) {
        rulings.clear();
        boxes.clear();
        clear();
        box = page.getCropBox();
        rotated = page.getRotation() % 360 != 0;
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    List<DrawnBox> boxes() {
        return List.copyOf(boxes);
    }

    private void lineTo(Operator op, List<Float> n) {
        Point2D.Float to = point(n, 0);
        if (current != null && to != null) {
            segments.add(new float[] {current.x, current.y, to.x, to.y});
            extendPath(current);
            extendPath(to);
        }
        current = to;
    }

    private void curveTo(Operator op, List<Float> n) {
        for (int i = 0; i + 1 < n.size(); i += 2) {
            extendPath(point(n, i));
        }
        if (current != null) {
            extendPath(current);
        }
        current = n.size() >= 2 ? point(n, n.size() - 2) : current;
    }

    private void extendPath(Point2D.Float p) {
        if (p == null) {
            return;
        }
        if (pathBounds == null) {
            pathBounds = new float[] {p.x, p.y, p.x, p.y};
        }
        pathBounds = new float[] {Math.min(pathBounds[0], p.x), Math.min(pathBounds[1], p.y),
                Math.max(pathBounds[2], p.x), Math.max(pathBounds[3], p.y)};
    }

    private void rectangle(Operator op, List<Float> n) {
        if (n.size() == 4) {
            Point2D.Float a = transform(n.get(0), n.get(1));
            Point2D.Float b = transform(n.get(0) + n.get(2), n.get(1) + n.get(3));
            rectangles.add(new float[] {Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)});
        }
    }

    private void fill() {
        for (float[] r : rectangles) {
            add(r[0], r[1], r[2], r[3]);
            addBox(r);
        }
        if (pathBounds != null) {
            addBox(pathBounds);
        }
        clear();
    }

    /** A filled shape in page space from (x0, y0) to (x1, y1), as a box from the page's top-left corner. */
    private void addBox(float[] r) {
        if (rotated || r[2] - r[0] < MIN_BOX || r[3] - r[1] < MIN_BOX || boxes.size() >= MAX_BOXES) {
            return;
        }
        float left = box.getLowerLeftX();
        float top = box.getUpperRightY();
        boxes.add(new DrawnBox(r[0] - left, top - r[3], r[2] - left, top - r[1]));
    }

    private void stroke() {
        for (float[] r : rectangles) {
            add(r[0], r[1], r[2], r[1]);
            add(r[0], r[3], r[2], r[3]);
            add(r[0], r[1], r[0], r[3]);
            add(r[2], r[1], r[2], r[3]);
        }
        for (float[] s : segments) {
            if (Math.abs(s[0] - s[2]) < STRAIGHT || Math.abs(s[1] - s[3]) < STRAIGHT) {
                add(Math.min(s[0], s[2]), Math.min(s[1], s[3]), Math.max(s[0], s[2]), Math.max(s[1], s[3]));
            }
        }
        clear();
    }

    /** A ruling when the shape from (x0, y0) to (x1, y1), in page space, is thin and long. */
    private void add(float x0, float y0, float x1, float y1) {
        float left = box.getLowerLeftX();
        float top = box.getUpperRightY();
        if (rotated) {
            return;
        }
        if (y1 - y0 <= MAX_THICKNESS && x1 - x0 >= MIN_LENGTH) {
            rulings.add(new Ruling(true, top - (y0 + y1) / 2, x0 - left, x1 - left));
        } else if (x1 - x0 <= MAX_THICKNESS && y1 - y0 >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (x0 + x1) / 2 - left, top - y1, top - y0));
        }
    }

    private void clear() {
        rectangles.clear();
        segments.clear();
        pathBounds = null;
    }

    private Point2D.Float point(List<Float> n, int i) {
        return n.size() >= i + 2 ? transform(n.get(i), n.get(i + 1)) : null;
    }

    private Point2D.Float transform(float x, float y) {
        return engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private interface Step {
        void run(Operator op, List<Float> numbers);
    }

    private OperatorProcessor processor(String name, Step step) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                List<Float> numbers = new ArrayList<>();
                for (COSBase operand : operands) {
                    if (operand instanceof COSNumber number) {
                        numbers.add(number.floatValue());
                    }
                }
                step.run(operator, numbers);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
