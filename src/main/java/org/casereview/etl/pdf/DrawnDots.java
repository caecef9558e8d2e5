package org.casereview.etl.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * Small filled shapes painted on a page: browsers (Chromium's disc and square list markers) draw
 * list bullets this way, so the text layer has no bullet glyph. Register {@link #operators()} on a
 * text stripper; it follows the path operators while the text is read and keeps every small,
 * roughly square filled shape, in PDF page space (y from the bottom); and small empty boxes and rings, and check
 * marks drawn as strokes, down one column (a checklist's tick boxes, as macOS prints Word's), which mark list items too.
 */
public final class DrawnDots {

    private static final float MIN_SIZE = 1.5f;
    private static final float MAX_SIZE = 7f;
    /** The largest side of a stroked tick box: about the cap height of a heading's type. */
    private static final float MAX_TICK_BOX = 10f;
    /** Tick boxes whose left edges are this close (points) stand down one column. */
    private static final float SAME_COLUMN = 1f;
    /** Tick boxes kept a page: a chart of thousands of small squares marks no list. */
    private static final int MAX_TICK_BOXES = 2_000;
    /** The largest side of a drawn mark: an icon or a number badge beside a list row (about 12 mm). */
    private static final float MAX_MARK = 36f;
    private static final float MAX_RULE_THICKNESS = 2.5f;
    private static final float MIN_RULE_LENGTH = 24f;
    /** A line through one short word ("if") is a few points long. */
    private static final float MIN_BAR_LENGTH = 1f;
    private static final float MIN_UPRIGHT = 2f;
    /** A border drawn down one side of a block (a quotation's left rule): up to this thick, and as long as a rule. */
    private static final float MAX_SIDE_RULE = 6f;
    /** Upright segments this close in x are one line; and this far apart along it (points) still continue it. */
    private static final float COLLINEAR = 0.5f;
    private static final float JOIN_GAP = 1f;
    /** A run of curves that ends this close to where it began is closed. */
    private static final float CLOSED = 0.5f;
    /** Points a straight segment may lean and still be level or upright, and may stand off its outline's side. */
    private static final float STRAIGHT = 0.5f;
    /** Share of each side of an outline its straight segments must cover (the rest: rounded corners). */
    private static final float SIDE_COVER = 0.5f;

    /** A filled shape: its horizontal extent and the height of its centre. */
    public record Dot(float minX, float maxX, float centreY) {
    }

    /** A thin horizontal line, filled or stroked, in PDF page space: a rule under a heading, a table's border. */
    public record Rule(float minX, float maxX, float y) {
    }

    /** A thin horizontal line of any length from a point, in PDF page space: a line struck through a word. */
    public record Bar(float minX, float maxX, float y) {
    }

    /** A thin upright line in PDF page space: a cell edge of a printed grid, merged with the segments it continues. */
    public record Upright(float x, float minY, float maxY) {
    }

    /** A small painted shape of any proportion, filled or stroked: a part of an icon, a badge, a tick. */
    public record Shape(float minX, float maxX, float minY, float maxY) {
    }

    /** A filled area larger than a mark each way, in PDF page space: a shaded box, a banner, a cell's shading. */
    public record Panel(float minX, float maxX, float minY, float maxY) {
    }

    /** Stroked rectangles kept a page for the grid they may make: a chart of thousands tells of no table. */
    private static final int MAX_OUTLINES = 2_000;
    /** Edges of two rectangles this close (points) meet. */
    private static final float MEET = 1f;
    /** Two cells side by side share at least this much of the shorter one's side. */
    private static final float SHARED_SIDE = 0.5f;

    /** A fill this close to white in every channel (out of 255) is the paper's colour, no band. */
    private static final int WHITE = 245;

    private final PDFStreamEngine engine;
    private final boolean checkMarks;
    private final List<Dot> dots = new ArrayList<>();
    private final List<Dot> tickBoxes = new ArrayList<>();
    /** The dots with the tick boxes that stand down one column, worked out once a page when asked for. */
    private List<Dot> markers;
    private final List<Shape> shapes = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();
    private final List<Panel> panels = new ArrayList<>();
    private final List<Upright> uprights = new ArrayList<>();
    private final List<Upright> sideRules = new ArrayList<>();
    private final List<Panel> frames = new ArrayList<>();
    private final List<Panel> bands = new ArrayList<>();
    /** The current path's rectangles, and the page's stroked ones: {minX, minY, maxX, maxY}. */
    private final List<float[]> pathRectangles = new ArrayList<>();
    private final List<float[]> outlines = new ArrayList<>();
    private float minX;
    private float minY;
    private float maxX;
    private float maxY;
    private boolean empty = true;
    /** The current point, the start and bounds of the run of curves being drawn, and of the last run that closed. */
    private Point2D.Float current;
    private Point2D.Float loopStart;
    private float[] loop;
    private float[] closedLoop;
    private int moves;
    /** No rectangle in the path. */
    private boolean spurred = true;
    private int rectangles;
    /** Subpaths with a line or curve in them (a move that draws nothing after it does not count). */
    private int subpaths;
    private boolean moved;
    private Point2D.Float subpathStart;
    /** The straight segments in page space (x0, y0, x1, y1) while all are level or upright; null once one leans. */
    private List<float[]> straight = new ArrayList<>();

    public DrawnDots(PDFStreamEngine engine) {
        this(engine, false);
    }

    /**
     * With {@code checkMarks}, a check mark stroked as one open run of slanting strokes marks a point as a tick box
     * does (the digest page reader's lines); without, as the report readers have it, only boxes and rings do.
     */
    public DrawnDots(PDFStreamEngine engine, boolean checkMarks) {
        this.engine = engine;
        this.checkMarks = checkMarks;
    }

    public List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        for (String name : List.of("m", "l", "c", "v", "y", "re")) {
            ops.add(processor(name, this::extend));
        }
        for (String name : List.of("f", "F", "f*")) {
            ops.add(processor(name, (op, operands) -> paint()));
        }
        for (String name : List.of("B", "B*", "b", "b*")) {
            ops.add(processor(name, (op, operands) -> {
                keepOutlines();
                paint();
            }));
        }
        ops.add(processor("n", (op, operands) -> resetPath()));
        ops.add(processor("h", (op, operands) -> closeSubpath()));
        for (String name : List.of("S", "s")) {
            ops.add(processor(name, (op, operands) -> stroke()));
        }
        return ops;
    }

    public void startPage() {
        dots.clear();
        tickBoxes.clear();
        markers = null;
        shapes.clear();
        rules.clear();
        bars.clear();
        panels.clear();
        uprights.clear();
        sideRules.clear();
        frames.clear();
        bands.clear();
        outlines.clear();
        resetPath();
    }

    /**
     * The dots of the current page, and its stroked tick boxes that have another at the same left edge (a column of
     * boxes before a list's lines; a lone box is an icon or a form's field, not a list).
     */
    public List<Dot> dots() {
        if (markers == null) {
            List<Dot> all = new ArrayList<>(dots);
            List<Dot> boxes = new ArrayList<>(tickBoxes);
            boxes.sort(Comparator.comparingDouble(Dot::minX));
            for (int i = 0; i < boxes.size(); i++) {
                boolean before = i > 0 && boxes.get(i).minX() - boxes.get(i - 1).minX() <= SAME_COLUMN;
                boolean after = i + 1 < boxes.size() && boxes.get(i + 1).minX() - boxes.get(i).minX() <= SAME_COLUMN;
                if (before || after) {
                    all.add(boxes.get(i));
                }
            }
            markers = List.copyOf(all);
        }
        return markers;
    }

    /** The thin horizontal lines of the current page (at most 2.5 points thick, at least 24 long). */
    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The thin horizontal lines of the current page, short ones too (at most 2.5 points thick, at least 1 long). */
    public List<Bar> bars() {
        return List.copyOf(bars);
    }

    /**
     * The thin upright lines of the current page; segments at one x that meet or nearly meet (a spreadsheet's printed
     * gridlines are drawn one cell edge at a time) are merged into one line.
     */
    public List<Upright> uprights() {
        List<Upright> sorted = new ArrayList<>(uprights);
        sorted.sort(Comparator.comparingDouble(Upright::x).thenComparingDouble(Upright::minY));
        List<Upright> merged = new ArrayList<>();
        for (Upright u : sorted) {
            Upright last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && Math.abs(last.x() - u.x()) <= COLLINEAR && u.minY() <= last.maxY() + JOIN_GAP) {
                merged.set(merged.size() - 1, new Upright(last.x(), last.minY(), Math.max(last.maxY(), u.maxY())));
            } else {
                merged.add(u);
            }
        }
        return merged;
    }

    /**
     * The upright lines and narrow upright bars of the current page (up to 6 points thick, at least 24 long), one
     * per path: a border down one side of a block, as a browser fills it.
     */
    public List<Upright> sideRules() {
        return List.copyOf(sideRules);
    }

    /** The filled areas of the current page larger than a mark each way. */
    public List<Panel> panels() {
        return List.copyOf(panels);
    }

    /**
     * The rectangles of the current page stroked and not filled, larger than a mark each way: the outline of a box
     * of text (a form's field, a framed panel), in PDF page space. A rectangle drawn as one closed path of level and
     * upright sides, its corners square or rounded by curves (TikZ's rounded corners), is one too; a circle, a wedge
     * or a grid of several subpaths is not.
     */
    public List<Panel> frames() {
        return List.copyOf(frames);
    }

    /**
     * The filled areas of the current page wider than a mark and no taller than one, thicker than a rule, in a colour
     * other than the paper's: a band of shading behind a line (a heading's band, a table header's cell), in PDF page
     * space.
     */
    public List<Panel> bands() {
        return List.copyOf(bands);
    }

    /** The small shapes of the current page (both sides between 1.5 and 36 points). */
    public List<Shape> shapes() {
        return List.copyOf(shapes);
    }

    private void extend(Operator op, List<COSBase> operands) {
        List<Float> numbers = new ArrayList<>();
        for (COSBase operand : operands) {
            if (operand instanceof COSNumber n) {
                numbers.add(n.floatValue());
            }
        }
        if ("re".equals(op.getName()) && numbers.size() == 4) {
            Point2D.Float a = add(numbers.get(0), numbers.get(1));
            Point2D.Float b = add(numbers.get(0) + numbers.get(2), numbers.get(1) + numbers.get(3));
            pathRectangles.add(new float[] {Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x),
                    Math.max(a.y, b.y)});
            spurred = false;
            rectangles++;
            return;
        }
        boolean curve = List.of("c", "v", "y").contains(op.getName());
        followOutline(op.getName(), numbers);
        if (curve && loop == null && current != null) {
            loopStart = current;
            loop = new float[] {current.x, current.y, current.x, current.y};
        } else if (!curve) {
            loop = null;
            moves += "m".equals(op.getName()) ? 1 : 0;
        }
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            current = add(numbers.get(i), numbers.get(i + 1));
            if (curve && loop != null) {
                loop = new float[] {Math.min(loop[0], current.x), Math.min(loop[1], current.y),
                        Math.max(loop[2], current.x), Math.max(loop[3], current.y)};
            }
        }
        if (curve && loop != null && current.distance(loopStart) < CLOSED) {
            closedLoop = loop.clone();
        }
    }

    /** Counts the subpaths that draw, and keeps each straight segment while every one is level or upright. */
    private void followOutline(String name, List<Float> numbers) {
        if ("m".equals(name)) {
            moved = true;
            subpathStart = numbers.size() == 2 ? engine.getGraphicsState().getCurrentTransformationMatrix()
                    .transformPoint(numbers.get(0), numbers.get(1)) : null;
            return;
        }
        if (moved || subpaths == 0) {
            subpaths++;
            moved = false;
        }
        if ("l".equals(name) && numbers.size() == 2) {
            straightTo(engine.getGraphicsState().getCurrentTransformationMatrix()
                    .transformPoint(numbers.get(0), numbers.get(1)));
        }
    }

    /** A straight segment from the current point, kept while every one is level or upright. */
    private void straightTo(Point2D.Float to) {
        if (current == null || straight == null) {
            return;
        }
        boolean level = Math.abs(to.y - current.y) < STRAIGHT;
        boolean upright = Math.abs(to.x - current.x) < STRAIGHT;
        straight = level || upright ? straight : null;
        if (straight != null) {
            straight.add(new float[] {current.x, current.y, to.x, to.y});
        }
    }

    /** The close of a subpath draws a straight side back to where it began (a rectangle's fourth side). */
    private void closeSubpath() {
        if (subpathStart != null && current != null && !moved) {
            straightTo(subpathStart);
            current = subpathStart;
        }
    }

    /**
     * One subpath whose level and upright segments run along all four sides of its bounds, over at least half of
     * each side: a rectangle's outline with square or rounded corners.
     */
    private boolean outlinedRectangle() {
        if (rectangles > 0 || subpaths != 1 || straight == null || straight.isEmpty()) {
            return false;
        }
        float[] cover = new float[4];
        for (float[] s : straight) {
            boolean level = Math.abs(s[1] - s[3]) < STRAIGHT;
            float length = level ? Math.abs(s[2] - s[0]) : Math.abs(s[3] - s[1]);
            float at = level ? s[1] : s[0];
            int side = level ? (Math.abs(at - minY) < STRAIGHT ? 0 : Math.abs(at - maxY) < STRAIGHT ? 1 : -1)
                    : (Math.abs(at - minX) < STRAIGHT ? 2 : Math.abs(at - maxX) < STRAIGHT ? 3 : -1);
            if (side >= 0) {
                cover[side] += length;
            }
        }
        float w = maxX - minX;
        float h = maxY - minY;
        return cover[0] >= SIDE_COVER * w && cover[1] >= SIDE_COVER * w
                && cover[2] >= SIDE_COVER * h && cover[3] >= SIDE_COVER * h;
    }

    /**
     * A filled path of one straight spur and a closed run of curves (cairo starts a circle's path with a line from
     * where the text ended) paints only the curves' area: the spur has no width.
     */
    private void keepClosedLoopOnly() {
        if (closedLoop != null && spurred && moves <= 1) {
            minX = closedLoop[0];
            minY = closedLoop[1];
            maxX = closedLoop[2];
            maxY = closedLoop[3];
        }
    }

    private void resetPath() {
        empty = true;
        loop = null;
        loopStart = null;
        closedLoop = null;
        current = null;
        moves = 0;
        spurred = true;
        rectangles = 0;
        subpaths = 0;
        moved = false;
        subpathStart = null;
        straight = new ArrayList<>();
        pathRectangles.clear();
    }

    private Point2D.Float add(float x, float y) {
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
        return p;
    }

    private void paint() {
        keepClosedLoopOnly();
        float w = maxX - minX;
        float h = maxY - minY;
        keepShape(w, h);
        keepRule(w, h);
        if (!empty && w > MAX_MARK && h > MAX_MARK) {
            panels.add(new Panel(minX, maxX, minY, maxY));
        }
        if (!empty && w > MAX_MARK && h > MAX_RULE_THICKNESS && h <= MAX_MARK && !paperWhite()) {
            bands.add(new Panel(minX, maxX, minY, maxY));
        }
        if (!empty && w >= MIN_SIZE && h >= MIN_SIZE && w <= MAX_SIZE && h <= MAX_SIZE && w < 1.6f * h && h < 1.6f * w) {
            dots.add(new Dot(minX, maxX, (minY + maxY) / 2));
            markers = null;
        }
        resetPath();
    }

    /** The fill colour is white or nearly (or gives no colour: a pattern, an unreadable colour space). */
    private boolean paperWhite() {
        PDColor colour = engine.getGraphicsState().getNonStrokingColor();
        try {
            int rgb = colour.isPattern() ? 0xffffff : colour.toRGB();
            return (rgb >> 16 & 0xff) >= WHITE && (rgb >> 8 & 0xff) >= WHITE && (rgb & 0xff) >= WHITE;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private void stroke() {
        keepOutlines();
        keepShape(maxX - minX, maxY - minY);
        keepRule(maxX - minX, maxY - minY);
        boolean outline = rectangles == 1 && moves == 0 || outlinedRectangle();
        if (!empty && outline && maxX - minX > MAX_MARK && maxY - minY > MAX_MARK) {
            frames.add(new Panel(minX, maxX, minY, maxY));
        }
        // a check mark stroked as one open run of slanting strokes marks a point as a tick box does
        boolean tick = checkMarks && rectangles == 0 && subpaths == 1 && straight == null && closedLoop == null;
        keepTickBox(outline || closedLoop != null && rectangles == 0 && moves <= 1 || tick);
        resetPath();
    }

    /**
     * A small, roughly square outline or ring stroked and not filled (a tick box), or a check mark stroked as one open
     * run of slanting strokes: a list marker when in a column.
     */
    private void keepTickBox(boolean closed) {
        float w = maxX - minX;
        float h = maxY - minY;
        if (!empty && closed && tickBoxes.size() < MAX_TICK_BOXES && w >= MIN_SIZE && h >= MIN_SIZE
                && w <= MAX_TICK_BOX && h <= MAX_TICK_BOX && w < 1.6f * h && h < 1.6f * w) {
            tickBoxes.add(new Dot(minX, maxX, (minY + maxY) / 2));
            markers = null;
        }
    }

    /** The stroked path's rectangles thicker than a rule: cells a table may be drawn of, one rectangle each. */
    private void keepOutlines() {
        for (float[] r : pathRectangles) {
            if (outlines.size() < MAX_OUTLINES && r[2] - r[0] >= MIN_SIZE && r[3] - r[1] > MAX_RULE_THICKNESS) {
                outlines.add(r);
            }
        }
    }

    /**
     * The rows' borders of a table drawn cell by cell, each cell its own stroked rectangle meeting the next edge to
     * edge, with no rule drawn across the row: the bottom edges of every rectangle that meets another (a row's top edge
     * is the bottom of the row above), joined where they run on from one another at one height. Boxes standing apart
     * give none.
     */
    public List<Rule> cellRules() {
        List<float[]> edges = new ArrayList<>();
        for (float[] a : outlines) {
            if (outlines.stream().anyMatch(b -> b != a && meet(a, b))) {
                edges.add(new float[] {a[1], a[0], a[2]}); // the bottom: a grid's top edge underlines no line above it
            }
        }
        edges.sort(Comparator.<float[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
        List<Rule> joined = new ArrayList<>();
        float[] run = null;
        for (float[] e : edges) {
            if (run != null && Math.abs(e[0] - run[0]) <= MEET && e[1] <= run[2] + MEET) {
                run[2] = Math.max(run[2], e[2]);
                continue;
            }
            if (run != null) {
                joined.add(new Rule(run[1], run[2], run[0]));
            }
            run = e.clone();
        }
        if (run != null) {
            joined.add(new Rule(run[1], run[2], run[0]));
        }
        return joined;
    }

    /** The two rectangles stand side by side sharing a side, or one on the other sharing an edge. */
    private static boolean meet(float[] a, float[] b) {
        boolean sideBySide = (Math.abs(a[2] - b[0]) <= MEET || Math.abs(a[0] - b[2]) <= MEET)
                && overlap(a[1], a[3], b[1], b[3]) >= SHARED_SIDE * Math.min(a[3] - a[1], b[3] - b[1]);
        boolean stacked = (Math.abs(a[1] - b[3]) <= MEET || Math.abs(a[3] - b[1]) <= MEET)
                && overlap(a[0], a[2], b[0], b[2]) >= SHARED_SIDE * Math.min(a[2] - a[0], b[2] - b[0]);
        return sideBySide || stacked;
    }

    private static float overlap(float lo, float hi, float otherLo, float otherHi) {
        return Math.min(hi, otherHi) - Math.max(lo, otherLo);
    }

    private void keepShape(float w, float h) {
        if (!empty && w >= MIN_SIZE && h >= MIN_SIZE && w <= MAX_MARK && h <= MAX_MARK) {
            shapes.add(new Shape(minX, maxX, minY, maxY));
        }
    }

    private void keepRule(float w, float h) {
        if (!empty && h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) {
            rules.add(new Rule(minX, maxX, (minY + maxY) / 2));
        }
        if (!empty && h <= MAX_RULE_THICKNESS && w >= MIN_BAR_LENGTH) {
            bars.add(new Bar(minX, maxX, (minY + maxY) / 2));
        }
        if (!empty && w <= MAX_RULE_THICKNESS && h >= MIN_UPRIGHT) {
            uprights.add(new Upright((minX + maxX) / 2, minY, maxY));
        }
        if (!empty && w <= MAX_SIDE_RULE && h >= MIN_RULE_LENGTH) {
            sideRules.add(new Upright((minX + maxX) / 2, minY, maxY));
        }
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
