package org.casereview.etl.extract;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text lines of each page of a PDF digest, each marked when a list bullet is drawn in front of
 * it. Browsers print list bullets as small filled shapes, not as glyphs, so the text layer alone
 * loses them; this reader follows the path operators to find them.
 */
final class PdfPageLines extends PDFTextStripper {

    /**
     * One printed line; {@code bulleted} when a drawn dot stands just before its first glyph;
     * {@code top} is the baseline's distance from the top of the page, as a share of its height.
     */
    record Line(String text, boolean bulleted, float top) {
    }

    private static final float MIN_DOT = 1.5f;
    private static final float MAX_DOT = 7f;

    private record Dot(float maxX, float centreY) {
    }

    private record Start(String text, float x, float y, float size) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final List<Dot> dots = new ArrayList<>();
    private final List<Start> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private TextPosition first;
    private float minX;
    private float minY;
    private float maxX;
    private float maxY;
    private boolean empty = true;

    private PdfPageLines() throws IOException {
        setSortByPosition(false);
        for (String name : List.of("m", "l", "c", "v", "y", "re")) {
            addOperator(processor(name, this::extend));
        }
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            addOperator(processor(name, (op, operands) -> paint()));
        }
        for (String name : List.of("n", "S", "s")) {
            addOperator(processor(name, (op, operands) -> empty = true));
        }
    }

    /** The lines of every page, in reading order; an empty list when the PDF cannot be read. */
    static List<List<Line>> read(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PdfPageLines reader = new PdfPageLines();
            reader.writeText(document, Writer.nullWriter());
            return reader.pages;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        dots.clear();
        lines.clear();
        line.setLength(0);
        first = null;
        empty = true;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (first == null && !positions.isEmpty()) {
            first = positions.get(0);
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        PDRectangle box = page.getCropBox();
        List<Line> result = new ArrayList<>();
        for (Start s : lines) {
            result.add(new Line(s.text(), hasDotBefore(s, box), s.y() / Math.max(1f, box.getHeight())));
        }
        pages.add(result);
        super.endPage(page);
    }

    private void endLine() {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && first != null) {
            lines.add(new Start(text, first.getXDirAdj(), first.getYDirAdj(), first.getFontSizeInPt()));
        }
        line.setLength(0);
        first = null;
    }

    private boolean hasDotBefore(Start s, PDRectangle box) {
        for (Dot dot : dots) {
            float gap = s.x() - (dot.maxX() - box.getLowerLeftX());
            float rise = s.y() - (box.getUpperRightY() - dot.centreY());
            if (gap > 0 && gap < 3f * s.size() && rise > 0 && rise < 0.8f * s.size()) {
                return true;
            }
        }
        return false;
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
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
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
        if (!empty && w >= MIN_DOT && h >= MIN_DOT && w <= MAX_DOT && h <= MAX_DOT && w < 1.6f * h && h < 1.6f * w) {
            dots.add(new Dot(maxX, (minY + maxY) / 2));
        }
        empty = true;
    }

    private interface Step {
        void run(Operator op, List<COSBase> operands);
    }

    private OperatorProcessor processor(String name, Step step) {
        return new OperatorProcessor(this) {
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
