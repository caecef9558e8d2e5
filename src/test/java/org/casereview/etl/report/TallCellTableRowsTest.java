package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unruled recommendations table (a designed Word table: a coloured header row, zebra rows, no borders) whose
 * Recommendation cells wrap over five lines in a narrow column: each row's first line stands five lines from the next
 * row's. Every row is a row of the table, so every Recommendation cell is one item, the Lead and Timescale cells none.
 */
class TallCellTableRowsTest {

    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEADING = 13;

    @TempDir
    Path dir;

    @Test
    void rowsOfFiveLineCellsAreAllRowsOfTheTable() throws Exception {
        List<List<String>> rows = List.of(
                List.of("1", "Mental health services", "CAMHS", "Three months", "should telephone every",
                        "referrer whose referral does", "not meet the threshold", "for the service."),
                List.of("2", "The GP group should", "GP federation", "Six months", "add self-harm to its list",
                        "of presentations that", "prompt a safeguarding", "enquiry."),
                List.of("3", "The partnership should", "Partnership", "Nine months", "publish guidance for",
                        "parents on online safety", "and grooming for young", "people and carers."),
                List.of("4", "Social care should", "Children's services", "Six months", "review how contacts",
                        "about older children are", "screened at the front", "door."));
        Path pdf = dir.resolve("table.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 14, 57, 780, "Recommendations");
                show(out, BODY, 10.5f, 57, 755, "The review makes four recommendations, set out in the table below.");
                float y = 725;
                String[] header = {"No.", "Recommendation", "Lead", "Timescale"};
                float[] xs = {57, 177, 298, 418};
                for (int c = 0; c < 4; c++) {
                    show(out, BOLD, 10.5f, xs[c], y, header[c]);
                }
                y -= 1.6f * LEADING;
                for (List<String> row : rows) {
                    for (int c = 0; c < 4; c++) {
                        show(out, BODY, 10.5f, xs[c], y, row.get(c));
                    }
                    for (String more : row.subList(4, row.size())) {
                        y -= LEADING;
                        show(out, BODY, 10.5f, xs[1], y, more);
                    }
                    y -= 2.8f * LEADING; // an empty paragraph closes each cell, as a Word template adds
                }
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "Mental health services should telephone every referrer whose referral does not meet the threshold "
                        + "for the service.",
                "The GP group should add self-harm to its list of presentations that prompt a safeguarding "
                        + "enquiry.",
                "The partnership should publish guidance for parents on online safety and grooming for young people "
                        + "and carers.",
                "Social care should review how contacts about older children are screened at the front door.");
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
