package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script-placed report: heading numbers and item markers hung in the left margin, the text at one indent.
 * Good practice entries are marked by a bold '+' where the learning entries carry 'L1', 'L2': the '+' is a
 * bullet. The footer, printed on the one body page only ('Baby Q | 2' in small type at the page foot), is
 * a running foot and ends no item.
 */
class HungPlusMarkersTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float PITCH = 14.7f;

    @TempDir
    Path dir;

    @Test
    void plusSignsHungInTheMarginAreBulletsAndTheFootIsFurniture() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("plus.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Advice about safe sleeping needs to reach both parents."),
                tuple(SectionType.LEARNING, "Money worries should prompt a fresh conversation about risk."),
                tuple(SectionType.GOOD_PRACTICE, "The police followed the sudden infant death protocol"
                        + " carefully and kindly."),
                tuple(SectionType.GOOD_PRACTICE, "The health visitor called the mother on the day after the death."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should update its guidance on safe sleeping."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should run a campaign aimed at fathers."));
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(document, cover)) {
                show(out, BOLD, 12, 70, 700, "Westerby Safeguarding Children Partnership");
                show(out, BOLD, 24, 70, 620, "Child Safeguarding Practice Review:");
                show(out, BOLD, 24, 70, 590, "Baby Q");
                show(out, REGULAR, 11, 70, 480, "Published: 4 May 2026");
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, REGULAR, 8.5f, 100, 806, "Westerby Safeguarding Children Partnership");
                show(out, REGULAR, 8.5f, 100, 30, "Baby Q  |  2");
                float y = 760;
                y = heading(out, y, "1.", "Introduction");
                y = text(out, y, "Baby Q died suddenly at the age of six weeks in June 2025 while sleeping on a sofa",
                        "with her father. The partnership decided that a local review would help agencies",
                        "understand how advice about safe sleeping is given to families under stress.");
                y = heading(out, y, "2.", "Learning");
                y = entry(out, y, "L1", "Advice about safe sleeping needs to reach both parents.");
                y = entry(out, y, "L2", "Money worries should prompt a fresh conversation about risk.");
                y = heading(out, y, "3.", "Good practice");
                y = entry(out, y, "+", "The police followed the sudden infant death protocol carefully",
                        "and kindly.");
                y = entry(out, y, "+", "The health visitor called the mother on the day after the death.");
                y = heading(out, y, "4.", "Recommendations");
                y = entry(out, y, "R1", "The partnership should update its guidance on safe sleeping.");
                entry(out, y, "R2", "The partnership should run a campaign aimed at fathers.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float heading(PDPageContentStream out, float y, String number, String text) throws IOException {
        show(out, BOLD, 13, 50, y, number);
        show(out, BOLD, 13, 100, y, text);
        return y - 24;
    }

    private static float text(PDPageContentStream out, float y, String... lines) throws IOException {
        for (String line : lines) {
            show(out, REGULAR, 10.5f, 100, y, line);
            y -= PITCH;
        }
        return y - 14;
    }

    private static float entry(PDPageContentStream out, float y, String marker, String... lines) throws IOException {
        show(out, BOLD, 10.5f, 62, y, marker);
        for (String line : lines) {
            show(out, REGULAR, 10.5f, 100, y, line);
            y -= PITCH;
        }
        return y - 6;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
