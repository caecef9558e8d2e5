package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.guard.DocumentGuard;

/**
 * Text frames of an untagged page read in the order they stand on it. A layout program can set a page's columns as
 * frames, each column's text drawn inside a Form XObject of its own placed on the page ({@code q cm /Fm Do Q}); the
 * page may invoke them in any order (the order they were made, or a threaded story's order), and a text layer follows
 * the invocations. When two or more such frames stand side by side (columns) without overlapping, and the page has
 * text of its own beside them (a masthead, an intro: a page of columns, not a sheet of imposed pages), the frames are
 * invoked again in position order (rows top to bottom, each row left to right), after the page's own text that stands
 * above them and before the rest. Each frame keeps its own saved graphics state, so only the order of reading changes.
 * A page whose frames are already read in that order is left as it is.
 */
public final class FramedColumns {

    /** A frame must reach this share of the smaller frame's height beside another to stand beside it. */
    private static final float BESIDE = 0.5f;
    /** Frames may overlap this much (points) at their edges. */
    private static final float EDGE = 2f;

    private FramedColumns() {
    }

    /** One top-level run of the page's content: a saved-state group, a text object or one operator. */
    private record Unit(List<Object> tokens, Matrix ctmBefore, Frame frame, float lowestText) {
        boolean hasText() {
            return !Float.isNaN(lowestText);
        }
    }

    private record Frame(float left, float bottom, float right, float top) {
        float height() {
            return top - bottom;
        }

        boolean overlaps(Frame o) {
            return Math.min(right, o.right) - Math.max(left, o.left) > EDGE
                    && Math.min(top, o.top) - Math.max(bottom, o.bottom) > EDGE;
        }

        boolean beside(Frame o) {
            float level = Math.min(top, o.top) - Math.max(bottom, o.bottom);
            return level > BESIDE * Math.min(height(), o.height())
                    && Math.min(right, o.right) - Math.max(left, o.left) <= EDGE;
        }
    }

    /** Rewrites, in the loaded document only, the content of every page whose frames are read out of place. */
    public static void readInPlace(PDDocument document) {
        if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
            return; // a tagged page has its own reading order
        }
        for (PDPage page : document.getPages()) {
            try {
                List<Object> tokens = reorder(page);
                if (tokens != null) {
                    PDStream stream = new PDStream(document);
                    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                        new ContentStreamWriter(out).writeTokens(tokens);
                    }
                    page.setContents(stream);
                }
            } catch (IOException | RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e);
                // a page that cannot be parsed is read as it is
            }
        }
    }

    /** The page's tokens in position order of its frames, or null when nothing is to change. */
    private static List<Object> reorder(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null || !hasForms(resources)) {
            return null;
        }
        List<Unit> units = units(new PDFStreamParser(page).parse(), resources);
        List<Unit> frames = units.stream().filter(u -> u.frame() != null).toList();
        if (frames.size() < 2 || units.stream().noneMatch(u -> u.frame() == null && u.hasText())
                || !sideBySide(frames)) {
            return null;
        }
        List<Unit> ordered = positionOrder(frames);
        float framesTop = (float) frames.stream().mapToDouble(u -> u.frame().top()).max().orElseThrow();
        List<Unit> rest = units.stream().filter(u -> u.frame() == null).toList();
        int firstSlot = units.indexOf(frames.get(0));
        int at = (int) units.subList(0, firstSlot).stream().filter(u -> u.frame() == null).count();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).hasText() && rest.get(i).lowestText() >= framesTop) {
                at = Math.max(at, i + 1);
            }
        }
        List<Unit> result = new ArrayList<>(rest);
        result.addAll(at, ordered);
        if (result.equals(units)) {
            return null;
        }
        Matrix ctm = at < rest.size() ? rest.get(at).ctmBefore() : null;
        for (Unit frame : frames) {
            if (ctm != null && !sameMatrix(ctm, frame.ctmBefore())) {
                return null; // the page's own state would move the frames
            }
        }
        List<Object> tokens = new ArrayList<>();
        result.forEach(u -> tokens.addAll(u.tokens()));
        return tokens;
    }

    private static boolean hasForms(PDResources resources) {
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.getXObject(name) instanceof PDFormXObject) {
                    return true;
                }
            } catch (IOException e) {
                // an unreadable XObject is no frame
            }
        }
        return false;
    }

    private static boolean sideBySide(List<Unit> frames) {
        boolean beside = false;
        for (int i = 0; i < frames.size(); i++) {
            for (int j = i + 1; j < frames.size(); j++) {
                Frame a = frames.get(i).frame();
                Frame b = frames.get(j).frame();
                if (a.overlaps(b)) {
                    return false;
                }
                beside |= a.beside(b);
            }
        }
        return beside;
    }

    /** Rows from the top, each row's frames from the left. */
    private static List<Unit> positionOrder(List<Unit> frames) {
        List<Unit> byTop = frames.stream().sorted(Comparator.comparingDouble((Unit u) -> -u.frame().top())).toList();
        List<List<Unit>> rows = new ArrayList<>();
        for (Unit u : byTop) {
            List<Unit> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && row.stream().anyMatch(o -> level(o.frame(), u.frame()))) {
                row.add(u);
            } else {
                rows.add(new ArrayList<>(List.of(u)));
            }
        }
        List<Unit> ordered = new ArrayList<>();
        for (List<Unit> row : rows) {
            row.sort(Comparator.comparingDouble(u -> u.frame().left()));
            ordered.addAll(row);
        }
        return ordered;
    }

    private static boolean level(Frame a, Frame b) {
        return Math.min(a.top(), b.top()) - Math.max(a.bottom(), b.bottom()) > BESIDE * Math.min(a.height(), b.height());
    }

    /**
     * The content cut into top-level units, with the transformation in force before each, the rectangle of a unit
     * that only places one form holding text ({@code q}, {@code cm}, {@code gs}, one {@code Do}, {@code Q}), and the
     * lowest baseline (page space) of the text a unit shows itself, NaN when none.
     */
    private static List<Unit> units(List<Object> tokens, PDResources resources) throws IOException {
        UnitCutter cutter = new UnitCutter(resources);
        for (Object token : tokens) {
            cutter.take(token);
        }
        return cutter.finish();
    }

    /** What {@link #units} keeps while it walks the content: the graphics and text state and the unit being cut. */
    private static final class UnitCutter {
        private final PDResources resources;
        private final List<Unit> units = new ArrayList<>();
        private final Deque<Matrix> saved = new ArrayDeque<>();
        private final List<Object> current = new ArrayList<>();
        private final List<COSBase> operands = new ArrayList<>();
        private Matrix ctm = new Matrix();
        private Matrix unitCtm = ctm;
        private int depth;
        private boolean inText;
        private boolean onlyPlaces = true;
        private int forms;
        private Frame frame;
        private float lowest = Float.NaN;
        private Matrix textLine = new Matrix();

        UnitCutter(PDResources resources) {
            this.resources = resources;
        }

        void take(Object token) throws IOException {
            if (current.isEmpty()) {
                unitCtm = ctm.clone();
                onlyPlaces = true;
                forms = 0;
                frame = null;
                lowest = Float.NaN;
            }
            current.add(token);
            if (!(token instanceof Operator op)) {
                if (token instanceof COSBase base) {
                    operands.add(base);
                }
                return;
            }
            apply(op.getName());
            operands.clear();
            if (depth == 0 && !inText) {
                boolean isFrame = onlyPlaces && forms == 1 && current.get(0) instanceof Operator first
                        && first.getName().equals("q");
                units.add(new Unit(List.copyOf(current), unitCtm, isFrame ? frame : null, lowest));
                current.clear();
            }
        }

        List<Unit> finish() {
            if (!current.isEmpty()) {
                units.add(new Unit(List.copyOf(current), unitCtm, null, lowest));
            }
            return units;
        }

        private void apply(String name) throws IOException {
            switch (name) {
                case "q" -> {
                    saved.push(ctm.clone());
                    depth++;
                }
                case "Q" -> {
                    ctm = saved.isEmpty() ? ctm : saved.pop();
                    depth = Math.max(0, depth - 1);
                }
                case "cm" -> {
                    if (operands.size() == 6 && operands.stream().allMatch(o -> o instanceof COSNumber)) {
                        ctm = Matrix.concatenate(matrix(operands), ctm);
                    }
                }
                case "BT" -> {
                    inText = true;
                    textLine = new Matrix();
                }
                case "ET" -> inText = false;
                case "Tm" -> {
                    if (operands.size() == 6 && operands.stream().allMatch(o -> o instanceof COSNumber)) {
                        textLine = matrix(operands);
                    }
                }
                case "Td", "TD" -> {
                    if (operands.size() == 2 && operands.stream().allMatch(o -> o instanceof COSNumber)) {
                        textLine = Matrix.concatenate(Matrix.getTranslateInstance(
                                ((COSNumber) operands.get(0)).floatValue(), ((COSNumber) operands.get(1)).floatValue()),
                                textLine);
                    }
                }
                case "Tj", "TJ", "'", "\"" -> {
                    float y = Matrix.concatenate(textLine, ctm).getTranslateY();
                    lowest = Float.isNaN(lowest) ? y : Math.min(lowest, y);
                }
                case "Do" -> {
                    PDXObject object = operands.size() == 1 && operands.get(0) instanceof COSName n
                            ? resources.getXObject(n) : null;
                    if (object instanceof PDFormXObject form && showsText(form) && form.getBBox() != null) {
                        forms++;
                        frame = placed(form, ctm);
                    } else {
                        onlyPlaces = false;
                    }
                }
                case "gs" -> {
                    // a graphics state (opacity, blend) changes nothing of where the frame stands
                }
                default -> onlyPlaces = false;
            }
        }
    }

    private static Matrix matrix(List<COSBase> operands) {
        float[] v = new float[6];
        for (int i = 0; i < 6; i++) {
            v[i] = ((COSNumber) operands.get(i)).floatValue();
        }
        return new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    private static Frame placed(PDFormXObject form, Matrix ctm) {
        PDRectangle box = form.getBBox();
        Matrix m = Matrix.concatenate(form.getMatrix(), ctm);
        float[][] corners = {{box.getLowerLeftX(), box.getLowerLeftY()}, {box.getUpperRightX(), box.getLowerLeftY()},
                {box.getLowerLeftX(), box.getUpperRightY()}, {box.getUpperRightX(), box.getUpperRightY()}};
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        for (float[] c : corners) {
            var p = m.transformPoint(c[0], c[1]);
            left = Math.min(left, (float) p.getX());
            right = Math.max(right, (float) p.getX());
            bottom = Math.min(bottom, (float) p.getY());
            top = Math.max(top, (float) p.getY());
        }
        return new Frame(left, bottom, right, top);
    }

    private static boolean showsText(PDFormXObject form) throws IOException {
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op && switch (op.getName()) {
                case "Tj", "TJ", "'", "\"" -> true;
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameMatrix(Matrix a, Matrix b) {
        float[][] x = a.getValues();
        float[][] y = b.getValues();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (Math.abs(x[i][j] - y[i][j]) > 1e-3f) {
                    return false;
                }
            }
        }
        return true;
    }
}
