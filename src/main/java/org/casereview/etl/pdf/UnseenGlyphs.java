package org.casereview.etl.pdf;

import java.awt.BasicStroke;
import java.awt.Shape;
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
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Glyphs the content stream draws that a page reader leaves out of the page's text, because a viewer does not show
 * them as the page's lines:
 * <ul>
 * <li>in optional content switched off when the document opens ({@link OptionalContent}): a draft watermark layer
 * marked {@code /OC /name BDC ... EMC}, or a form XObject with {@code /OC};</li>
 * <li>under an opaque shape filled <em>after</em> them on the page in a colour, dark or light, as far as its clip lets
 * it paint: a redaction box laid over words still in the text layer (a later update's stream) shows the box, not the
 * words, whether it is black, grey or white, drawn as {@code re f} or as a path ({@code m l l l h f}, rounded,
 * slanted), or is a black image (an image XObject or an inline image). A fill painted before the text is its
 * background (cell shading); a translucent or blended one (a highlight), a pattern, a photograph hide nothing;</li>
 * <li>outside the clip in force: a word in a hole of its line's clip, or drawn in a clip elsewhere, shows none of its
 * body (a glyph cut only in part is read). Not asked of a glyph drawn invisibly, which the next rule decides;</li>
 * <li>filled in the colour of what is painted under it ({@link PaintUnder}) at its middle and near both its ends:
 * white (or near white) words on the white page, pale words on a box of their colour. White words on a dark box, a
 * photograph, a gradient or a wide stroked band (a stroke's colour is not followed), and anything painted inside a
 * form drawn see-through, are read;</li>
 * <li>drawn invisibly (render mode 3) where no image is painted under it: a scan's text layer lies over its page's
 * picture (drawn before or after the words) and is read; invisible words on a page of visible text with no image under
 * them (an editor's note left in a template) show nothing;</li>
 * <li>drawn as a clip only (render mode 7) with nothing painted through it before its graphics state is restored
 * ({@link ClipText}): gradient lettering (a shading, a box or a picture painted through the glyphs) is read;</li>
 * <li>set on a slant: a glyph whose baseline is turned well off a right angle (a diagonal watermark across the page)
 * is no line of the page. Quarter turns are read as turned text; a scan's text layer a few degrees askew and oblique
 * type (sheared, its baseline level) are read.</li>
 * <li>drawn again over the same glyph ({@link OverprintedText}): a simulated bold or a shadow shows its words once.</li>
 * </ul>
 * Every PDF text route reads through this one rule: the page readers ({@link VisibleTextStripper}), the tagged route's
 * marked-content reader, and Tika's text of a digest, whose pages have the unseen glyphs taken out first
 * ({@link UnseenTextRemoval}). Paths drawn in a hidden layer feed no reader's collectors ({@link #shown}).
 * <p>
 * A reader hands its marked-content sequences and forms to {@link #beginMarkedContent}, {@link #endMarkedContent} and
 * {@link #hides(PDFormXObject)}, asks {@link #leavesOut} of each glyph, registers {@link #operators()} (with its own
 * path collectors through {@link PathOperators#combined}) and the fill colour operators, and calls
 * {@link #dropCovered} on the page's glyphs before it writes them.
 */
public final class UnseenGlyphs {

    /** A baseline turned by more than this tangent (about 14 degrees) off a right angle is on a slant. */
    private static final float SLANT = 0.25f;
    /** An opaque image darker than this (luminance, 0 to 1) covers what it is painted over. */
    private static final float DARK = 0.25f;
    private static final double OPAQUE = 0.99;
    /** A box smaller than this (points) either way covers no glyph: a rule, a dot. */
    private static final float MIN_COVER = 3f;
    /** Heights above the baseline (in type sizes) a box must cover at the glyph's middle: its body. */
    private static final float LOW = 0.15f;
    private static final float HIGH = 0.55f;
    /** Where along a glyph (its middle first) the paint under it is looked at: all must match its colour. */
    private static final float[] ALONG = {0.5f, 0.2f, 0.8f};
    private static final COSName OC = COSName.getPDFName("OC");
    /** Points by which an invisible glyph's middle may lie outside an image and still be on it (an OCR box's slack). */
    private static final float ON_IMAGE = 2f;

    private final PDFStreamEngine engine;
    private final Supplier<List<List<TextPosition>>> pageGlyphs;
    private PDDocument document;
    private OptionalContent layers = OptionalContent.NONE;
    /** For each open marked-content sequence, whether it hides; and how many open ones hide. */
    private final Deque<Boolean> sequences = new ArrayDeque<>();
    private int hiding;
    private final PagePath path;
    /** The current path ends in W or W* (a clip), with this winding rule. */
    private boolean clipping;
    private int clipRule;
    /** The opaque shapes filled over glyphs read before them on this page. */
    private final List<Cover> covers = new ArrayList<>();
    private final GlyphGrid grid = new GlyphGrid();
    private final ClipBoxes clipBoxes = new ClipBoxes();
    private PDColor lastColour;
    private boolean lastKnown;
    /** The glyphs drawn invisibly on this page so far: its text only where an image lies under them. */
    private final List<TextPosition> invisible = new ArrayList<>();
    /** Glyphs drawn as a clip only (7 Tr): shown where something is painted through them ({@link ClipText}). */
    private final ClipText clipText = new ClipText();
    /** Where the images of this page paint, in page space, as far as their clips let them. */
    private final List<Rectangle2D> images = new ArrayList<>();
    /** Something on this page is left out: a glyph, a hidden form, a covered glyph. */
    private boolean pageHasUnseen;
    private final PaintUnder under = new PaintUnder();
    /** Visible text drawn again over itself ({@link OverprintedText}). */
    private final OverprintedText overprinted = new OverprintedText();
    /** The page whose crop box corner {@link #cropCorner} holds: glyphs are measured from it, paint and clips not. */
    private PDPage cropOf;
    private float[] cropCorner = new float[2];
    /** The colour last converted, and its RGB value ({@link PaintUnder#UNKNOWN} when it has none). */
    private PDColor rgbOf;
    private int rgb;
    /** How many forms drawn see-through (translucent, blended, soft-masked) are open: what they paint is seen through. */
    private int seeThroughForms;

    /**
     * An opaque shape filled over glyphs, in page space, as far as its clips let it paint. A shape on which text of its
     * own is painted afterwards is a panel (a fixed cookie banner a browser print lays over the page, white words on
     * it), not a redaction: what it lies over stays read; unless it is a correction ({@link CorrectionBox}: a box a line
     * high whose words stand in the line it covers).
     */
    private static final class Cover {
        private final Shape shape;
        private final List<Path2D> clips;
        private final Rectangle2D bounds;
        /** The crop box's lower left corner: glyph positions are measured from it. */
        private final float cropX;
        private final float cropY;
        private final List<TextPosition> glyphs = new ArrayList<>();
        /** Glyphs painted on it afterwards. */
        private final List<TextPosition> carried = new ArrayList<>();
        /** Its fill's RGB value ({@link PaintUnder#UNKNOWN} for an image or a colour that gives none). */
        private final int colour;

        private Cover(Shape shape, List<Path2D> clips, Rectangle2D bounds, float cropX, float cropY, int colour) {
            this.shape = shape;
            this.clips = clips;
            this.bounds = bounds;
            this.cropX = cropX;
            this.cropY = cropY;
            this.colour = colour;
        }

        /** A point in crop-box space (a glyph's). */
        private boolean holds(float x, float y) {
            double px = x + cropX;
            double py = y + cropY;
            if (!bounds.contains(px, py) || !shape.contains(px, py)) {
                return false;
            }
            for (Path2D clip : clips) {
                if (!clip.contains(px, py)) {
                    return false;
                }
            }
            return true;
        }

        /** A panel: words of its own painted on it, and no correction of the words under it. */
        private boolean panel() {
            return !carried.isEmpty() && !(colour != PaintUnder.UNKNOWN && CorrectionBox.isPaper(luminance(colour))
                    && CorrectionBox.corrects(bounds, glyphs, carried));
        }

        /** The bounds in crop-box space. */
        private Rectangle2D onCrop() {
            return new Rectangle2D.Double(bounds.getX() - cropX, bounds.getY() - cropY, bounds.getWidth(),
                    bounds.getHeight());
        }
    }

    /** {@code pageGlyphs}: the glyphs the reader has kept from the page so far (a text stripper's articles). */
    public UnseenGlyphs(PDFStreamEngine engine, Supplier<List<List<TextPosition>>> pageGlyphs) {
        this.engine = engine;
        this.pageGlyphs = pageGlyphs;
        this.path = new PagePath(engine);
    }

    /** A new page of the document (whose optional content configuration is read once). */
    public void startPage(PDDocument of) {
        if (of != document) {
            document = of;
            layers = OptionalContent.of(of);
        }
        sequences.clear();
        hiding = 0;
        path.clear();
        clipping = false;
        covers.clear();
        invisible.clear();
        clipText.startPage();
        images.clear();
        grid.clear();
        clipBoxes.clear();
        under.clear();
        seeThroughForms = 0;
        overprinted.startPage();
        pageHasUnseen = false;
    }

    /** True when words on the page so far were corrected: covered by a box with the new words drawn on it. */
    public boolean pageHasCorrections() {
        return covers.stream().anyMatch(cover -> !cover.carried.isEmpty() && !cover.panel());
    }

    /** True when something on the page read last (or being read) is left out: its text is not all of its glyphs. */
    public boolean pageHasUnseen() {
        return pageHasUnseen;
    }

    /**
     * True when the glyph is not part of the page's text: in a hidden layer, on a slant, clipped out, in the colour
     * of what is under it, or drawn again over the same glyph ({@link OverprintedText}).
     */
    public boolean leavesOut(TextPosition glyph) {
        PDGraphicsState state = engine.getGraphicsState(); // asked once a glyph: a look at the engine's stack
        RenderingMode mode = state.getTextState().getRenderingMode();
        boolean drawn = mode.isFill() || mode.isStroke();
        // an invisible glyph paints nothing whatever the clip: a scan's text layer is judged by the picture under it
        // (an OCR engine may clip its layer's form to the page box before the page's /Rotate, cutting off every word
        // past the page's short side)
        if (hiding > 0 || isSlanted(glyph) || drawn && (clippedOut(glyph, state) || likeItsGround(glyph, state))) {
            pageHasUnseen = true;
            return true;
        }
        if (mode == RenderingMode.NEITHER_CLIP) {
            float[] body = bodyPoint(glyph, (LOW + HIGH) / 2);
            float[] corner = cropCorner();
            clipText.add(glyph, body[0] + corner[0], body[1] + corner[1], engine.getGraphicsStackSize());
        } else if (!drawn) {
            invisible.add(glyph); // decided at the page's end, when every image under it is known
        } else if (overprinted.repeats(glyph)) {
            pageHasUnseen = true; // shown once, heavier (simulated bold, a shadow): read once
            return true;
        }
        if (!covers.isEmpty()) {
            float[] body = bodyPoint(glyph, (LOW + HIGH) / 2);
            covers.stream().filter(cover -> cover.holds(body[0], body[1])).forEach(cover -> cover.carried.add(glyph));
        }
        return false;
    }

    /** The crop box's lower left corner of the page being read: a glyph's point plus it is a page space point. */
    private float[] cropCorner() {
        PDPage page = engine.getCurrentPage();
        if (page != cropOf) {
            cropOf = page;
            PDRectangle crop = page == null ? null : page.getCropBox();
            cropCorner = crop == null ? new float[2] : new float[] {crop.getLowerLeftX(), crop.getLowerLeftY()};
        }
        return cropCorner;
    }

    /**
     * True when a clip in force paints nothing of the glyph's body (its width, from {@value #LOW} to {@value #HIGH}
     * of its type size above the baseline): the word shows nothing. A glyph the clip cuts through is kept.
     */
    private boolean clippedOut(TextPosition glyph, PDGraphicsState state) {
        List<Path2D> clips = state.getCurrentClippingPaths();
        if (clips.isEmpty()) {
            return false;
        }
        Matrix m = glyph.getTextMatrix();
        float ax = alongX(glyph, m, LOW, 0);
        float ay = alongY(glyph, m, LOW, 0);
        float bx = alongX(glyph, m, HIGH, 1);
        float by = alongY(glyph, m, HIGH, 1);
        float[] corner = cropCorner();
        // at least a unit either way: a box of no width meets nothing
        double x = Math.min(ax, bx) + corner[0] - 0.5;
        double y = Math.min(ay, by) + corner[1] - 0.5;
        double width = Math.abs(bx - ax) + 1;
        double height = Math.abs(by - ay) + 1;
        if (clipBoxes.insideAll(clips, x, y, width, height)) {
            return false;
        }
        for (Path2D clip : clips) {
            if (!clipBoxes.inside(clip, x, y, width, height) && !clip.intersects(x, y, width, height)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the glyph is filled (not stroked, not invisible) in the colour of what is painted under its body's
     * middle: the page's white where nothing is.
     */
    private boolean likeItsGround(TextPosition glyph, PDGraphicsState state) {
        RenderingMode mode = state.getTextState().getRenderingMode();
        if (mode != RenderingMode.FILL && mode != RenderingMode.FILL_CLIP || !paintsOver()) {
            return false;
        }
        int colour = rgb(state.getNonStrokingColor());
        if (!under.mayMatch(colour)) {
            return false;
        }
        float[] corner = cropCorner();
        // a glyph of which any part is on other paint (a word running off its box's edge) is read
        for (float along : ALONG) {
            float[] body = bodyPoint(glyph, (LOW + HIGH) / 2, along);
            if (!under.matches(colour, body[0] + corner[0], body[1] + corner[1])) {
                return false;
            }
        }
        return true;
    }

    /** The point half way along the glyph, the given share of its type size above its baseline. */
    private static float[] bodyPoint(TextPosition glyph, float height) {
        Matrix m = glyph.getTextMatrix();
        float midX = (m.getTranslateX() + glyph.getEndX()) / 2;
        float midY = (m.getTranslateY() + glyph.getEndY()) / 2;
        return new float[] {midX + height * m.getValue(1, 0), midY + height * m.getValue(1, 1)};
    }

    /** The point the given share along the glyph (0 its start, 1 its end), the given share of its size above. */
    private static float[] bodyPoint(TextPosition glyph, float height, float along) {
        Matrix m = glyph.getTextMatrix();
        return new float[] {alongX(glyph, m, height, along), alongY(glyph, m, height, along)};
    }

    /** {@link #bodyPoint(TextPosition, float, float)}'s x, without an array ({@code m} the glyph's text matrix). */
    private static float alongX(TextPosition glyph, Matrix m, float height, float along) {
        float x = m.getTranslateX() + along * (glyph.getEndX() - m.getTranslateX());
        return x + height * m.getValue(1, 0);
    }

    private static float alongY(TextPosition glyph, Matrix m, float height, float along) {
        float y = m.getTranslateY() + along * (glyph.getEndY() - m.getTranslateY());
        return y + height * m.getValue(1, 1);
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
        boolean hides = hiding > 0 || form.getCOSObject().getDictionaryObject(OC) instanceof COSDictionary content
                && layers.hides(content);
        pageHasUnseen |= hides;
        return hides;
    }

    /**
     * The glyphs a later opaque shape with no text of its own covers (so far on the page), and those drawn invisibly
     * with no image under them.
     */
    public Set<TextPosition> covered() {
        Set<TextPosition> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        covers.stream().filter(cover -> !cover.panel()).forEach(cover -> covered.addAll(cover.glyphs));
        clipText.addUnshownTo(covered);
        if (!invisible.isEmpty()) {
            float[] corner = cropCorner();
            for (TextPosition glyph : invisible) {
                float[] body = bodyPoint(glyph, (LOW + HIGH) / 2);
                double x = body[0] + corner[0];
                double y = body[1] + corner[1];
                if (images.stream().noneMatch(image -> image.getMinX() - ON_IMAGE <= x && x <= image.getMaxX() + ON_IMAGE
                        && image.getMinY() - ON_IMAGE <= y && y <= image.getMaxY() + ON_IMAGE)) {
                    covered.add(glyph);
                }
            }
        }
        return covered;
    }

    /** The page's glyphs without those a later opaque shape with no text of its own covers, in place. */
    public void dropCovered(List<List<TextPosition>> articles) {
        Set<TextPosition> covered = covered();
        if (!covered.isEmpty()) {
            pageHasUnseen = true;
            articles.forEach(glyphs -> glyphs.removeIf(covered::contains));
        }
    }

    /**
     * A collector's processors that do nothing inside a hidden layer: a bullet, rule or box drawn in a layer switched
     * off is no more on the page than its words.
     */
    public List<OperatorProcessor> shown(List<OperatorProcessor> collector) {
        return collector.stream().map(p -> processor(p.getName(), (operator, operands) -> {
            if (hiding == 0) {
                p.process(operator, operands);
            }
        })).toList();
    }

    /**
     * Processors for the path operators, clips, the operators that fill, stroke or end a path, and images. A text
     * stripper keeps no clip; this one is kept in the graphics state (so that q and Q scope it) as a fill's cover
     * needs it. {@code Do} still draws forms as the stripper's own processor does.
     */
    public List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        ops.add(processor("re", (operator, operands) -> path.rectangle(operands)));
        ops.add(processor("m", (operator, operands) -> path.moveTo(operands)));
        ops.add(processor("l", (operator, operands) -> path.lineTo(operands)));
        for (String name : List.of("c", "v", "y")) {
            ops.add(processor(name, (operator, operands) -> path.curveTo(name, operands)));
        }
        ops.add(processor("h", (operator, operands) -> path.close()));
        ops.add(processor("W", (operator, operands) -> clip(Path2D.WIND_NON_ZERO)));
        ops.add(processor("W*", (operator, operands) -> clip(Path2D.WIND_EVEN_ODD)));
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            int rule = name.endsWith("*") ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO;
            boolean strokes = name.startsWith("B") || name.startsWith("b");
            ops.add(processor(name, (operator, operands) -> {
                fill(rule);
                if (strokes) {
                    stroke();
                }
                endPath();
            }));
        }
        ops.add(processor("n", (operator, operands) -> endPath()));
        for (String name : List.of("S", "s")) {
            ops.add(processor(name, (operator, operands) -> {
                stroke();
                endPath();
            }));
        }
        ops.add(new SetLineWidth(engine));
        Restore restore = new Restore(engine);
        ops.add(processor("Q", (operator, operands) -> {
            restore.process(operator, operands);
            clipText.restored(engine.getGraphicsStackSize());
        }));
        DrawObject draw = new DrawObject(engine);
        ops.add(processor("Do", (operator, operands) -> {
            image(operands);
            boolean seeThrough = !paintsOver();
            seeThroughForms += seeThrough ? 1 : 0;
            try {
                draw.process(operator, operands);
            } finally {
                seeThroughForms -= seeThrough ? 1 : 0;
            }
        }));
        ops.add(processor("BI", (operator, operands) -> inlineImage(operator)));
        ops.add(processor("sh", (operator, operands) -> shading()));
        return ops;
    }

    private void clip(int rule) {
        clipping = true;
        clipRule = rule;
    }

    private void endPath() {
        if (clipping && !path.isEmpty()) {
            engine.getGraphicsState().intersectClippingPath(path.shape(clipRule));
        }
        path.clear();
        clipping = false;
    }

    /** The fill colour operators a text stripper leaves out, so that a fill's colour is known. */
    public static List<OperatorProcessor> fillColourOperators(PDFStreamEngine engine) {
        return List.of(new SetNonStrokingColorSpace(engine), new SetNonStrokingColor(engine),
                new SetNonStrokingColorN(engine), new SetNonStrokingDeviceGrayColor(engine),
                new DeviceRgbFill(engine), new SetNonStrokingDeviceCMYKColor(engine));
    }

    /**
     * The path filled, as far as the clip lets it paint: paint under the glyphs to come, and a cover of the glyphs
     * under it when it is opaque and of a colour (dark or light: a grey or white box hides the words as a black one).
     */
    private void fill(int rule) {
        if (hiding > 0 || path.isEmpty()) {
            return;
        }
        boolean opaque = paintsOver();
        Shape shape = path.shape(rule);
        Painted painted = paint(shape,
                () -> opaque ? rgb(engine.getGraphicsState().getNonStrokingColor()) : PaintUnder.UNKNOWN);
        if (painted != null && opaque) {
            cover(shape, painted, this::hasColour, rgb(engine.getGraphicsState().getNonStrokingColor()));
        }
    }

    /**
     * The path stroked: a line at least {@value #MIN_COVER} points wide on the page is paint of no known colour under
     * the glyphs to come (the stroke's colour is not followed), so that white words on a wide stroked band are read.
     */
    private void stroke() {
        if (hiding > 0 || path.isEmpty()) {
            return;
        }
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        double scale = Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
        float width = (float) (engine.getGraphicsState().getLineWidth() * scale);
        if (width >= MIN_COVER) {
            Shape band = new BasicStroke(width, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND)
                    .createStrokedShape(path.outline());
            paint(band, () -> PaintUnder.UNKNOWN);
        }
    }

    /** Where a shape paints: its clips, and its bounds within them (page space). */
    private record Painted(List<Path2D> clips, Rectangle2D bounds) {
    }

    /**
     * Files the shape, as far as its clips let it paint, as paint under the glyphs to come, of the colour given; null
     * when it paints less than {@value #MIN_COVER} points either way (a rule, a dot), which is neither paint under a
     * glyph nor a cover.
     */
    private Painted paint(Shape shape, IntSupplier colour) {
        List<Path2D> clips = List.copyOf(engine.getGraphicsState().getCurrentClippingPaths());
        Rectangle2D bounds = shape.getBounds2D();
        for (Path2D clip : clips) {
            bounds = bounds.createIntersection(clip.getBounds2D());
        }
        clipText.painted(bounds, engine.getGraphicsStackSize());
        if (bounds.getWidth() < MIN_COVER || bounds.getHeight() < MIN_COVER) {
            return null;
        }
        under.add(shape, clips, bounds, colour.getAsInt());
        return new Painted(clips, bounds);
    }

    /** A shading painted over all the clip lets it ({@code sh}): paint of no one colour. */
    private void shading() {
        if (hiding == 0) {
            paint(new Rectangle2D.Double(-1e6, -1e6, 2e6, 2e6), () -> PaintUnder.UNKNOWN);
        }
    }

    /** An image XObject drawn: paint under the glyphs to come, and over those under it (the unit square). */
    private void image(List<COSBase> operands) {
        if (hiding > 0 || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) {
            return;
        }
        boolean opaque = paintsOver();
        try {
            PDXObject object = engine.getResources() == null ? null : engine.getResources().getXObject(name);
            if (object instanceof PDImageXObject image) {
                Shape square = unitSquare();
                Painted painted = paint(square, () -> PaintUnder.UNKNOWN);
                if (painted != null) {
                    images.add(painted.bounds());
                }
                if (painted != null && opaque) {
                    cover(square, painted, () -> DarkImage.isOpaqueAndDark(image, DARK), PaintUnder.UNKNOWN);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an image that cannot be read hides nothing we can tell
        }
    }

    private void inlineImage(Operator operator) {
        if (hiding > 0 || operator.getImageParameters() == null) {
            return;
        }
        Shape square = unitSquare();
        Painted painted = paint(square, () -> PaintUnder.UNKNOWN);
        if (painted != null) {
            images.add(painted.bounds());
        }
        if (painted == null || !paintsOver()) {
            return;
        }
        try {
            PDImage image = new PDInlineImage(operator.getImageParameters(), operator.getImageData(),
                    engine.getResources());
            cover(square, painted, () -> DarkImage.isOpaqueAndDark(image, DARK), PaintUnder.UNKNOWN);
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    private Shape unitSquare() {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        GeneralPath square = new GeneralPath();
        Point2D.Float a = ctm.transformPoint(0, 0);
        Point2D.Float b = ctm.transformPoint(1, 0);
        Point2D.Float c = ctm.transformPoint(1, 1);
        Point2D.Float d = ctm.transformPoint(0, 1);
        square.moveTo(a.x, a.y);
        square.lineTo(b.x, b.y);
        square.lineTo(c.x, c.y);
        square.lineTo(d.x, d.y);
        square.closePath();
        return square;
    }

    /**
     * Painted fully opaque and normally (no soft mask, no blend that lets what is under show), and not inside a form
     * drawn see-through (a transparency group starts with these reset, though the page shows it see-through).
     */
    private boolean paintsOver() {
        PDGraphicsState state = engine.getGraphicsState();
        return seeThroughForms == 0 && state.getNonStrokeAlphaConstant() >= OPAQUE && state.getSoftMask() == null
                && (state.getBlendMode() == BlendMode.NORMAL || state.getBlendMode() == BlendMode.COMPATIBLE);
    }

    /** The fill has a colour (not a pattern): looked at only for a fill over glyphs, and once for each colour set. */
    private boolean hasColour() {
        PDColor colour = engine.getGraphicsState().getNonStrokingColor();
        if (colour != lastColour) {
            lastColour = colour;
            lastKnown = rgb(colour) != PaintUnder.UNKNOWN;
        }
        return lastKnown;
    }

    /** The colour's RGB value, or {@link PaintUnder#UNKNOWN} (a pattern, a colour space that gives no colour). */
    private int rgb(PDColor colour) {
        if (colour != rgbOf) {
            rgbOf = colour;
            try {
                rgb = colour.isPattern() ? PaintUnder.UNKNOWN : colour.toRGB() & 0xffffff;
            } catch (IOException | RuntimeException e) {
                rgb = PaintUnder.UNKNOWN;
            }
        }
        return rgb;
    }

    static float luminance(int rgb) {
        return (0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff)) / 255;
    }

    /**
     * Marks the glyphs read so far whose body, at their middle, lies inside the shape and its clips, when it
     * {@code hides} what it is painted over (a fill colour, a dark opaque image): looked at only when the shape
     * lies over glyphs, so that a page's many small fills cost little.
     */
    private void cover(Shape shape, Painted painted, BooleanSupplier hides, int colour) {
        PDRectangle crop = engine.getCurrentPage().getCropBox();
        Cover cover = new Cover(shape, painted.clips(), painted.bounds(), crop.getLowerLeftX(), crop.getLowerLeftY(),
                colour);
        grid.catchUp(pageGlyphs.get(), glyph -> bodyPoint(glyph, (LOW + HIGH) / 2));
        grid.near(cover.onCrop(), glyph -> {
            float[] low = bodyPoint(glyph, LOW);
            float[] high = bodyPoint(glyph, HIGH);
            if (cover.holds(low[0], low[1]) && cover.holds(high[0], high[1]) && !clipText.shows(glyph)) {
                cover.glyphs.add(glyph);
            }
        });
        if (!cover.glyphs.isEmpty() && hides.getAsBoolean()) {
            covers.add(cover);
        }
    }

    private interface Step {
        void run(Operator operator, List<COSBase> operands) throws IOException;
    }

    private OperatorProcessor processor(String name, Step step) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                step.run(operator, operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
