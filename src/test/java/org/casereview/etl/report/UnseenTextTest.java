package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text the content stream draws that a viewer does not show as the page's text, on invented pages: a draft watermark
 * in an optional content group switched off when the document opens (marked content, and a form XObject with /OC); a
 * watermark set diagonally across the body; a name under a black box filled after it (a redaction laid over the text
 * layer), and under a light grey or white box filled after them (opaque: the box shows, not the words). Controls: the
 * same layer switched on, oblique (sheared) type and a line two degrees askew are read, and so is text on a light cell
 * shading painted before it, under a translucent highlight filled after it, white text on a black band painted
 * before it, on a wide stroked band, and on a white box painted in a transparency group drawn see-through.
 */
class UnseenTextTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 11;
    private static final float LEFT = 72;
    private static final String FIRST = "The family friend had visited the household for several years.";
    private static final String SECOND = "Nobody asked who else looked after the children.";

    @TempDir
    Path dir;

    @Test
    void aLayerSwitchedOffIsNotReadAndTheSameLayerSwitchedOnIs() throws Exception {
        assertThat(texts(layered(false))).containsExactly("Background", FIRST, SECOND);
        assertThat(texts(layered(true))).containsExactly("Background", "DRAFT NOT FOR PUBLICATION", FIRST,
                "Draft v0.7 comments to the business unit", SECOND);
    }

    @Test
    void aDiagonalWatermarkIsNotReadButObliqueAndSlightlyAskewLinesAre() throws Exception {
        Path pdf = page(out -> {
            heading(out, 760, "Background");
            line(out, 736, FIRST);
            watermark(out, "OFFICIAL", 45);
            // oblique type: the letters sheared, the baseline level
            out.beginText();
            out.setFont(REGULAR, SIZE);
            out.setTextMatrix(new Matrix(1, 0, 0.25f, 1, LEFT, 718));
            out.showText("Her school had noticed the change in her.");
            out.endText();
            // a scanned page's text layer two degrees askew
            out.beginText();
            out.setFont(REGULAR, SIZE);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(2), LEFT, 690));
            out.showText(SECOND);
            out.endText();
        });
        assertThat(texts(pdf)).containsExactly("Background", FIRST, "Her school had noticed the change in her.",
                SECOND);
    }

    @Test
    void wordsUnderABlackBoxFilledAfterThemAreNotRead() throws Exception {
        Path pdf = page(out -> {
            heading(out, 760, "Background");
            line(out, 736, "The family friend, Mr Corbell, had visited the household.");
            line(out, 718, SECOND);
            box(out, 736, "The family friend, ", "Mr Corbell", Color.BLACK, 1f);
        });
        assertThat(texts(pdf)).containsExactly("Background", "The family friend, , had visited the household.",
                SECOND);
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::text).noneMatch(t -> t.contains("Corbell"));
    }

    @Test
    void wordsUnderAnOpaqueLightBoxFilledAfterThemAreNotRead() throws Exception {
        // rendered (pdftoppm -r 150): the light grey box shows, 'Mr Corbell' under it does not; a white-out the same
        Path pdf = page(out -> {
            heading(out, 760, "Background");
            line(out, 736, "The family friend, Mr Corbell, had visited the household.");
            line(out, 718, "Nobody asked who else looked after the children.");
            box(out, 736, "The family friend, ", "Mr Corbell", new Color(230, 230, 230), 1f);
            box(out, 718, "Nobody asked who else ", "looked after", Color.WHITE, 1f);
        });
        assertThat(texts(pdf)).containsExactly("Background", "The family friend, , had visited the household.",
                "Nobody asked who else the children.");
    }

    @Test
    void lightShadingUnderTheTextATranslucentHighlightAndABandUnderWhiteTextHideNothing() throws Exception {
        Path pdf = page(out -> {
            out.setNonStrokingColor(Color.BLACK);
            out.addRect(LEFT - 4, 693, 300, 16);
            out.fill();
            out.beginText();
            out.setNonStrokingColor(Color.WHITE);
            out.setFont(REGULAR, SIZE);
            out.newLineAtOffset(LEFT, 697);
            out.showText("Key facts");
            out.endText();
            heading(out, 760, "Background");
            box(out, 736, "The family friend, ", "Mr Corbell", new Color(230, 230, 230), 1f);
            line(out, 736, "The family friend, Mr Corbell, had visited the household.");
            line(out, 718, SECOND);
            box(out, 718, "", "Nobody asked", Color.BLACK, 0.35f);
        });
        assertThat(texts(pdf)).containsExactly("Background",
                "The family friend, Mr Corbell, had visited the household.", SECOND, "Key facts");
    }

    @Test
    void aDarkPanelWithWordsOfItsOwnLaidOverTheTextIsNoRedaction() throws Exception {
        // a fixed cookie banner as a browser print lays it over the foot of every page: a dark band, then its own
        // white words; the heading under it is the page's text, not a redacted one
        Path pdf = page(out -> {
            heading(out, 760, "Background");
            line(out, 736, FIRST);
            heading(out, 90, "What we learned");
            out.setNonStrokingColor(new Color(30, 30, 30));
            out.addRect(0, 60, 595, 60);
            out.fill();
            out.beginText();
            out.setNonStrokingColor(Color.WHITE);
            out.setFont(REGULAR, 9);
            out.newLineAtOffset(LEFT, 100);
            out.showText("We use some essential cookies to make this website work.");
            out.endText();
        });
        assertThat(texts(pdf)).contains("What we learned");
    }

    @Test
    void aDarkFillClippedToABannerBelowTheTextHidesNothingAboveIt() throws Exception {
        Path pdf = page(out -> {
            heading(out, 760, "Background");
            line(out, 736, FIRST);
            // a banner as WeasyPrint paints it: the whole page filled, clipped to the banner's rectangle
            out.saveGraphicsState();
            out.addRect(0, 680, 595, 24);
            out.clip();
            out.setNonStrokingColor(new Color(20, 30, 70));
            out.addRect(0, 0, 595, 842);
            out.fill();
            out.restoreGraphicsState();
            out.beginText();
            out.setNonStrokingColor(Color.WHITE);
            out.setFont(BOLD, 14);
            out.newLineAtOffset(LEFT, 686);
            out.showText("What happened");
            out.endText();
            line(out, 660, SECOND);
        });
        assertThat(texts(pdf)).containsExactly("Background", FIRST, "What happened", SECOND);
    }

    @Test
    void whiteWordsOnAWideStrokedBandAndOnAWhiteBoxSeenThroughAreRead() throws Exception {
        // a band drawn as a 20 pt wide stroked line, white words on it; a white box painted inside a transparency
        // group drawn at 40% over a black band (the page shows grey there), white words on it
        Path pdf = dir.resolve("strokes.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject wash = new PDFormXObject(new PDStream(doc));
            wash.setBBox(PDRectangle.A4);
            wash.setResources(new PDResources());
            COSDictionary group = new COSDictionary();
            group.setItem(COSName.S, COSName.TRANSPARENCY);
            wash.getCOSObject().setItem(COSName.GROUP, group);
            try (PDFormContentStream form = new PDFormContentStream(wash)) {
                form.setNonStrokingColor(Color.WHITE);
                form.addRect(LEFT - 4, 689, 300, 20);
                form.fill();
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                heading(out, 760, "Background");
                out.setStrokingColor(new Color(0, 90, 100));
                out.setLineWidth(20);
                out.moveTo(LEFT - 4, 740);
                out.lineTo(LEFT + 296, 740);
                out.stroke();
                white(out, 736, "Key facts");
                line(out, 716, SECOND);
                out.setNonStrokingColor(Color.BLACK);
                out.addRect(LEFT - 4, 689, 300, 20);
                out.fill();
                out.saveGraphicsState();
                PDExtendedGraphicsState seeThrough = new PDExtendedGraphicsState();
                seeThrough.setNonStrokingAlphaConstant(0.4f);
                out.setGraphicsStateParameters(seeThrough);
                out.drawForm(wash);
                out.restoreGraphicsState();
                white(out, 695, "What happened");
            }
            doc.save(pdf.toFile());
        }
        assertThat(texts(pdf)).containsExactly("Background", "Key facts", SECOND, "What happened");
    }

    private static void white(PDPageContentStream out, float y, String text) throws IOException {
        out.beginText();
        out.setNonStrokingColor(Color.WHITE);
        out.setFont(REGULAR, SIZE);
        out.newLineAtOffset(LEFT, y);
        out.showText(text);
        out.endText();
    }

    private interface Drawing {
        void draw(PDPageContentStream out) throws IOException;
    }

    private Path page(Drawing drawing) throws IOException {
        Path pdf = dir.resolve("page-" + System.nanoTime() + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                drawing.draw(out);
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** A page whose draft watermark and footer note are in one layer (marked content and a form), on or off. */
    private Path layered(boolean on) throws IOException {
        Path pdf = dir.resolve("layer-" + on + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDOptionalContentProperties properties = new PDOptionalContentProperties();
            PDOptionalContentGroup draft = new PDOptionalContentGroup("Draft watermark");
            properties.addGroup(draft);
            properties.setGroupEnabled(draft, on);
            doc.getDocumentCatalog().setOCProperties(properties);
            PDFormXObject note = new PDFormXObject(new PDStream(doc));
            note.setBBox(PDRectangle.A4);
            note.setResources(new PDResources());
            note.setOptionalContent(draft);
            try (PDFormContentStream form = new PDFormContentStream(note)) {
                form.beginText();
                form.setFont(REGULAR, SIZE);
                form.newLineAtOffset(LEFT, 727);
                form.showText("Draft v0.7 comments to the business unit");
                form.endText();
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                heading(out, 760, "Background");
                out.beginMarkedContent(COSName.getPDFName("OC"), draft);
                out.beginText();
                out.setFont(BOLD, SIZE);
                out.newLineAtOffset(LEFT, 748);
                out.showText("DRAFT NOT FOR PUBLICATION");
                out.endText();
                out.endMarkedContent();
                line(out, 736, FIRST);
                out.drawForm(note);
                line(out, 718, SECOND);
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void heading(PDPageContentStream out, float y, String text) throws IOException {
        out.beginText();
        out.setNonStrokingColor(Color.BLACK);
        out.setFont(BOLD, 14);
        out.newLineAtOffset(LEFT, y);
        out.showText(text);
        out.endText();
    }

    private static void line(PDPageContentStream out, float y, String text) throws IOException {
        out.beginText();
        out.setNonStrokingColor(Color.BLACK);
        out.setFont(REGULAR, SIZE);
        out.newLineAtOffset(LEFT, y);
        out.showText(text);
        out.endText();
    }

    /** Large grey letters one by one along a line turned {@code degrees} across the body. */
    private static void watermark(PDPageContentStream out, String text, double degrees) throws IOException {
        double angle = Math.toRadians(degrees);
        float x = 150;
        float y = 640;
        out.setNonStrokingColor(new Color(230, 230, 230));
        for (char c : text.toCharArray()) {
            out.beginText();
            out.setFont(REGULAR, 80);
            out.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
            out.showText(String.valueOf(c));
            out.endText();
            float advance = REGULAR.getStringWidth(String.valueOf(c)) / 1000 * 80;
            x += (float) (advance * Math.cos(angle));
            y += (float) (advance * Math.sin(angle));
        }
    }

    /** A filled box over the words of a line (after the text before them), in the colour and opacity given. */
    private static void box(PDPageContentStream out, float baseline, String before, String words, Color colour,
                            float opacity) throws IOException {
        float x = LEFT + REGULAR.getStringWidth(before) / 1000 * SIZE;
        float width = REGULAR.getStringWidth(words) / 1000 * SIZE;
        out.saveGraphicsState();
        if (opacity < 1) {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            state.setNonStrokingAlphaConstant(opacity);
            out.setGraphicsStateParameters(state);
        }
        out.setNonStrokingColor(colour);
        out.addRect(x - 1, baseline - 3, width + 2, SIZE + 3);
        out.fill();
        out.restoreGraphicsState();
    }

    private static List<String> texts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PositionedTextStripper().read(document).get(0).lines().stream().map(TextLine::text).toList();
        }
    }
}
