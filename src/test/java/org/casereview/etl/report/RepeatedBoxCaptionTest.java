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
 * Issue 9, batch45 kind 4 (an invented board and child): three outlined learning boxes, each with an icon and the
 * caption 'LEARNING POINT' in 8 pt bold capitals over its text. The caption is the layout's label for every box, not
 * the learning point's words: the three items are the boxes' texts alone.
 */
class RepeatedBoxCaptionTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    @TempDir
    Path dir;

    @Test
    void aCaptionPrintedOverEveryBoxIsNoPartOfTheItems() throws Exception {
        Path pdf = dir.resolve("d.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                write(out);
            }
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Withdrawal from school to home education can remove the only professional"
                        + " who sees a child every day."),
                tuple(SectionType.LEARNING, "A cancelled home education visit should be treated as information about"
                        + " the child, not as an administrative matter to be rebooked."),
                tuple(SectionType.LEARNING, "Missed health appointments for a young child are a safeguarding signal"
                        + " when other services have already raised concerns."));
    }

    private static void write(PDPageContentStream out) throws IOException {
        text(out, 63, 60, BOLD, 18, "Case Management Review: Child D");
        text(out, 63, 80, REGULAR, 10, "Every person and place in this review is invented for software testing.");
        text(out, 63, 120, BOLD, 15, "Introduction");
        text(out, 63, 145, REGULAR, 11, "Child D, aged six, was admitted to hospital with severe weight loss. She had not been");
        text(out, 63, 160, REGULAR, 11, "seen by any professional outside the home for eight months after leaving school.");
        text(out, 63, 200, BOLD, 15, "Key learning");
        String[][] boxes = {
            {"Withdrawal from school to home education can remove the only professional who sees a", "child every day."},
            {"A cancelled home education visit should be treated as information about the child, not",
                "as an administrative matter to be rebooked."},
            {"Missed health appointments for a young child are a safeguarding signal when other",
                "services have already raised concerns."}};
        float y = 230;
        for (String[] box : boxes) {
            out.addRect(63, HEIGHT - (y + 48), 470, 60);
            out.stroke();
            text(out, 75, y, REGULAR, 8, "\u2022");
            text(out, 86, y, BOLD, 8, "LEARNING POINT");
            text(out, 86, y + 15, REGULAR, 11, box[0]);
            text(out, 86, y + 30, REGULAR, 11, box[1]);
            y += 70;
        }
        text(out, 63, y + 20, BOLD, 15, "Conclusion");
        text(out, 63, y + 45, REGULAR, 11, "The Board will publish an action plan and report on progress in a year.");
    }

    private static void text(PDPageContentStream out, float x, float y, PDType1Font font, float size, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, HEIGHT - y);
        out.showText(text);
        out.endText();
    }
}
