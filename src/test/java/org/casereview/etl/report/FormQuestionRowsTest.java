package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rapid review written on the partnership's form, with no cover: a ruled header table whose left cell prints the
 * partnership's name over three lines, then 'Part' rows and question rows, each question's number in a narrow
 * ruled cell and the bold question in the next cell over its answer. The questions are labels, no items: the
 * answer's bullets and asking paragraphs are the items, of the kind the question names ('Were there examples of
 * good practice?' in a background part) or else the part's; a closed question's 'No.' answer is no item.
 */
class FormQuestionRowsTest {

    private static final float BODY = 10f;
    private static final float LEADING = 12.5f;
    private static final float LEFT = 50;
    private static final float NUMBER_RULE = 80;
    private static final float RIGHT = 545;
    private static final float PAD = 6;
    private static final float HEADER_RULE = 200;

    private static final PDFont SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    static Path dir;

    private static ExtractedReport report;

    @BeforeAll
    static void drawAndRead() throws Exception {
        Path pdf = dir.resolve("rapid-review-form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Form form = new Form(out, page.getMediaBox().getHeight());
                form.header();
                form.part("Part 1: Background");
                form.question(1, "What happened to the child?", List.of(List.of(
                        "Child J, aged thirteen, was found unconscious at a bus station in the",
                        "autumn of 2024 after taking tablets given to her by an adult.")), false);
                form.question(2, "Were there examples of good practice?", List.of(List.of(
                        "The school nurse saw Child J on the day she disclosed and rang",
                        "her mother straight away."), List.of(
                        "The bus company's staff stayed with her until the ambulance came.")), true);
                form.part("Part 2: Learning");
                form.question(3, "What are the key lessons?", List.of(List.of(
                        "An adult who gives a child tablets or alcohol is a sign of",
                        "exploitation, not a one-off."), List.of(
                        "A child's first disclosure needs a written safety plan the same day.")), true);
                form.part("Part 3: Recommendations");
                form.question(4, "Does the case need a local review?", List.of(List.of(
                        "No. The partners agreed that the learning should be taken forward",
                        "through the existing exploitation plan.")), false);
                form.question(5, "What will the partners do next?", List.of(List.of(
                        "The partners should train bus station staff to recognise and report",
                        "children at risk of exploitation."), List.of(
                        "Schools should write a safety plan on the day a child discloses harm.")), false);
            }
            doc.save(pdf.toFile());
        }
        report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
    }

    @Test
    void eachAnswersBulletOrAskingParagraphIsOneItemOfTheKindItsQuestionOrPartNames() {
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.GOOD_PRACTICE,
                        "The school nurse saw Child J on the day she disclosed and rang her mother straight away."),
                tuple(SectionType.GOOD_PRACTICE, "The bus company's staff stayed with her until the ambulance came."),
                tuple(SectionType.LEARNING,
                        "An adult who gives a child tablets or alcohol is a sign of exploitation, not a one-off."),
                tuple(SectionType.LEARNING, "A child's first disclosure needs a written safety plan the same day."),
                tuple(SectionType.RECOMMENDATIONS, "The partners should train bus station staff to recognise and "
                        + "report children at risk of exploitation."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Schools should write a safety plan on the day a child discloses harm."));
    }

    @Test
    void thePartnershipInTheHeaderCellGivesTheArea() {
        assertThat(report.document().metadata().partnership()).isEqualTo("Ashcombe Vale Safeguarding Children Partnership");
        assertThat(report.document().metadata().area()).isEqualTo("Ashcombe Vale");
    }

    /** Draws the form top down; {@code top} is the next row's top edge, from the top of the page. */
    private static final class Form {
        private final PDPageContentStream out;
        private final float height;
        private float top = 50;

        Form(PDPageContentStream out, float height) {
            this.out = out;
            this.height = height;
        }

        void header() throws IOException {
            float rowTop = top;
            show(BOLD, BODY, LEFT + PAD, rowTop + 16, "Ashcombe Vale");
            show(BOLD, BODY, LEFT + PAD, rowTop + 29, "Safeguarding Children");
            show(BOLD, BODY, LEFT + PAD, rowTop + 42, "Partnership");
            show(BOLD, 18, HEADER_RULE + PAD, rowTop + 24, "RAPID REVIEW");
            show(BOLD, 11, HEADER_RULE + PAD, rowTop + 42, "Rapid Review: Child J");
            float bottom = rowTop + 52;
            labelRow(bottom, "Child", "Child J");
            labelRow(bottom + 22, "Date of meeting", "Published May 2025");
            float end = bottom + 44;
            for (float x : new float[] {LEFT, HEADER_RULE, RIGHT}) {
                rule(x, rowTop, x, end);
            }
            for (float y : new float[] {rowTop, bottom, bottom + 22, end}) {
                rule(LEFT, y, RIGHT, y);
            }
            top = end + 20;
        }

        private void labelRow(float rowTop, String label, String value) throws IOException {
            show(SANS, BODY, LEFT + PAD, rowTop + 15, label);
            show(SANS, BODY, HEADER_RULE + PAD, rowTop + 15, value);
        }

        void part(String title) throws IOException {
            show(BOLD, 13, LEFT + PAD, top + 18, title);
            rule(LEFT, top, RIGHT, top);
            rule(LEFT, top, LEFT, top + 26);
            rule(RIGHT, top, RIGHT, top + 26);
            top += 26;
        }

        /** A question row: number cell, bold question, then each answer paragraph or bullet (its lines). */
        void question(int number, String question, List<List<String>> answer, boolean bullets) throws IOException {
            float rowTop = top;
            float y = rowTop + 16;
            show(BOLD, BODY, NUMBER_RULE - 16, y, number + ".");
            show(BOLD, BODY, NUMBER_RULE + PAD, y, question);
            y += LEADING + 4;
            for (List<String> paragraph : answer) {
                for (int i = 0; i < paragraph.size(); i++) {
                    if (bullets && i == 0) {
                        show(SANS, BODY, NUMBER_RULE + PAD + 3, y, "\u2022");
                    }
                    float x = NUMBER_RULE + PAD + (bullets ? 13 : 0);
                    show(SANS, BODY, x, y, paragraph.get(i));
                    y += LEADING;
                }
                y += 5;
            }
            float bottom = y + 6;
            for (float x : new float[] {LEFT, NUMBER_RULE, RIGHT}) {
                rule(x, rowTop, x, bottom);
            }
            rule(LEFT, rowTop, RIGHT, rowTop);
            rule(LEFT, bottom, RIGHT, bottom);
            top = bottom;
        }

        private void rule(float x1, float top1, float x2, float top2) throws IOException {
            out.setLineWidth(0.75f);
            out.moveTo(x1, height - top1);
            out.lineTo(x2, height - top2);
            out.stroke();
        }

        private void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, height - baseline);
            out.showText(text);
            out.endText();
        }
    }
}
