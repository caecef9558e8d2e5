package org.casereview.etl.report;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * List bullets that are drawn, not printed: browsers (Chromium's disc and square markers) paint
 * them as small filled shapes, so the text layer has no bullet glyph. Follows the path operators
 * while the text is read and keeps every small, roughly square filled shape; {@link #attach}
 * turns each into a "•" fragment before the line it stands in front of.
 */
final class DrawnBullets {

    private static final float MIN_SIZE = 1.5f;
    private static final float MAX_SIZE = 7f;

    /** A filled shape in page space, y measured from the top like text positions. */
    record Dot(float minX, float maxX, float centreY) {
    }

    private final PDFStreamEngine engine;
    private final List<Dot> dots = new ArrayList<>();
    private float minX;
    private float minY;
    private float maxX;
    private float maxY;
    private boolean empty = true;

    DrawnBullets(PDFStreamEngine engine) {
        this.engine = engine;
    }

    List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        for (String name : List.of("m", "l", "c", "v", "y", "re")) {
            ops.add(processor(name, this::extend));
        }
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            ops.add(processor(name, (op, operands) -> paint()));
        }
        for (String name : List.of("n", "S", "s")) {
            ops.add(processor(name, (op, operands) -> empty = true));
        }
        return ops;
    }

    void startPage() {
        dots.clear();
        empty = true;
    }

    /** The page's dots, in the coordinates of text positions (crop box origin, y from the top). */
    List<Dot> dots(float left, float top) {
        return dots.stream().map(d -> new Dot(d.minX() - left, d.maxX() - left, top - d.centreY())).toList();
    }

    /**
     * Each fragment that has a dot just before it, at its x-height, gets a bullet fragment in
     * front; not text larger than the page's body text, where a dot is an ornament of a heading.
     */
    static List<TextFragment> attach(List<TextFragment> fragments, List<Dot> dots) {
        if (dots.isEmpty()) {
            return fragments;
        }
        float body = commonSize(fragments);
        List<TextFragment> result = new ArrayList<>(fragments);
        for (Dot dot : dots) {
            TextFragment best = null;
            for (TextFragment f : fragments) {
                if (f.fontSize() > 1.15f * body) {
                    continue;
                }
                float gap = f.x() - dot.maxX();
                float rise = f.y() - dot.centreY();
                if (gap > 0 && gap < 3f * f.fontSize() && rise > 0 && rise < 0.8f * f.fontSize()
                        && (best == null || f.x() < best.x())) {
                    best = f;
                }
            }
            if (best != null) {
                result.add(new TextFragment("\u2022", dot.minX(), dot.maxX(), best.y(), best.fontSize(), false));
            }
        }
        return result;
    }

    /** The font size of most characters. */
    private static float commonSize(List<TextFragment> fragments) {
        Map<Float, Integer> chars = new HashMap<>();
        for (TextFragment f : fragments) {
            chars.merge(Math.round(f.fontSize() * 2) / 2f, f.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(0f);
    }

    private void extend(Operator op, List<COSBase> operands) {
        List<Float> numbers = new ArrayList<>();
        for (COSBase operand : operands) {
            if (operand instanceof COSNumber n) {
                numbers.add(n.floatValue());
            }
        }
        if ("re".equals(op.getName()) && numbers.size() == 4) {
            add(numbers.get(0), numbers.get(1));
            add(numbers.get(0) + numbers.get(2), numbers.get(1) + numbers.get(3));
            return;
        }
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            add(numbers.get(i), numbers.get(i + 1));
        }
    }

    private void add(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        if (empty) {
            minX = maxX = p.x;
            minY = maxY = p.y;
            empty = false;
        } else {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
    }

    private void paint() {
        float w = maxX - minX;
        float h = maxY - minY;
        if (!empty && w >= MIN_SIZE && h >= MIN_SIZE && w <= MAX_SIZE && h <= MAX_SIZE && w < 1.6f * h && h < 1.6f * w) {
            dots.add(new Dot(minX, maxX, (minY + maxY) / 2));
        }
        empty = true;
    }

    private interface Step {
        void run(Operator op, List<COSBase> operands);
    }

    private OperatorProcessor processor(String name, Step step) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                step.run(operator, operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
