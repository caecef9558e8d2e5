package org.casereview.etl.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.casereview.etl.guard.DocumentGuard;

/**
 * Two columns of text parted by a vertical rule drawn down the page (two entries side by side, a 2x1 grid), whose
 * lines the content stream writes row by row across both: a program filling a grid row by row draws the left
 * column's line, then the right column's line at the same height. A text layer in stream order joins each pair into
 * one line. The page says where its columns are: a rule at least a third of the page high that no glyph crosses, full
 * lines of text on both sides of it, no horizontal rule meeting it (a ruled table's column rule meets its row rules,
 * and a table is read row by row). Such a page is drawn, in the loaded document only, three times, each time clipped
 * to one region: everything above the rule's text and the left column, then the right column, then everything under
 * the columns; the glyphs outside each clip are no text of that drawing ({@link UnseenGlyphs}), so the page is read
 * left column whole, then right column. A page whose stream already reads one column after the other is left alone,
 * and so is one where any glyph would be cut by a region's edge (it would be read twice or not at all).
 */
public final class RuledColumns {

    /** A rule is at least this share of the page's height. */
    private static final float MIN_RULE_SHARE = 0.33f;
    /** A rule (a stroked segment or a filled bar) is at most this wide, in points. */
    private static final float MAX_RULE_WIDTH = 2.5f;
    /** Lines of text on each side of the rule, at least. */
    private static final int MIN_LINES = 5;
    /** The narrower side's text is at least this share of the wider side's width: columns, not labels. */
    private static final float BALANCE = 0.5f;
    /** The stream crosses the rule at least this often: row by row, not column after column. */
    private static final int MIN_CROSSINGS = 4;
    /** A glyph's body from this share of its size under its baseline to this share over it. */
    private static final float UNDER = 0.25f;
    private static final float OVER = 0.95f;
    /** Far enough beyond any page to stand for 'no edge'. */
    private static final float FAR = 100_000f;

    private RuledColumns() {
    }

    /** A glyph's box in page space. */
    record Glyph(float left, float bottom, float right, float top, float baseline) {
    }

    /** A vertical rule's x and its extent; or a horizontal segment's extent at y (left..right). */
    record Segment(float x1, float y1, float x2, float y2) {
        boolean vertical() {
            return Math.abs(x2 - x1) <= MAX_RULE_WIDTH && Math.abs(y2 - y1) > MAX_RULE_WIDTH;
        }

        boolean horizontal() {
            return Math.abs(y2 - y1) <= MAX_RULE_WIDTH && Math.abs(x2 - x1) > MAX_RULE_WIDTH;
        }

        float low() {
            return Math.min(y1, y2);
        }

        float high() {
            return Math.max(y1, y2);
        }
    }

    /** Rewrites, in the loaded document only, every page of ruled columns written row by row. */
    public static void readInPlace(PDDocument document) {
        if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
            return; // a tagged page has its own reading order
        }
        for (PDPage page : document.getPages()) {
            try {
                Collector seen = new Collector(page);
                seen.processPage(page);
                Parting parting = parting(seen.glyphs, seen.segments, page.getMediaBox());
                if (parting != null) {
                    redraw(document, page, parting);
                }
            } catch (IOException | RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e);
                // a page that cannot be read is read as it is
            }
        }
    }

    /** Where the page parts: the rule's x, the columns' bottom and top (every glyph between them beside the rule). */
    record Parting(float x, float bottom, float top) {
    }

    /** The page's parting, or null when it has no ruled columns written row by row. */
    static Parting parting(List<Glyph> glyphs, List<Segment> segments, PDRectangle page) {
        Segment rule = segments.stream().filter(Segment::vertical)
                .filter(s -> s.high() - s.low() >= MIN_RULE_SHARE * page.getHeight())
                .max((a, b) -> Float.compare(a.high() - a.low(), b.high() - b.low())).orElse(null);
        if (rule == null || meetsARow(rule, segments)) {
            return null;
        }
        float x = (rule.x1() + rule.x2()) / 2;
        List<Glyph> beside = glyphs.stream().filter(g -> g.baseline() >= rule.low() && g.baseline() <= rule.high()).toList();
        if (beside.stream().anyMatch(g -> g.left() < x && g.right() > x) || !columns(beside, x)) {
            return null;
        }
        float bottom = (float) beside.stream().mapToDouble(Glyph::bottom).min().orElse(rule.low());
        float top = (float) beside.stream().mapToDouble(Glyph::top).max().orElse(rule.high());
        Parting parting = new Parting(x, Math.min(bottom, rule.low()) - 0.5f, Math.max(top, rule.high()) + 0.5f);
        return glyphs.stream().allMatch(g -> inOneRegion(g, parting)) ? parting : null;
    }

    /** A horizontal segment reaching the rule within its extent: a table's grid. */
    private static boolean meetsARow(Segment rule, List<Segment> segments) {
        float x = (rule.x1() + rule.x2()) / 2;
        return segments.stream().filter(Segment::horizontal).anyMatch(s -> s.low() >= rule.low() - MAX_RULE_WIDTH
                && s.low() <= rule.high() + MAX_RULE_WIDTH
                && Math.min(s.x1(), s.x2()) <= x + MAX_RULE_WIDTH && Math.max(s.x1(), s.x2()) >= x - MAX_RULE_WIDTH);
    }

    /** Full lines on both sides, about as wide, and a stream crossing from one side to the other line after line. */
    private static boolean columns(List<Glyph> beside, float x) {
        List<Glyph> left = beside.stream().filter(g -> g.right() <= x).toList();
        List<Glyph> right = beside.stream().filter(g -> g.left() >= x).toList();
        if (lines(left) < MIN_LINES || lines(right) < MIN_LINES) {
            return false;
        }
        float leftWidth = width(left);
        float rightWidth = width(right);
        if (Math.min(leftWidth, rightWidth) < BALANCE * Math.max(leftWidth, rightWidth)) {
            return false;
        }
        int crossings = 0;
        for (int i = 1; i < beside.size(); i++) {
            if (beside.get(i).left() >= x != beside.get(i - 1).left() >= x) {
                crossings++;
            }
        }
        return crossings >= MIN_CROSSINGS;
    }

    private static long lines(List<Glyph> glyphs) {
        return glyphs.stream().map(g -> Math.round(g.baseline())).distinct().count();
    }

    private static float width(List<Glyph> glyphs) {
        double min = glyphs.stream().mapToDouble(Glyph::left).min().orElse(0);
        double max = glyphs.stream().mapToDouble(Glyph::right).max().orElse(0);
        return (float) (max - min);
    }

    /** The glyph lies whole above the columns, whole under them, or whole on one side of the rule between them. */
    private static boolean inOneRegion(Glyph g, Parting p) {
        boolean between = g.top() > p.bottom() && g.bottom() < p.top();
        if (!between) {
            return true;
        }
        return g.bottom() >= p.bottom() && g.top() <= p.top() && (g.right() <= p.x() || g.left() >= p.x());
    }

    /** The page's content three times, clipped: above and left, right, under. */
    private static void redraw(PDDocument document, PDPage page, Parting p) throws IOException {
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        String[] clips = {
            rect(-FAR, p.top(), 2 * FAR, FAR) + rect(-FAR, p.bottom(), p.x() + FAR, p.top() - p.bottom()),
            rect(p.x(), p.bottom(), FAR, p.top() - p.bottom()),
            rect(-FAR, -FAR, 2 * FAR, p.bottom() + FAR)};
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            for (String clip : clips) {
                out.write(("q " + clip + "W n\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(content);
                out.write("\nQ\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        page.setContents(stream);
    }

    private static String rect(float x, float y, float w, float h) {
        return String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re ", x, y, w, h);
    }

    /** The page's glyphs in stream order and its straight segments (stroked, or thin filled bars). */
    private static final class Collector extends PDFGraphicsStreamEngine {
        private final List<Glyph> glyphs = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private final List<Segment> path = new ArrayList<>();
        private final Point2D.Float current = new Point2D.Float();

        Collector(PDPage page) {
            super(page);
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            super.showGlyph(trm, font, code, displacement);
            if (trm.getShearX() != 0 || trm.getShearY() != 0) {
                return; // turned text is no line of a column
            }
            float size = trm.getScalingFactorY();
            float x = trm.getTranslateX();
            float y = trm.getTranslateY();
            float w = displacement.getX() * trm.getScalingFactorX();
            glyphs.add(new Glyph(x, y - UNDER * size, x + w, y + OVER * size, y));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x1 = (float) Math.min(p0.getX(), p2.getX());
            float x2 = (float) Math.max(p0.getX(), p2.getX());
            float y1 = (float) Math.min(p0.getY(), p2.getY());
            float y2 = (float) Math.max(p0.getY(), p2.getY());
            Segment bar = x2 - x1 <= MAX_RULE_WIDTH ? new Segment((x1 + x2) / 2, y1, (x1 + x2) / 2, y2)
                    : y2 - y1 <= MAX_RULE_WIDTH ? new Segment(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2) : null;
            if (bar != null) {
                path.add(bar);
            }
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new Segment(current.x, current.y, x, y));
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
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        private void paint() {
            segments.addAll(path);
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void clip(int windingRule) {
            // a clip draws no rule
        }

        @Override
        public void closePath() {
            // the segments drawn are what counts
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // a picture is no rule
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // a shading is no rule
        }
    }
}
