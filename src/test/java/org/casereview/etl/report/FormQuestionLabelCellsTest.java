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
 * A rapid review on the national panel's form: under 'Learning and good practice identified', a two-column ruled
 * table whose left cells hold the form's questions in bold ('What learning has been identified?') and whose right
 * cells hold the answers as bullets, the first bullet on the question's line. Each question is the row's label: it
 * is no text of the first answer, and it names the kind of the answer's items (good practice in the second row). A
 * last row labelled by a statement, not a question ('Immediate actions already taken'), names no kind: its answer
 * paragraph is no learning item.
 * Drawn as Writer sets the fixture's form (batch58 Marlbrook): shaded question cells, each bullet's marker a tab's width
 * left of its lines, bullets wrapped over three lines; so the rows are read as paragraphs, the question and the first
 * bullet one block (with bullets of two lines on one baseline with their marker the rows read as a table's instead).
 */
class FormQuestionLabelCellsTest {

    @Test
    void eachQuestionLabelsItsRowAndNamesTheKindOfItsAnswer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("form.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, LEFT, 790, "Rapid Review: Baby C");
                line(out, REGULAR, 9, LEFT, 774, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, LEFT, 740, "1. Case summary");
                line(out, REGULAR, 10, LEFT, 720, "Baby C, aged eleven weeks, died after an unsafe sleeping incident.");
                line(out, BOLD, 14, LEFT, 690, "2. Agency involvement");
                line(out, REGULAR, 10, LEFT, 670, "Midwifery, health visiting and housing knew the family before the move.");
                line(out, BOLD, 14, LEFT, 640, "3. Learning and good practice identified");
                float y = row(out, 612, "What learning has been identified?",
                        "Practitioners did not ask where / the baby slept after the family / moved to a new flat.",
                        "The safer sleep assessment was / not repeated when the / household changed.");
                y = row(out, y, "What good practice has been identified?",
                        "The midwife made a timely / referral to the perinatal / mental health team.",
                        "The ambulance crew shared / their observations with the / police the same day.");
                row(out, y, "Immediate actions already taken",
                        "-Housing options now informs / health visiting of each move / of a family with a baby.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners did not ask where the baby slept after the family moved to a"
                        + " new flat."),
                tuple(SectionType.LEARNING, "The safer sleep assessment was not repeated when the household changed."),
                tuple(SectionType.GOOD_PRACTICE, "The midwife made a timely referral to the perinatal mental health team."),
                tuple(SectionType.GOOD_PRACTICE,
                        "The ambulance crew shared their observations with the police the same day."));
    }
}
