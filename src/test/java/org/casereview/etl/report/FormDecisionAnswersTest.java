package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
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
 * The decision rows of a rapid review's form under 'Decision and recommendations': a question answered 'No. The
 * partners consider ...' and one left 'To be completed by the Panel.' answer or leave blank a decision; neither is a
 * recommendation of the section's kind. The row labelled 'Recommendations to partners' gives the recommendation.
 * Drawn as FormQuestionLabelCellsTest's form (batch58 Marlbrook's); every name is invented.
 */
class FormDecisionAnswersTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 90;
    private static final float ANSWER = 330;
    private static final float RIGHT = 540;
    private static final float PITCH = 13.4f;

    @Test
    void aDecisionOrABlankAnswerIsNoRecommendation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("form.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, LEFT, 790, "Rapid Review: Baby F");
                line(out, REGULAR, 9, LEFT, 774, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, LEFT, 740, "1. Case summary");
                line(out, REGULAR, 10, LEFT, 720, "Baby F, aged nine weeks, was injured at home after the family moved.");
                line(out, BOLD, 14, LEFT, 690, "2. Decision and recommendations");
                float y = row(out, 662, "Does the case meet the criteria?",
                        "-No. The partners consider that the / learning has been identified by this / rapid review.");
                y = row(out, y, "Recommendations to partners",
                        "-The partnership should refresh its / safer sleep guidance for moves.");
                row(out, y, "Does the Panel agree?", "-To be completed by the Panel.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should refresh its safer sleep guidance for moves."));
    }

    @Test
    void decisionsAndBlanksAreToldFromAnswers() {
        assertThat(FormQuestions.decisionOnly("No. The partners consider that a review is not needed.")).isTrue();
        assertThat(FormQuestions.decisionOnly("To be completed by the Panel.")).isTrue();
        assertThat(FormQuestions.decisionOnly("Tobias's school should record each absence.")).isFalse();
        assertThat(FormQuestions.decisionOnly("The partnership should refresh its guidance.")).isFalse();
    }

    /**
     * One ruled row, its question cell shaded: the bold question in the left cell, each bullet of the right cell
     * wrapped at the words {@code " / "}, its marker a tab's width left of its lines (as Writer sets a list in a cell);
     * an answer opening with '-' a paragraph, no bullet. Returns the next row's top.
     */
    private static float row(PDPageContentStream out, float top, String question, String... bullets)
            throws IOException {
        int lines = 0;
        for (String bullet : bullets) {
            lines += bullet.split(" / ").length;
        }
        float bottom = top - 10 - PITCH * lines;
        out.setNonStrokingColor(new Color(217, 226, 243));
        out.addRect(LEFT - 6, bottom, ANSWER - 8 - LEFT + 6, top - bottom);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        out.addRect(LEFT - 6, bottom, RIGHT - LEFT + 6, top - bottom);
        out.moveTo(ANSWER - 8, top);
        out.lineTo(ANSWER - 8, bottom);
        out.stroke();
        line(out, BOLD, 11, LEFT, top - 15, question);
        float y = top - 15;
        for (String bullet : bullets) {
            boolean paragraph = bullet.startsWith("-");
            if (!paragraph) {
                line(out, REGULAR, 11, ANSWER, y, "\u2022");
            }
            for (String part : bullet.substring(paragraph ? 1 : 0).split(" / ")) {
                line(out, REGULAR, 11, paragraph ? ANSWER : ANSWER + 18, y, part);
                y -= PITCH;
            }
        }
        return bottom;
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
