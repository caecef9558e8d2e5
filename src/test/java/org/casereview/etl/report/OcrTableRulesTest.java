package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned recommendations table (an invented review): its rules are pixels of the page image, so the OCR layer holds
 * only words, and where a cell's text runs close to the rule the engine reads the rule as '|' and joins the two cells'
 * words into one of its lines ('... by a worker the | Police'). The '|' parts the cells and is no text: each
 * recommendation cell is one item, without the next column's words.
 */
class OcrTableRulesTest {

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    /** The Lead column's left edge. */
    private static final float LEAD = 440;

    @Test
    void aRuleReadAsABarPartsTheCellsOfAScannedTable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scanned-table.pdf");
        Files.write(file, report());

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);


        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The partnership should adopt a shared mapping meeting for children who go missing often.",
                        "Children's social care should offer return home interviews by a worker the child knows.",
                        "The police should consider the National Referral Mechanism before any decision to charge.");
    }

    private static byte[] report() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document,
                    new java.awt.image.BufferedImage(62, 88, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                words(out, 15, 72, 760, "Recommendations");
                words(out, 11, 72, 730, "This review makes three recommendations. Every person and place in it is invented.");
                words(out, 11, 72, 712, "No.");
                words(out, 11, 96, 712, "Recommendation");
                words(out, 11, LEAD, 712, "Lead");
                row(out, 700, "1", "The partnership should adopt a shared mapping meeting", "for children who go missing often.",
                        "Police", false);
                row(out, 660, "2", "Children's social care should offer return home interviews", "by a worker the child knows.",
                        "Children's", true);
                row(out, 620, "3", "The police should consider the National Referral Mechanism", "before any decision to charge.",
                        "Police", true);
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A table row: number, the recommendation over two lines, the lead; {@code bar}: the rule read as '|'. */
    private static void row(PDPageContentStream out, float y, String number, String first, String second, String lead,
                            boolean bar) throws IOException {
        words(out, 11, 72, y, number);
        justified(out, y, first, bar ? LEAD - 17 : LEAD - 30);
        if (bar) {
            words(out, 11, LEAD - 11, y, "|");
        }
        words(out, 11, LEAD, y, lead);
        words(out, 11, 96, y - 14, second);
    }

    /** A cell's first line from x 96 to {@code end}, its word boxes spread over it as the scan set them. */
    private static void justified(PDPageContentStream out, float y, String text, float end) throws IOException {
        String[] words = text.split(" ");
        float width = 0;
        for (String word : words) {
            width += FONT.getStringWidth(word) / 1000 * 11;
        }
        float gap = (end - 96 - width) / (words.length - 1);
        float at = 96;
        for (String word : words) {
            words(out, 11, at, y, word);
            at += FONT.getStringWidth(word) / 1000 * 11 + gap;
        }
    }

    /** Words drawn invisibly one by one as an OCR engine places its word boxes (4 pt apart); the end of the last. */
    private static float words(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
        float at = x;
        for (String word : text.split(" ")) {
            out.beginText();
            out.setRenderingMode(RenderingMode.NEITHER);
            out.setFont(FONT, size);
            out.newLineAtOffset(at, y);
            out.showText(word);
            out.endText();
            at += FONT.getStringWidth(word) / 1000 * size + 4;
        }
        return at - 4;
    }
}
