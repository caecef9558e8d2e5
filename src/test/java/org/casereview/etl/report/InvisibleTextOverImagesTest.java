package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (b51 kind 3): text drawn invisibly (render mode 3) is a scan's text layer only where it lies over an image
 * painted on the page (its OCR words over the page's picture, drawn before or after it). On a page of visible text with
 * no image under it, invisible words are no text of the page (an editor's note left in a template): a viewer shows
 * none of them. Both the report reader and the digest reader follow the rule. Every name here is invented.
 */
class InvisibleTextOverImagesTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final String NOTE = "Editor: ages to be checked with Westmere before this goes out.";
    private static final String OCR = "The review of Child QZ found that the school nurse was not told.";

    @TempDir
    Path dir;

    @Test
    void invisibleWordsOnAPageOfVisibleTextAreNotRead() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, 60, 760, "Serious injury to a 2-year-old boy in 2029 who was scalded.", RenderingMode.FILL);
                show(content, 60, 746, NOTE, RenderingMode.NEITHER);
                show(content, 60, 732, "His mother, aged 23, had left him with a friend.", RenderingMode.FILL);
            }
            String text = reportText(doc);
            assertThat(text).contains("Serious injury to a 2-year-old boy").contains("had left him with a friend")
                    .doesNotContain("Editor");
            assertThat(digestText(doc, "note.pdf")).contains("had left him with a friend").doesNotContain("Editor");
        }
    }

    @Test
    void invisibleWordsOverAScannedPageImageAreItsText() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = page(doc);
            PDImageXObject scan = LosslessFactory.createFromImage(doc, greyPage());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                // one OCR line before the picture is drawn, one after: either order is a scan's text layer
                show(content, 60, 700, OCR, RenderingMode.NEITHER);
                content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                show(content, 60, 686, "Learning includes: the health visitor was not invited.", RenderingMode.NEITHER);
            }
            assertThat(reportText(doc)).contains(OCR).contains("the health visitor was not invited");
            assertThat(digestText(doc, "scan.pdf")).contains("school nurse was not told")
                    .contains("the health visitor was not invited");
        }
    }

    private static PDPage page(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    private static BufferedImage greyPage() {
        BufferedImage image = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                image.setRGB(x, y, (x + y) % 7 == 0 ? 0x404040 : 0xf0f0f0);
            }
        }
        return image;
    }

    private static void show(PDPageContentStream content, float x, float y, String text, RenderingMode mode)
            throws IOException {
        content.beginText();
        content.setFont(REGULAR, 10);
        content.setRenderingMode(mode);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static String reportText(PDDocument doc) throws IOException {
        List<PageText> pages = new PositionedTextStripper().read(doc);
        return pages.stream().flatMap(p -> p.lines().stream()).map(TextLine::text).collect(Collectors.joining("\n"));
    }

    private String digestText(PDDocument doc, String name) throws Exception {
        Path file = dir.resolve(name);
        doc.save(file.toFile());
        return new DocumentTextExtractor().extract(file).text().replaceAll("\\s+", " ");
    }
}
