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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Born-digital pages with bold 20 pt headings over 14 pt running text, and one scanned page between them whose text is
 * an OCR layer: every glyph invisible (render mode 3) over a full-page image, in one plain font sized from each line's
 * box, its headings 14 pt over 11 pt lines. The scanned page's headings are no larger than the document's running
 * text and never bold, yet are sections of their own: the page is measured by its own running text.
 */
class OcrLayerHeadingsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void headingsOfTheScannedPageAreSectionsOfTheirOwn(@TempDir Path dir) throws Exception {
        byte[] pdf = report();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PageText> pages = new PositionedTextStripper().read(document);
            assertThat(pages).extracting(PageText::ocrLayer).containsExactly(false, true, false);
        }
        Path file = dir.resolve("ocr-page.pdf");
        Files.write(file, pdf);
        List<Section> sections = ReportExtractor.withDefaultSynonyms().extractWithItems(file).document().sections();

        assertThat(sections).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.FINDINGS, SectionType.LEARNING, SectionType.GOOD_PRACTICE, SectionType.RECOMMENDATIONS);
        assertThat(sections.get(1).text()).doesNotContain("Learning").doesNotContain("picture board");
        assertThat(sections.get(2).text()).contains("Disabled children are more likely to be abused");
    }

    @Test
    void bulletsTheOcrEngineReadAsALetterAreListMarkers(@TempDir Path dir) throws Exception {
        // tesseract gives a round bullet on the scan as 'e': two lines opening 'e' and a capital at about one x are
        // entries, their text without the 'e' 
        Path file = dir.resolve("ocr-bullets.pdf");
        Files.write(file, report(RenderingMode.NEITHER, true));

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.GOOD_PRACTICE)
                .extracting(ReportItem::text).containsExactly(
                        "The teaching assistant who knew her well recognised what she was saying with her picture board"
                                + " and reported it the same day.",
                        "The school nurse saw her every week and kept a careful record.");
    }

    @Test
    void aLargerLineOnABornDigitalPageStillMeetsTheDocumentsHeadingStyle(@TempDir Path dir) throws Exception {
        // the same page drawn visibly is no OCR layer: its 14 pt lines are the running text's size, no headings
        byte[] pdf = report(RenderingMode.FILL);
        Path file = dir.resolve("visible-page.pdf");
        Files.write(file, pdf);
        List<Section> sections = ReportExtractor.withDefaultSynonyms().extractWithItems(file).document().sections();

        assertThat(sections).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                SectionType.FINDINGS, SectionType.RECOMMENDATIONS);
    }

    private static byte[] report() throws IOException {
        return report(RenderingMode.NEITHER, false);
    }

    private static byte[] report(RenderingMode scannedText) throws IOException {
        return report(scannedText, false);
    }

    private static byte[] report(RenderingMode scannedText, boolean misreadBullets) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage first = page(document);
            try (PDPageContentStream out = new PDPageContentStream(document, first)) {
                write(out, BOLD, 20, 760, "Introduction");
                body(out, 730, "This review concerns a girl of thirteen with a learning disability who",
                        "told a teaching assistant that she had been harmed by a family friend.",
                        "Every person, place and agency named in this review is invented.");
                write(out, BOLD, 20, 640, "Findings");
                body(out, 610, "Changes in her behaviour were explained by her disability rather than",
                        "explored as a possible sign of harm by the agencies who knew her.",
                        "The family friend was trusted by everyone and was never considered as a",
                        "possible source of harm in any of the meetings held about her.");
            }
            scanned(document, page(document), scannedText, misreadBullets);
            PDPage last = page(document);
            try (PDPageContentStream out = new PDPageContentStream(document, last)) {
                write(out, BOLD, 20, 760, "Recommendations");
                body(out, 730, "1. The partnership should include the abuse of disabled children in its",
                        "core safeguarding training for every agency that works with children.",
                        "2. Special schools should make sure that every child has a way of raising",
                        "a worry that they use regularly and that adults know how to read.");
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A grey page image with the OCR engine's text drawn over it in one font. */
    private static void scanned(PDDocument document, PDPage page, RenderingMode mode, boolean misreadBullets)
            throws IOException {
        java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(62, 88,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        PDImageXObject image = LosslessFactory.createFromImage(document, scan);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            ocrLine(out, mode, 14, 760, "Learning");
            ocrLine(out, mode, 11, 736, "1. Disabled children are more likely to be abused and less likely to be");
            ocrLine(out, mode, 11, 722, "asked about it.");
            ocrLine(out, mode, 11, 704, "2. A change in behaviour should prompt the question of what the child");
            ocrLine(out, mode, 11, 690, "might be trying to tell us.");
            ocrLine(out, mode, 14, 660, "Good practice");
            if (misreadBullets) {
                ocrLine(out, mode, 11, 636, "e The teaching assistant who knew her well recognised what she was");
                ocrLine(out, mode, 11, 622, "saying with her picture board and reported it the same day.", 84);
                ocrLine(out, mode, 11, 604, "e The school nurse saw her every week and kept a careful record.", 73);
            } else {
                ocrLine(out, mode, 11, 636, "The teaching assistant who knew her well recognised what she was");
                ocrLine(out, mode, 11, 622, "saying with her picture board and reported it the same day.");
            }
        }
    }

    private static void ocrLine(PDPageContentStream out, RenderingMode mode, float size, float y, String text)
            throws IOException {
        ocrLine(out, mode, size, y, text, 72);
    }

    private static void ocrLine(PDPageContentStream out, RenderingMode mode, float size, float y, String text, float x)
            throws IOException {
        out.beginText();
        out.setRenderingMode(mode);
        out.setFont(REGULAR, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return page;
    }

    private static void body(PDPageContentStream out, float y, String... lines) throws IOException {
        for (int k = 0; k < lines.length; k++) {
            write(out, REGULAR, 14, y - 20 * k, lines[k]);
        }
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, y);
        out.showText(text);
        out.endText();
    }
}
