package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Scottish learning review's 'Key learning': each 'Learning point N' followed by a 'Practice reflections' box of
 * bulleted questions. The learning points are the learning; the questions ask, they are no items. A recommendation
 * put as a question to the board stays a recommendation.
 */
class ReflectiveQuestionsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String FIRST = "Professional curiosity about who lives in the home must continue after the first assessment.";
    private static final String SECOND = "A child's silence is not evidence that the child is safe and needs to be understood.";
    private static final String ASK = "How will the Committee be assured that every agency attends the referral discussions?";

    @Test
    void questionsForReflectionAreNoLearning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reflections.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Learning Review: Child K");
                line(out, REGULAR, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 730, "Key learning");
                line(out, BOLD, 11, 72, 708, "Learning point 1");
                line(out, REGULAR, 10, 72, 692, FIRST);
                line(out, BOLD, 9.5f, 84, 668, "Practice reflections");
                line(out, REGULAR, 9.5f, 84, 652, "\u2022 How do you find out who is living in a child's home?");
                line(out, REGULAR, 9.5f, 84, 638, "\u2022 What would make you ask again after a first assessment?");
                line(out, BOLD, 11, 72, 608, "Learning point 2");
                line(out, REGULAR, 10, 72, 592, SECOND);
                line(out, BOLD, 9.5f, 84, 568, "Practice reflections");
                line(out, REGULAR, 9.5f, 84, 552, "\u2022 How do you understand what a quiet child is telling you?");
                line(out, REGULAR, 9.5f, 84, 538, "\u2022 When did you last see a child on their own?");
                line(out, BOLD, 14, 72, 500, "Recommendations");
                line(out, REGULAR, 10, 72, 480, "1. " + ASK);
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(FIRST, SECOND);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(ASK);
    }

    private static void line(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
