package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pages imposed side by side on one landscape sheet (a 2-up print): the cover on the left half, the contents on
 * the right. No line crosses the strip between the halves and the lines of the two halves never share a baseline, so
 * read top to bottom across the sheet a contents row falls between the title's two lines. The cover is read column by
 * column: the title's second line follows its first.
 */
class TwoUpCoverTitleTest {

    private static final float SHEET_WIDTH = PDRectangle.A4.getHeight();
    private static final float SHEET_HEIGHT = PDRectangle.A4.getWidth();
    private static final float HALF = SHEET_WIDTH / 2;
    private static final float RIGHT_TEXT = HALF + 45;

    @TempDir
    Path dir;

    @Test
    void theCoverHalfOfATwoUpSheetIsReadByItselfSoTheTitlesSecondLineJoinsItsFirst() throws Exception {
        Path pdf = dir.resolve("two-up.pdf");
        try (PDDocument doc = new PDDocument()) {
            coverAndContents(doc);
            bodySheet(doc);
            doc.save(pdf.toFile());
        }

        var document = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(document.metadata().title()).isEqualTo("Serious Case Review: Child R");
        assertThat(document.metadata().childName()).isEqualTo("Child R");
    }

    private static void coverAndContents(PDDocument doc) throws IOException {
        PDPage sheet = landscapeSheet(doc);
        try (PDPageContentStream out = new PDPageContentStream(doc, sheet)) {
            centred(out, PlacedText.TIMES, 11, 112, "Ashcombe Vale Safeguarding Children Partnership");
            centred(out, PlacedText.TIMES_BOLD, 17, 176, "Serious Case Review:");
            centred(out, PlacedText.TIMES_BOLD, 17, 198, "Child R");
            centred(out, PlacedText.TIMES, 9, 238, "Independent reviewer: Mara Quinn");
            centred(out, PlacedText.TIMES, 9, 259, "Published: June 2021");
            show(out, PlacedText.TIMES_BOLD, 14, RIGHT_TEXT, 55, "Contents");
            String[] entries = {"Introduction", "Background", "Findings", "Learning", "Recommendations", "Conclusion"};
            for (int i = 0; i < entries.length; i++) {
                float top = 80 + 21.5f * i;
                show(out, PlacedText.TIMES_BOLD, 9, RIGHT_TEXT, top, (i + 1) + "  " + entries[i]);
                show(out, PlacedText.TIMES_BOLD, 9, SHEET_WIDTH - 50, top, String.valueOf(i + 2));
            }
        }
    }

    private static void bodySheet(PDDocument doc) throws IOException {
        PDPage sheet = landscapeSheet(doc);
        try (PDPageContentStream out = new PDPageContentStream(doc, sheet)) {
            show(out, PlacedText.TIMES_BOLD, 14, 45, 55, "1 Introduction");
            PlacedText.lines(out, PlacedText.TIMES, 9, 45, SHEET_HEIGHT - 78, 12,
                    "This review concerns Child R, a four-year-old girl whose nursery noticed",
                    "bruises on three occasions over one winter and recorded each of them.",
                    "The partnership commissioned the review after she was admitted to hospital.");
            show(out, PlacedText.TIMES_BOLD, 14, RIGHT_TEXT, 55, "2 Background");
            PlacedText.lines(out, PlacedText.TIMES, 9, RIGHT_TEXT, SHEET_HEIGHT - 78, 12,
                    "Child R lived with her mother and her mother's partner in a rented flat.",
                    "The family had moved twice in the year before and had no health visitor",
                    "for several months because the records did not follow them.");
        }
    }

    private static PDPage landscapeSheet(PDDocument doc) {
        PDPage sheet = new PDPage(new PDRectangle(SHEET_WIDTH, SHEET_HEIGHT));
        doc.addPage(sheet);
        return sheet;
    }

    /** Centred on the left half, the baseline {@code top} points below the sheet's top edge. */
    private static void centred(PDPageContentStream out, PDType1Font font, float size, float top, String text)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        show(out, font, size, (HALF - width) / 2, top, text);
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float top, String text)
            throws IOException {
        PlacedText.show(out, font, size, x, SHEET_HEIGHT - top, text);
    }
}
