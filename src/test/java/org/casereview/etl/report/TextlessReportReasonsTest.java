package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.pdf.LigatureFontPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (b51 kinds 4 and 6): the report reader reads a font's ligature glyph names by the Adobe Glyph List's rules
 * (the document is completed once when opened); and a PDF without a text layer is told apart by why: pages of images
 * (a scan), or pages of filled vector shapes and no image (text converted to outlines), each rejected with its reason.
 */
class TextlessReportReasonsTest {

    @TempDir
    Path dir;

    @Test
    void aReportWhoseFontNamesItsLigaturesIsReadWhole() throws Exception {
        Path file = dir.resolve("ligatures.pdf");
        LigatureFontPdf.write(file, List.of("The sta\u0003 did not \u0001nd the \u0002at."));
        try (PDDocument doc = ReportPdfFile.open(file)) {
            String text = new PositionedTextStripper().read(doc).stream().flatMap(p -> p.lines().stream())
                    .map(TextLine::text).collect(Collectors.joining("\n"));
            assertThat(text).contains("The staff did not find the flat.");
        }
    }

    @Test
    void pagesOfFilledShapesAndNoImageAreTextDrawnAsOutlines() throws Exception {
        Path file = dir.resolve("outlines.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < 120; i++) { // glyph-sized filled outlines along lines
                    float x = 60 + (i % 40) * 11;
                    float y = 760 - (i / 40) * 14f;
                    content.moveTo(x, y);
                    content.lineTo(x + 6, y);
                    content.lineTo(x + 3, y + 8);
                    content.closePath();
                    content.fill();
                }
            }
            doc.save(file.toFile());
        }
        assertThatThrownBy(() -> ReportExtractor.withDefaultSynonyms().extract(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no text layer: the pages are drawn as vector shapes");
    }

    @Test
    void pagesOfImagesAreAScan() throws Exception {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage grey = new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, grey), 0, 0, 595, 842);
            }
            doc.save(file.toFile());
        }
        assertThatThrownBy(() -> ReportExtractor.withDefaultSynonyms().extract(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no text layer: the PDF holds images of pages only");
    }
}
