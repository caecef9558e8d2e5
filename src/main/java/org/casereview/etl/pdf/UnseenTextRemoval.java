package org.casereview.etl.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Takes out of a loaded document's pages what {@link UnseenGlyphs} leaves out (hidden layers, slanted watermarks,
 * words under a redaction), so that a reader without that rule (Tika's text of a digest) reads the page as a viewer
 * shows it. Only the pages a first reading found something on are read again: each glyph left out becomes, in its
 * text operator, the space it took ({@code TJ} adjustment), so the glyphs after it stay where they were; a hidden form
 * is not drawn; a form with glyphs left out is drawn from a copy without them.
 */
public final class UnseenTextRemoval extends VisibleTextStripper {

    private static final Set<String> SHOWS = Set.of("Tj", "TJ", "'", "\"");
    /** Text operators that move to the next line and show a string by running other operators. */
    private static final Set<String> LINE_SHOWS = Set.of("'", "\"");

    /** One glyph a text operator shows: its bytes in the string, the TJ adjustment of its advance, left out or not. */
    private static final class Glyph {
        private final byte[] bytes;
        private final float advance;
        private TextPosition kept;
        private boolean leftOut;

        private Glyph(byte[] bytes, float advance) {
            this.bytes = bytes;
            this.advance = advance;
        }
    }

    /** One operator of a stream as read, with the glyphs of each of its strings when it shows text. */
    private static final class Op {
        private final Operator operator;
        private final List<COSBase> original;
        private List<COSBase> operands;
        private final List<List<Glyph>> strings = new ArrayList<>();
        private boolean dropped;
        /** Its strings could not be told into glyphs as the engine showed them: left out whole if anything is. */
        private boolean opaque;

        private Op(Operator operator, List<COSBase> operands) {
            this.operator = operator;
            this.original = operands;
            this.operands = operands;
        }
    }

    /** A content stream being drawn: the page's, or a form's drawn from it. */
    private static final class Drawn {
        private final List<Op> ops = new ArrayList<>();
        private final PDFormXObject form;
        private boolean changed;

        private Drawn(PDFormXObject form) {
            this.form = form;
        }
    }

    private final PDDocument target;
    private final Deque<Drawn> drawing = new ArrayDeque<>();
    private final List<Glyph> pageGlyphs = new ArrayList<>();
    private final Map<TextPosition, Glyph> byPosition = new IdentityHashMap<>();
    /** Each form drawn, with the Do that drew it and the stream it was drawn from. */
    private final Map<Drawn, Op> forms = new IdentityHashMap<>();
    private final Map<Drawn, Drawn> formParents = new IdentityHashMap<>();
    /** The text operator being run, the glyphs of the string being shown, the glyph being shown. */
    private Op currentOp;
    private List<Glyph> current;
    private Glyph pending;
    private List<byte[]> slices = List.of();
    private int slice;
    private int type3Depth;
    private boolean insideLineShow;

    private UnseenTextRemoval(PDDocument target) {
        this.target = target;
        setSuppressDuplicateOverlappingText(false);
        operators().forEach(this::addOperator);
    }

    private List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>(unseen.operators());
        ops.addAll(UnseenGlyphs.fillColourOperators(this));
        return ops;
    }

    /** The given pages (1-based) of the document, read again and written without what a viewer does not show. */
    public static void removeFrom(PDDocument document, Collection<Integer> pages) throws IOException {
        for (int page : pages) {
            UnseenTextRemoval removal = new UnseenTextRemoval(document);
            removal.setStartPage(page);
            removal.setEndPage(page);
            removal.writeText(document, Writer.nullWriter());
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        unseen.startPage(document);
        drawing.clear();
        drawing.push(new Drawn(null));
        pageGlyphs.clear();
        byPosition.clear();
        forms.clear();
        formParents.clear();
        super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (type3Depth > 0 || drawing.isEmpty() || insideLineShow) {
            // a line-show operator (' or ") runs T* and Tj itself, with no operands for T*: they are part of it
            super.processOperator(operator, operands);
            return;
        }
        Op op = new Op(operator, new ArrayList<>(operands));
        drawing.peek().ops.add(op);
        Op enclosing = currentOp;
        currentOp = SHOWS.contains(operator.getName()) ? op : null;
        insideLineShow = LINE_SHOWS.contains(operator.getName());
        try {
            super.processOperator(operator, operands);
        } finally {
            currentOp = enclosing;
            insideLineShow = false;
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        PDFont font = getGraphicsState().getTextState().getFont();
        if (currentOp == null || font == null || font instanceof PDType3Font) {
            if (currentOp != null) {
                currentOp.opaque = true;
            }
            super.showText(string);
            return;
        }
        slices = slices(font, string);
        slice = 0;
        current = new ArrayList<>();
        currentOp.strings.add(current);
        super.showText(string);
        if (slice != slices.size()) {
            currentOp.opaque = true;
        }
        current = null;
    }

    /** The string's bytes cut into the codes the font reads, as the engine reads them. */
    private static List<byte[]> slices(PDFont font, byte[] string) throws IOException {
        List<byte[]> out = new ArrayList<>();
        ByteArrayInputStream in = new ByteArrayInputStream(string);
        int offset = 0;
        while (in.available() > 0) {
            font.readCode(in);
            int end = string.length - in.available();
            byte[] code = new byte[end - offset];
            System.arraycopy(string, offset, code, 0, code.length);
            out.add(code);
            offset = end;
        }
        return out;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (current != null && slice < slices.size()) {
            byte[] bytes = slices.get(slice++);
            Glyph glyph = new Glyph(bytes, adjustment(font, code, bytes.length, displacement));
            current.add(glyph);
            pageGlyphs.add(glyph);
            pending = glyph;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        pending = null;
    }

    /** The TJ number that moves as far as the glyph does: minus its advance, in thousandths of the font size. */
    private float adjustment(PDFont font, int code, int length, Vector displacement) {
        PDTextState state = getGraphicsState().getTextState();
        float size = state.getFontSize();
        if (size == 0) {
            return 0;
        }
        float wordSpacing = code == 32 && length == 1 ? state.getWordSpacing() : 0;
        float width = font.isVertical() ? displacement.getY() : displacement.getX();
        return -(width * size + state.getCharacterSpacing() + wordSpacing) * 1000 / size;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Glyph glyph = pending;
        if (unseen.leavesOut(text)) {
            if (glyph != null) {
                glyph.leftOut = true;
            }
            return;
        }
        if (glyph != null) {
            glyph.kept = text;
            byPosition.put(text, glyph);
        }
        super.processTextPosition(text);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        drawForm(form, false);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        drawForm(form, true);
    }

    private void drawForm(PDFormXObject form, boolean group) throws IOException {
        Drawn parent = drawing.peek();
        Op invocation = parent == null || parent.ops.isEmpty() ? null : parent.ops.get(parent.ops.size() - 1);
        if (unseen.hides(form)) {
            if (invocation != null && "Do".equals(invocation.operator.getName())) {
                invocation.dropped = true;
                parent.changed = true;
            }
            return;
        }
        Drawn drawn = new Drawn(form);
        drawing.push(drawn);
        try {
            if (group) {
                super.showTransparencyGroup((PDTransparencyGroup) form);
            } else {
                super.showForm(form);
            }
        } finally {
            drawing.pop();
        }
        if (invocation != null && "Do".equals(invocation.operator.getName())) {
            forms.put(drawn, invocation);
            formParents.put(drawn, parent);
        }
    }

    @Override
    protected void processType3Stream(PDType3CharProc charProc, Matrix matrix)
            throws IOException {
        type3Depth++;
        try {
            super.processType3Stream(charProc, matrix);
        } finally {
            type3Depth--;
        }
    }

    @Override
    protected void writePage() throws IOException {
        for (TextPosition covered : unseen.covered()) {
            Glyph glyph = byPosition.get(covered);
            if (glyph != null) {
                glyph.leftOut = true;
            }
        }
        Drawn page = drawing.isEmpty() ? null : drawing.getLast();
        if (page != null && rewrite(page)) {
            PDStream contents = new PDStream(target);
            write(page.ops, contents.getCOSObject());
            getCurrentPage().setContents(contents);
        }
    }

    /**
     * Rewrites the stream's operators in place and its forms' copies: true when anything in it changed. Forms are
     * rewritten first (deepest first, as they were drawn), each copy put under a new name beside the original.
     */
    private boolean rewrite(Drawn drawn) throws IOException {
        for (Map.Entry<Drawn, Op> form : forms.entrySet()) {
            if (formParents.get(form.getKey()) == drawn && rewrite(form.getKey())) {
                drawn.changed = true;
                PDFormXObject copy = copy(form.getKey());
                PDResources resources = drawn.form == null ? getCurrentPage().getResources()
                        : drawn.form.getResources() != null ? drawn.form.getResources() : getCurrentPage().getResources();
                COSName name = resources.add(copy, "Shown");
                form.getValue().operands = new ArrayList<>(List.of(name));
            }
        }
        for (Op op : drawn.ops) {
            drawn.changed |= withoutLeftOut(op);
        }
        return drawn.changed;
    }

    private PDFormXObject copy(Drawn drawn) throws IOException {
        COSStream original = drawn.form.getCOSObject();
        COSStream copy = target.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> entry : original.entrySet()) {
            if (!COSName.LENGTH.equals(entry.getKey()) && !COSName.FILTER.equals(entry.getKey())
                    && !COSName.DECODE_PARMS.equals(entry.getKey())) {
                copy.setItem(entry.getKey(), entry.getValue());
            }
        }
        write(drawn.ops, copy);
        return new PDFormXObject(copy);
    }

    /** The operator with its left-out glyphs taken out of its strings: true when any was. */
    private static boolean withoutLeftOut(Op op) {
        boolean any = op.strings.stream().flatMap(List::stream).anyMatch(g -> g.leftOut);
        if (!any) {
            return false;
        }
        if (op.opaque) {
            op.dropped = true;
            return true;
        }
        COSArray shown = new COSArray();
        int string = 0;
        List<COSBase> elements = new ArrayList<>();
        if ("TJ".equals(op.operator.getName()) && op.operands.get(0) instanceof COSArray array) {
            array.forEach(elements::add);
        } else {
            elements.add(op.operands.get(op.operands.size() - 1));
        }
        for (COSBase element : elements) {
            if (element instanceof COSString && string < op.strings.size()) {
                addShown(shown, op.strings.get(string++));
            } else if (!(element instanceof COSString)) {
                shown.add(element);
            }
        }
        op.operands = new ArrayList<>(List.of(shown));
        return true;
    }

    /** The kept glyphs' bytes as strings, each left-out glyph as the adjustment of its advance. */
    private static void addShown(COSArray shown, List<Glyph> glyphs) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (Glyph glyph : glyphs) {
            if (glyph.leftOut) {
                if (kept.size() > 0) {
                    shown.add(new COSString(kept.toByteArray()));
                    kept.reset();
                }
                shown.add(new COSFloat(glyph.advance));
            } else {
                kept.writeBytes(glyph.bytes);
            }
        }
        if (kept.size() > 0) {
            shown.add(new COSString(kept.toByteArray()));
        }
    }

    /** The operators as a content stream; a rewritten {@code '} and {@code "} keep their line step and spacing. */
    private static void write(List<Op> ops, COSStream stream) throws IOException {
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            ContentStreamWriter writer = new ContentStreamWriter(out);
            for (Op op : ops) {
                String name = op.operator.getName();
                boolean rewritten = SHOWS.contains(name) && op.operands.size() == 1
                        && op.operands.get(0) instanceof COSArray && !"TJ".equals(name);
                if (op.dropped && !SHOWS.contains(name)) {
                    continue;
                }
                if (op.dropped) {
                    writeLineStep(writer, op);
                    continue;
                }
                if (rewritten) {
                    writeLineStep(writer, op);
                    writer.writeTokens(op.operands.get(0), Operator.getOperator("TJ"));
                    continue;
                }
                writer.writeTokens(op.operands);
                writer.writeToken(op.operator);
            }
        }
    }

    /** What {@code '} and {@code "} do besides showing: step to the next line, setting the spacing first. */
    private static void writeLineStep(ContentStreamWriter writer, Op op) throws IOException {
        String name = op.operator.getName();
        if ("\"".equals(name) && op.original.size() == 3) {
            writer.writeTokens(op.original.get(0), Operator.getOperator("Tw"), op.original.get(1),
                    Operator.getOperator("Tc"));
        }
        if ("'".equals(name) || "\"".equals(name)) {
            writer.writeToken(Operator.getOperator("T*"));
        }
    }
}
