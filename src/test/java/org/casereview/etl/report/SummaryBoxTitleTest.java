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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review that ends with a shaded 'Summary of learning' box repeating, word for word, the learning points it stated
 * after each episode: the box's title is no section of its own (its points are counted once, where first stated),
 * while a 'Summary of learning' that states points of its own is a learning section as before.
 */
class SummaryBoxTitleTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String FIRST = "Any bruise on a baby who cannot yet roll over must be referred, whatever "
            + "the explanation.";
    private static final String SECOND = "Practitioners should ask who else looks after the baby, and write the "
            + "answer down.";

    @Test
    void aBoxRepeatingTheLearningAtTheEndIsNoSection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("box.pdf");
        write(file, FIRST, SECOND);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading)
                .containsExactly("Introduction", "Key practice episodes", "Recommendations");
        assertThat(sections.get(2).pageEnd()).isEqualTo(2);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(FIRST, SECOND);
    }

    @Test
    void aSummaryOfPointsOfItsOwnIsStillASection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("own.pdf");
        String third = "Professional curiosity about the adults in the home must not wait for a formal assessment.";
        String fourth = "Escalation is expected of every practitioner, not only of the lead professional.";
        write(file, third, fourth);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "Key practice episodes", "Recommendations", "Summary of learning");
        assertThat(report.document().sections().get(3).type()).isEqualTo(SectionType.LEARNING);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(FIRST, SECOND, third, fourth);
    }

    private static void write(Path file, String boxFirst, String boxSecond) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(first);
            document.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(document, first)) {
                line(out, BOLD, 16, 72, 780, "Child Safeguarding Practice Review: Baby Q");
                line(out, BOLD, 14, 72, 740, "Introduction");
                line(out, REGULAR, 10, 72, 720, "Baby Q was four months old when a bruise was seen at a clinic.");
                line(out, REGULAR, 10, 72, 706, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 676, "Key practice episodes");
                line(out, REGULAR, 10, 72, 656, "The health visitor saw the baby at home twice in the first month.");
                line(out, REGULAR, 10, 72, 642, "Neither visit asked who else cared for the baby during the day.");
                learningPoint(out, 620, 1, FIRST);
                line(out, REGULAR, 10, 72, 596, "A new partner moved into the household in the third month.");
                line(out, REGULAR, 10, 72, 582, "No agency learned of him until after the baby was injured.");
                learningPoint(out, 560, 2, SECOND);
            }
            try (PDPageContentStream out = new PDPageContentStream(document, second)) {
                line(out, BOLD, 14, 72, 780, "Recommendations");
                line(out, REGULAR, 10, 80, 760, "1.");
                line(out, REGULAR, 10, 96, 760, "The partnership should re-issue the bruising protocol to every "
                        + "GP practice.");
                out.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                out.addRect(66, 650, 470, 84);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
                line(out, BOLD, 13, 76, 716, "Summary of learning");
                learningPoint(out, 694, 1, boxFirst);
                learningPoint(out, 672, 2, boxSecond);
            }
            document.save(file.toFile());
        }
    }

    private static void learningPoint(PDPageContentStream out, float y, int n, String text) throws IOException {
        String label = "Learning point " + n + ": ";
        line(out, BOLD, 10, 76, y, label);
        line(out, REGULAR, 10, 76 + BOLD.getStringWidth(label) / 1000 * 10, y, text);
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
