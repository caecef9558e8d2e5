package org.casereview.etl.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Glyphs the content stream draws that a page reader leaves out of the page's text, because a viewer does not show
 * them as the page's lines:
 * <ul>
 * <li>in optional content switched off when the document opens ({@link OptionalContent}): a draft watermark layer
 * marked {@code /OC /name BDC ... EMC}, or a form XObject with {@code /OC};</li>
 * <li>under a dark, opaque rectangle filled <em>after</em> them on the page: a redaction box laid over words still in
 * the text layer (a later update's stream) shows the box, not the words. A fill painted before the text is its
 * background; a light fill (cell shading), a translucent or blended one (a highlight) hides nothing;</li>
 * <li>set on a slant: a glyph whose baseline is turned well off a right angle (a diagonal watermark across the page)
 * is no line of the page. Quarter turns are read as turned text; a scan's text layer a few degrees askew and oblique
 * type (sheared, its baseline level) are read.</li>
 * </ul>
 * A reader hands its marked-content sequences and forms to {@link #beginMarkedContent}, {@link #endMarkedContent} and
 * {@link #hides(PDFormXObject)}, asks {@link #leavesOut} of each glyph, registers {@link #operators()} (with its own
 * path collectors through {@link PathOperators#combined}) and the fill colour operators, and calls
 * {@link #dropCovered} on the page's glyphs before it writes them.
 */
public final class UnseenGlyphs {

    /** A baseline turned by more than this tangent (about 14 degrees) off a right angle is on a slant. */
    private static final float SLANT = 0.25f;
    /** A fill darker than this (luminance, 0 to 1) covers what it is painted over. */
    private static final float DARK = 0.25f;
    private static final double OPAQUE = 0.99;
    /** A box smaller than this (points) either way covers no glyph: a rule, a dot. */
    private static final float MIN_COVER = 3f;
    /** Heights above the baseline (in type sizes) a box must cover at the glyph's middle: its body. */
    private static final float LOW = 0.15f;
    private static final float HIGH = 0.55f;
    private static final float AXIS = 1e-3f;
    private static final COSName OC = COSName.getPDFName("OC");

    private final PDFStreamEngine engine;
    private final Supplier<List<List<TextPosition>>> pageGlyphs;
    private PDDocument document;
    private OptionalContent layers = OptionalContent.NONE;
    /** For each open marked-content sequence, whether it hides; and how many open ones hide. */
    private final Deque<Boolean> sequences = new ArrayDeque<>();
    private int hiding;
    /** The current path's rectangles, in page space: minX, minY, maxX, maxY. */
    private final List<float[]> rectangles = new ArrayList<>();
    /** The current path has a part that is no rectangle; it ends in W (a clip). */
    private boolean otherShape;
    private boolean clipping;
    /** The dark boxes filled over glyphs read before them on this page. */
    private final List<Cover> covers = new ArrayList<>();

    /**
     * A dark box filled over glyphs. A box on which text of its own is painted afterwards is a panel (a fixed cookie
     * banner a browser print lays over the page, white words on it), not a redaction: what it lies over stays read.
     */
    private static final class Cover {
        private final float minX;
        private final float minY;
        private final float maxX;
        private final float maxY;
        private final List<TextPosition> glyphs = new ArrayList<>();
        private boolean carriesText;

        private Cover(float minX, float minY, float maxX, float maxY) {
            this.minX = minX;
            this.minY = minY;
            this.maxX = maxX;
            this.maxY = maxY;
        }

        private boolean holds(float x, float y) {
            return inside(x, y, minX, minY, maxX, maxY);
        }
    }

    /** {@code pageGlyphs}: the glyphs the reader has kept from the page so far (a text stripper's articles). */
    public UnseenGlyphs(PDFStreamEngine engine, Supplier<List<List<TextPosition>>> pageGlyphs) {
        this.engine = engine;
        this.pageGlyphs = pageGlyphs;
    }

    /** A new page of the document (whose optional content configuration is read once). */
    public void startPage(PDDocument of) {
        if (of != document) {
            document = of;
            layers = OptionalContent.of(of);
        }
        sequences.clear();
        hiding = 0;
        rectangles.clear();
        otherShape = false;
        clipping = false;
        covers.clear();
    }

    /** True when the glyph is not part of the page's text: in a hidden layer, or on a slant. */
    public boolean leavesOut(TextPosition glyph) {
        if (hiding > 0 || isSlanted(glyph)) {
            return true;
        }
        if (!covers.isEmpty()) {
            float[] body = bodyPoint(glyph, (LOW + HIGH) / 2);
            covers.forEach(cover -> cover.carriesText |= cover.holds(body[0], body[1]));
        }
        return false;
    }

    /** The point half way along the glyph, the given share of its type size above its baseline. */
    private static float[] bodyPoint(TextPosition glyph, float height) {
        Matrix m = glyph.getTextMatrix();
        float midX = (m.getTranslateX() + glyph.getEndX()) / 2;
        float midY = (m.getTranslateY() + glyph.getEndY()) / 2;
        return new float[] {midX + height * m.getValue(1, 0), midY + height * m.getValue(1, 1)};
    }

    /** True when the glyph's baseline runs well off the page's axes: neither along nor across them. */
    public static boolean isSlanted(TextPosition glyph) {
        Matrix m = glyph.getTextMatrix();
        float along = Math.abs(m.getValue(0, 0));
        float across = Math.abs(m.getValue(0, 1));
        return Math.min(along, across) > SLANT * Math.max(along, across);
    }

    public void beginMarkedContent(COSName tag, COSDictionary properties) {
        boolean hides = OC.equals(tag) && layers.hides(properties);
        sequences.push(hides);
        hiding += hides ? 1 : 0;
    }

    public void endMarkedContent() {
        if (!sequences.isEmpty() && sequences.pop()) {
            hiding--;
        }
    }

    /** True when the form is drawn inside a hidden layer, or its own {@code /OC} is switched off. */
    public boolean hides(PDFormXObject form) {
        return hiding > 0 || form.getCOSObject().getDictionaryObject(OC) instanceof COSDictionary content
                && layers.hides(content);
    }

    /** The page's glyphs without those a later dark box with no text of its own covers, in place. */
    public void dropCovered(List<List<TextPosition>> articles) {
        Set<TextPosition> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        covers.stream().filter(cover -> !cover.carriesText).forEach(cover -> covered.addAll(cover.glyphs));
        if (!covered.isEmpty()) {
            articles.forEach(glyphs -> glyphs.removeIf(covered::contains));
        }
    }

    /**
     * Processors for rectangles, clips and the operators that fill, stroke or end a path. A text stripper keeps no
     * clip; this one is kept in the graphics state (so that q and Q scope it) as far as a fill's cover needs it: a
     * rectangle clip as drawn, any other clip shape as nothing (a fill inside it covers no glyph).
     */
    public List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        ops.add(processor("re", this::rectangle));
        ops.add(processor("m", operands -> otherShape = true));
        for (String name : List.of("W", "W*")) {
            ops.add(processor(name, operands -> clipping = true));
        }
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            ops.add(processor(name, operands -> {
                fill();
                endPath();
            }));
        }
        for (String name : List.of("n", "S", "s")) {
            ops.add(processor(name, operands -> endPath()));
        }
        return ops;
    }

    private void endPath() {
        if (clipping) {
            GeneralPath clip = new GeneralPath();
            if (!otherShape) {
                rectangles.forEach(r -> clip.append(new Rectangle2D.Float(r[0], r[1], r[2] - r[0], r[3] - r[1]), false));
            }
            engine.getGraphicsState().intersectClippingPath(clip);
        }
        rectangles.clear();
        clipping = false;
        otherShape = false;
    }

    /** The fill colour operators a text stripper leaves out, so that a fill's colour is known. */
    public static List<OperatorProcessor> fillColourOperators(PDFStreamEngine engine) {
        return List.of(new SetNonStrokingColorSpace(engine), new SetNonStrokingColor(engine),
                new SetNonStrokingColorN(engine), new SetNonStrokingDeviceGrayColor(engine),
                new SetNonStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceCMYKColor(engine));
    }

    private void rectangle(List<COSBase> operands) {
        if (operands.size() < 4) {
            return;
        }
        float[] n = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(operands.get(i) instanceof COSNumber number)) {
                return;
            }
            n[i] = number.floatValue();
        }
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        boolean upright = Math.abs(ctm.getValue(0, 1)) < AXIS && Math.abs(ctm.getValue(1, 0)) < AXIS;
        boolean quarter = Math.abs(ctm.getValue(0, 0)) < AXIS && Math.abs(ctm.getValue(1, 1)) < AXIS;
        if (upright || quarter) {
            Point2D.Float a = ctm.transformPoint(n[0], n[1]);
            Point2D.Float b = ctm.transformPoint(n[0] + n[2], n[1] + n[3]);
            rectangles.add(new float[] {Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)});
        }
    }

    /** The rectangles filled, each as far as the clip lets it paint, cover the glyphs under them. */
    private void fill() {
        if (hiding > 0 || rectangles.isEmpty() || !coversWhatIsUnder()) {
            return;
        }
        Rectangle2D clip = null;
        for (Path2D path : engine.getGraphicsState().getCurrentClippingPaths()) {
            Rectangle2D bounds = path.getBounds2D();
            clip = clip == null ? bounds : clip.createIntersection(bounds);
        }
        PDRectangle crop = engine.getCurrentPage().getCropBox();
        for (float[] r : rectangles) {
            float minX = clip == null ? r[0] : Math.max(r[0], (float) clip.getMinX());
            float minY = clip == null ? r[1] : Math.max(r[1], (float) clip.getMinY());
            float maxX = clip == null ? r[2] : Math.min(r[2], (float) clip.getMaxX());
            float maxY = clip == null ? r[3] : Math.min(r[3], (float) clip.getMaxY());
            if (maxX - minX >= MIN_COVER && maxY - minY >= MIN_COVER) {
                cover(minX - crop.getLowerLeftX(), minY - crop.getLowerLeftY(),
                        maxX - crop.getLowerLeftX(), maxY - crop.getLowerLeftY());
            }
        }
    }

    /** A dark fill, fully opaque, painted normally (no soft mask, no blend that lets what is under show). */
    private boolean coversWhatIsUnder() {
        PDGraphicsState state = engine.getGraphicsState();
        if (state.getNonStrokeAlphaConstant() < OPAQUE || state.getSoftMask() != null
                || state.getBlendMode() != BlendMode.NORMAL && state.getBlendMode() != BlendMode.COMPATIBLE) {
            return false;
        }
        try {
            int rgb = state.getNonStrokingColor().toRGB();
            float luminance = (0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff)) / 255;
            return luminance < DARK;
        } catch (IOException | RuntimeException e) {
            return false; // a pattern or a colour space that gives no colour
        }
    }

    /** Marks the glyphs read so far whose body, at their middle, lies inside the box (crop-box space). */
    private void cover(float minX, float minY, float maxX, float maxY) {
        Cover cover = new Cover(minX, minY, maxX, maxY);
        for (List<TextPosition> glyphs : pageGlyphs.get()) {
            for (TextPosition glyph : glyphs) {
                float[] low = bodyPoint(glyph, LOW);
                float[] high = bodyPoint(glyph, HIGH);
                if (cover.holds(low[0], low[1]) && cover.holds(high[0], high[1])) {
                    cover.glyphs.add(glyph);
                }
            }
        }
        if (!cover.glyphs.isEmpty()) {
            covers.add(cover);
        }
    }

    private static boolean inside(float x, float y, float minX, float minY, float maxX, float maxY) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    private interface Step {
        void run(List<COSBase> operands);
    }

    private OperatorProcessor processor(String name, Step step) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                step.run(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
