package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned report fed a degree askew: each page a grey image with the OCR engine's text over it, invisible (render
 * mode 3), every line drawn on the scan's slope ({@code Tm} turned -1 degree, as ocrmypdf writes it). Over a 440 pt
 * line the baseline falls 7.7 pt, more than half the 11 pt type: each printed line must still be one line.
 */
class SkewedOcrLayerTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final double SKEW = Math.toRadians(-1);

    @Test
    void theLinesOfAScanFedAskewAreWhole() throws Exception {
        try (PDDocument document = Loader.loadPDF(report(RenderingMode.NEITHER))) {
            List<PageText> pages = new PositionedTextStripper().read(document);
            assertThat(pages.get(0).ocrLayer()).isTrue();
            assertThat(pages.get(0).lines()).extracting(TextLine::text).contains(
                    "1. Chronic neglect is seen in the accumulation of events, and each new concern",
                    "2. What parents say about their children's care should be checked with other");
        }
    }

    @Test
    void itsListEntriesAreItemsWithTheirWordsInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("skewed-scan.pdf");
        Files.write(file, report(RenderingMode.NEITHER));

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.LEARNING)
                .extracting(ReportItem::text).containsExactly(
                        "Chronic neglect is seen in the accumulation of events, and each new concern needs to be"
                                + " weighed against the history.",
                        "What parents say about their children's care should be checked with other agencies who see"
                                + " the child.",
                        "Announced visits show a home on its best day; unannounced visits and seeing the child alone"
                                + " give a fuller picture.");
    }

    @Test
    void visibleTextSetAtTheSameSlopeIsLeftTurned() throws Exception {
        // a producer's own slanted text (a stamp, a rotated caption) is drawn visibly: no OCR layer, not turned back
        try (PDDocument document = Loader.loadPDF(report(RenderingMode.FILL))) {
            List<PageText> pages = new PositionedTextStripper().read(document);
            assertThat(pages.get(0).ocrLayer()).isFalse();
            assertThat(pages.get(0).lines()).extracting(TextLine::text).doesNotContain(
                    "1. Chronic neglect is seen in the accumulation of events, and each new concern");
        }
    }

    private static byte[] report(RenderingMode mode) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(62, 88,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                line(out, mode, 15, 760, "Introduction");
                line(out, mode, 11, 736, "This review was commissioned after Child P, a boy of seven, was admitted to");
                line(out, mode, 11, 720, "hospital severely underweight. Every person and place in it is invented.");
                line(out, mode, 15, 690, "Learning");
                line(out, mode, 11, 666, "1. Chronic neglect is seen in the accumulation of events, and each new concern");
                line(out, mode, 11, 650, "needs to be weighed against the history.", 86);
                line(out, mode, 11, 628, "2. What parents say about their children's care should be checked with other");
                line(out, mode, 11, 612, "agencies who see the child.", 86);
                line(out, mode, 11, 590, "3. Announced visits show a home on its best day; unannounced visits and seeing");
                line(out, mode, 11, 574, "the child alone give a fuller picture.", 86);
                line(out, mode, 15, 544, "Recommendations");
                line(out, mode, 11, 520, "1. The partnership should require the neglect tool to be used whenever a third");
                line(out, mode, 11, 504, "referral about neglect is received within a year.", 86);
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void line(PDPageContentStream out, RenderingMode mode, float size, float y, String text)
            throws IOException {
        line(out, mode, size, y, text, 72);
    }

    /**
     * One OCR line on the scan's slope, word by word as the engine places each word's box (a gap of 5 pt, wider than
     * the font's space), each start moved as the sheet's turn about the page's middle moves it.
     */
    private static void line(PDPageContentStream out, RenderingMode mode, float size, float y, String text, float x)
            throws IOException {
        float at = x;
        for (String word : text.split(" ")) {
            float cx = PDRectangle.A4.getWidth() / 2;
            float cy = PDRectangle.A4.getHeight() / 2;
            float sx = (float) (cx + (at - cx) * Math.cos(SKEW) - (y - cy) * Math.sin(SKEW));
            float sy = (float) (cy + (at - cx) * Math.sin(SKEW) + (y - cy) * Math.cos(SKEW));
            out.beginText();
            out.setRenderingMode(mode);
            out.setFont(REGULAR, size);
            out.setTextMatrix(Matrix.getRotateInstance(SKEW, sx, sy));
            out.showText(word);
            out.endText();
            at += REGULAR.getStringWidth(word) / 1000 * size + 5;
        }
    }
}
