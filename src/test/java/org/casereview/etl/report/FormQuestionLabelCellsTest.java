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

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 90;
    private static final float ANSWER = 330;
    private static final float RIGHT = 540;
    private static final float PITCH = 13.4f;

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
