package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.FormPages.BOLD;
import static org.casereview.etl.report.FormPages.LEFT;
import static org.casereview.etl.report.FormPages.REGULAR;
import static org.casereview.etl.report.FormPages.line;
import static org.casereview.etl.report.FormPages.row;

import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision rows of a rapid review's form under 'Decision and recommendations': a question answered 'No. The
 * partners consider ...' and one left 'To be completed by the Panel.' answer or leave blank a decision; neither is a
 * recommendation of the section's kind. The row labelled 'Recommendations to partners' gives the recommendation.
 * Drawn with FormPages, as FormQuestionLabelCellsTest's form (batch58 Marlbrook's); every name is invented.
 */
class FormDecisionAnswersTest {

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
}
