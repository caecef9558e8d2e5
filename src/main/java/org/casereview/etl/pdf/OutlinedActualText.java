package org.casereview.etl.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.guard.DocumentGuard;

/**
 * Words drawn as vector outlines (glyph shapes as paths, no font) inside a marked-content sequence whose property list
 * carries /ActualText (design tools outlining their display type, Canva among them): the /ActualText is the one place
 * the words exist, given by the producer for assistive technology, and PDF 32000 14.9.4 says it replaces what the
 * sequence paints. A text reader sees only glyphs, so such a title or label is lost. This writes, in the loaded document
 * only, after each such sequence that shows no glyph, its words as a line of text at the box its paths paint (a row of
 * the box each, when the outlines stand in rows), so every reader of the page reads them where they are drawn. Where
 * the sequence shows glyphs, PDFBox's text stripper already gives its /ActualText in their place, so it is left alone.
 * Images with /ActualText are left alone too: their words describe a picture, they are no line of the page. A sequence
 * inside a form XObject (a placed artwork, a tool's group) is written into the form's own content, in its space, so it
 * is read wherever the form is placed; forms inside forms too, a few levels deep, each form once.
 */
public final class OutlinedActualText {

    /** Helvetica's ascender (cap and 'd' height), x-height and descender, as shares of the font size. */
    private static final float ASCENT = 0.718f;
    private static final float X_HEIGHT = 0.523f;
    private static final float DESCENT = 0.207f;
    /** Two outlines stand in one row when their heights overlap by this share of the smaller one. */
    private static final float SAME_ROW = 0.5f;
    private static final Set<String> PAINTS = Set.of("f", "F", "f*", "B", "B*", "b", "b*", "S", "s");
    private static final Set<String> SHOWS_GLYPHS = Set.of("Tj", "TJ", "'", "\"");
    /** Forms placed in forms are read this many levels deep. */
    private static final int MAX_FORM_DEPTH = 4;

    private OutlinedActualText() {
    }

    /** Whether a marked-content sequence's property list gives its words as /ActualText. */
    public static boolean carries(COSDictionary properties) {
        return properties != null && properties.containsKey(COSName.ACTUAL_TEXT);
    }

    /**
     * Writes the words of each glyphless /ActualText sequence of the given pages (1-based) as text where it is drawn.
     *
     * @return whether a page was changed
     */
    public static boolean writeIn(PDDocument document, Collection<Integer> pageNumbers) {
        if (pageNumbers.isEmpty() || document.getDocumentCatalog().getStructureTreeRoot() != null) {
            return false; // a tagged file's /ActualText is read through its structure
        }
        boolean changed = false;
        Set<COSStream> forms = new HashSet<>(); // a form placed on several pages is written into once
        for (int number : pageNumbers) {
            if (number < 1 || number > document.getNumberOfPages()) {
                continue;
            }
            PDPage page = document.getPage(number - 1);
            try {
                changed |= writeIn(document, page, forms);
            } catch (IOException | RuntimeException e) {
                DocumentGuard.rethrowIfStopped(e);
                // a page that cannot be parsed is read as it is
            }
        }
        return changed;
    }

    private static boolean writeIn(PDDocument document, PDPage page, Set<COSStream> seen) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        boolean forms = writeInForms(resources, seen, 1);
        Reader reader = new Reader(resources);
        List<Object> tokens = reader.read(new PDFStreamParser(page).parse());
        if (!reader.wrote) {
            return forms;
        }
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(tokens);
        }
        page.setContents(stream);
        return true;
    }

    /**
     * The same in each form XObject the resources name and in the forms those name, {@value #MAX_FORM_DEPTH} deep, each
     * form once (a form that names itself, or one named twice or on several pages, is read once): a sequence inside a form is drawn where the
     * form is placed, and its words written into the form's own content stand in its space, wherever it is placed.
     */
    private static boolean writeInForms(PDResources resources, Set<COSStream> seen, int depth) throws IOException {
        if (depth > MAX_FORM_DEPTH) {
            return false;
        }
        boolean changed = false;
        for (COSName name : resources.getXObjectNames()) {
            if (!(resources.getXObject(name) instanceof PDFormXObject form) || !seen.add(form.getCOSObject())) {
                continue;
            }
            PDResources own = form.getResources() == null ? resources : form.getResources();
            changed |= writeInForms(own, seen, depth + 1);
            Reader reader = new Reader(own);
            List<Object> tokens = reader.read(new PDFStreamParser(form).parse());
            if (reader.wrote) {
                try (OutputStream out = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(tokens);
                }
                changed = true;
            }
        }
        return changed;
    }

    /** An open marked-content sequence: its /ActualText (null for any other), whether it showed glyphs, its outlines. */
    private static final class Sequence {
        final String actualText;
        boolean glyphs;
        final List<Rectangle2D> outlines = new ArrayList<>();

        Sequence(String actualText) {
            this.actualText = actualText;
        }
    }

    /** Follows the page's content, its matrix, paths and marked content, and writes the lines into its tokens. */
    private static final class Reader {
        private final PDResources resources;
        /** A font of its own for each page written: a font caches its widths unsynchronised. */
        private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private COSName fontName;
        private boolean wrote;
        private Matrix ctm = new Matrix();
        private final Deque<Matrix> saved = new ArrayDeque<>();
        private final Deque<Sequence> open = new ArrayDeque<>();
        private final List<Rectangle2D> path = new ArrayList<>();
        private Rectangle2D subpath;
        private final List<COSBase> operands = new ArrayList<>();

        Reader(PDResources resources) {
            this.resources = resources;
        }

        List<Object> read(List<Object> tokens) throws IOException {
            List<Object> out = new ArrayList<>(tokens.size());
            for (Object token : tokens) {
                out.add(token);
                if (token instanceof COSBase operand) {
                    operands.add(operand);
                } else if (token instanceof Operator operator) {
                    operator(operator.getName(), out);
                    operands.clear();
                }
            }
            return out;
        }

        private void operator(String name, List<Object> out) throws IOException {
            switch (name) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> ctm = saved.isEmpty() ? ctm : saved.pop();
                case "cm" -> concatenate();
                case "m" -> point(0, true);
                case "l" -> point(0, false);
                case "c" -> points(3);
                case "v", "y" -> points(2);
                case "re" -> rectangle();
                case "n" -> endPath();
                case "BDC", "BMC" -> open.push(new Sequence("BDC".equals(name) ? actualText() : null));
                case "EMC" -> endSequence(out);
                default -> paintOrShow(name);
            }
        }

        private void paintOrShow(String name) {
            if (PAINTS.contains(name)) {
                closeSubpath();
                open.stream().filter(s -> s.actualText != null).forEach(s -> s.outlines.addAll(path));
                endPath();
            } else if (SHOWS_GLYPHS.contains(name) || "Do".equals(name) && !isImage()) {
                open.forEach(s -> s.glyphs = true); // a form may show glyphs: its words are read from them
            }
        }

        private boolean isImage() {
            try {
                return !operands.isEmpty() && operands.get(0) instanceof COSName xobject
                        && resources.isImageXObject(xobject);
            } catch (RuntimeException e) {
                return false;
            }
        }

        private String actualText() {
            if (operands.size() < 2) {
                return null;
            }
            COSBase properties = operands.get(1);
            if (properties instanceof COSName named) {
                PDPropertyList list = resources.getProperties(named);
                properties = list == null ? null : list.getCOSObject();
            }
            if (properties instanceof COSDictionary dictionary && carries(dictionary)) {
                String text = dictionary.getString(COSName.ACTUAL_TEXT);
                return text == null || text.isBlank() ? null : text.strip();
            }
            return null;
        }

        private void concatenate() {
            float[] m = numbers(6);
            if (m != null) {
                ctm = new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]).multiply(ctm);
            }
        }

        private void point(int at, boolean starts) {
            float[] xy = numbers(operands.size());
            if (xy == null || xy.length < at + 2) {
                return;
            }
            if (starts) {
                closeSubpath();
            }
            Point2D.Float p = ctm.transformPoint(xy[at], xy[at + 1]);
            if (subpath == null) {
                subpath = new Rectangle2D.Float(p.x, p.y, 0, 0);
            } else {
                subpath.add(p);
            }
        }

        private void points(int count) {
            for (int i = 0; i < count && 2 * i + 1 < operands.size(); i++) {
                point(2 * i, false);
                operands.subList(0, 2).clear();
            }
        }

        private void rectangle() {
            float[] r = numbers(4);
            if (r == null) {
                return;
            }
            closeSubpath();
            for (float[] corner : new float[][] {{r[0], r[1]}, {r[0] + r[2], r[1] + r[3]}, {r[0], r[1] + r[3]},
                    {r[0] + r[2], r[1]}}) {
                operands.clear();
                operands.add(new COSFloat(corner[0]));
                operands.add(new COSFloat(corner[1]));
                point(0, false);
            }
            closeSubpath();
        }

        private void closeSubpath() {
            if (subpath != null) {
                path.add(subpath);
                subpath = null;
            }
        }

        private void endPath() {
            path.clear();
            subpath = null;
        }

        private float[] numbers(int count) {
            if (operands.size() < count) {
                return null;
            }
            float[] values = new float[count];
            for (int i = 0; i < count; i++) {
                if (!(operands.get(i) instanceof COSNumber number)) {
                    return null;
                }
                values[i] = number.floatValue();
            }
            return values;
        }

        private void endSequence(List<Object> out) throws IOException {
            if (open.isEmpty()) {
                return;
            }
            Sequence sequence = open.pop();
            boolean outermost = open.stream().noneMatch(s -> s.actualText != null);
            if (sequence.actualText == null || sequence.glyphs || sequence.outlines.isEmpty() || !outermost) {
                return;
            }
            List<Row> rows = Row.of(sequence.outlines, sequence.actualText, font);
            if (!rows.isEmpty()) {
                out.addAll(lines(rows));
                wrote = true;
            }
        }

        /** The rows' words in the page's own space, black, upright, each stretched to its row's width. */
        private List<Object> lines(List<Row> rows) throws IOException {
            List<Object> tokens = new ArrayList<>();
            tokens.add(Operator.getOperator("q"));
            AffineTransform back;
            try {
                back = ctm.createAffineTransform().createInverse();
            } catch (NoninvertibleTransformException e) {
                return List.of();
            }
            double[] m = new double[6];
            back.getMatrix(m);
            add(tokens, "cm", m[0], m[1], m[2], m[3], m[4], m[5]);
            tokens.add(Operator.getOperator("BT"));
            add(tokens, "g", 0);
            add(tokens, "Tr", 0);
            add(tokens, "Tc", 0);
            add(tokens, "Tw", 0);
            add(tokens, "Ts", 0);
            for (Row row : rows) {
                row.write(tokens, fontName(), font);
            }
            tokens.add(Operator.getOperator("ET"));
            tokens.add(Operator.getOperator("Q"));
            return tokens;
        }

        private COSName fontName() {
            if (fontName == null) {
                fontName = resources.add(font);
            }
            return fontName;
        }
    }

    /** A row of outlines and the words drawn in it. */
    private record Row(Rectangle2D box, String words) {

        /** The outlines in rows, top to bottom, the words shared out by the rows' widths; none when nothing fits. */
        static List<Row> of(List<Rectangle2D> outlines, String text, PDType1Font font) throws IOException {
            List<Rectangle2D> rows = new ArrayList<>();
            outlines.stream().filter(r -> r.getHeight() > 0 || r.getWidth() > 0)
                    .sorted((a, b) -> Double.compare(b.getMaxY(), a.getMaxY())).forEach(outline -> {
                        Rectangle2D row = rows.stream().filter(r -> sameRow(r, outline)).findFirst().orElse(null);
                        if (row == null) {
                            rows.add((Rectangle2D) outline.clone());
                        } else {
                            row.add(outline);
                        }
                    });
            List<String> parts = share(text.split("\\s+"), rows, font);
            List<Row> result = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!parts.get(i).isEmpty() && rows.get(i).getHeight() > 0 && rows.get(i).getWidth() > 0) {
                    result.add(new Row(rows.get(i), parts.get(i)));
                }
            }
            return result;
        }

        private static boolean sameRow(Rectangle2D row, Rectangle2D outline) {
            double level = Math.min(row.getMaxY(), outline.getMaxY()) - Math.max(row.getMinY(), outline.getMinY());
            return level >= SAME_ROW * Math.min(row.getHeight(), outline.getHeight());
        }

        /** The words, in order, each row given words up to its share of the rows' width. */
        private static List<String> share(String[] words, List<Rectangle2D> rows, PDType1Font font)
                throws IOException {
            double total = rows.stream().mapToDouble(Rectangle2D::getWidth).sum();
            double textWidth = 0;
            double[] widths = new double[words.length];
            for (int i = 0; i < words.length; i++) {
                widths[i] = width(encode(words[i] + " ", font), font);
                textWidth += widths[i];
            }
            List<String> parts = new ArrayList<>();
            int word = 0;
            double reached = 0;
            double done = 0;
            for (int row = 0; row < rows.size(); row++) {
                reached += rows.get(row).getWidth();
                StringBuilder part = new StringBuilder();
                boolean last = row == rows.size() - 1;
                while (word < words.length && (last || (done + widths[word] / 2) / textWidth <= reached / total)) {
                    part.append(part.isEmpty() ? "" : " ").append(words[word]);
                    done += widths[word++];
                }
                parts.add(part.toString());
            }
            return parts;
        }

        /** The words at the row's box: sized by its height, stretched to its width, on the baseline its letters show. */
        void write(List<Object> tokens, COSName fontName, PDType1Font font) throws IOException {
            byte[] encoded = encode(words, font);
            boolean tall = words.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)
                    || "bdfhiklt'\"()/[]{}|!?".indexOf(c) >= 0);
            boolean descends = words.codePoints().anyMatch(c -> "gjpqy,;()[]{}|".indexOf(c) >= 0);
            float extent = (tall ? ASCENT : X_HEIGHT) + (descends ? DESCENT : 0);
            float size = (float) (box.getHeight() / extent);
            double natural = width(encoded, font) / 1000 * size;
            float scale = natural <= 0 ? 100 : (float) Math.max(10, Math.min(1000, 100 * box.getWidth() / natural));
            float baseline = (float) box.getMinY() + (descends ? DESCENT * size : 0);
            add(tokens, "Tf", fontName, size);
            add(tokens, "Tz", scale);
            add(tokens, "Tm", 1, 0, 0, 1, box.getMinX(), baseline);
            tokens.add(new COSString(encoded));
            tokens.add(Operator.getOperator("Tj"));
        }

        /** The codes' width in the font's glyph space (a thousandth of the font size). */
        private static double width(byte[] codes, PDType1Font font) throws IOException {
            double width = 0;
            for (byte code : codes) {
                width += font.getWidth(code & 0xff);
            }
            return width;
        }

        /** The words as the font's codes; a character it cannot show is left out. */
        private static byte[] encode(String words, PDType1Font font) {
            ByteArrayOutputStream codes = new ByteArrayOutputStream();
            words.codePoints().forEach(c -> {
                try {
                    codes.writeBytes(font.encode(new String(Character.toChars(c))));
                } catch (IOException | IllegalArgumentException e) {
                    // not in the font's encoding
                }
            });
            return codes.toByteArray();
        }
    }

    private static void add(List<Object> tokens, String operator, Object... operands) {
        for (Object operand : operands) {
            if (operand instanceof COSBase base) {
                tokens.add(base);
            } else if (operand instanceof Integer i) {
                tokens.add(COSInteger.get(i));
            } else {
                tokens.add(new COSFloat(((Number) operand).floatValue()));
            }
        }
        tokens.add(Operator.getOperator(operator));
    }
}
