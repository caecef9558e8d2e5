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
 * A theme's findings numbered by bold terms ('Finding 1.1', 'Finding 1.2') in a findings section, then its own
 * 'Learning for the partnership' bullets: the numbered findings are the review's findings, not learning items; the
 * bullets are. Bold terms that are no finding numbers ('Young carers.') stay found points as before.
 */
class NumberedFindingTermsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void findingNumbersNameFindingsAndTheBulletsAreTheLearning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("themes.pdf");
        write(file, "Finding 1.1", "Finding 1.2");
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(
                        "Young carers can appear mature and capable while their own needs go unseen by everyone.",
                        "A change in a child's behaviour at school should be shared with the other agencies.");
    }

    @Test
    void boldTermsThatNumberNoFindingStayFoundPoints(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("terms.pdf");
        write(file, "Young carers.", "Withdrawal.");
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .hasSize(4).first().asString().startsWith("Young carers.");
    }

    private static void write(Path file, String firstTerm, String secondTerm) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Local Child Safeguarding Practice Review: Child B");
                line(out, BOLD, 14, 72, 740, "Introduction");
                line(out, REGULAR, 10, 72, 720, "Child B was twelve when she took an overdose at home. Every name");
                line(out, REGULAR, 10, 72, 706, "in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 676, "Theme 1: Understanding Child B's lived experience");
                term(out, 654, firstTerm, "Practitioners knew a great deal about the adults in the household and",
                        "much less about what a day was like for Child B, who cared for her mother.");
                term(out, 620, secondTerm, "Child B's withdrawal at school was seen as adolescent behaviour",
                        "rather than as a sign of distress, and was not shared with her social worker.");
                line(out, BOLD, 10, 72, 586, "Learning for the partnership");
                line(out, REGULAR, 10, 80, 568, "\u2022");
                line(out, REGULAR, 10, 92, 568, "Young carers can appear mature and capable while their own needs go");
                line(out, REGULAR, 10, 92, 554, "unseen by everyone.");
                line(out, REGULAR, 10, 80, 536, "\u2022");
                line(out, REGULAR, 10, 92, 536, "A change in a child's behaviour at school should be shared with the");
                line(out, REGULAR, 10, 92, 522, "other agencies.");
                line(out, BOLD, 14, 72, 490, "Recommendations");
                line(out, REGULAR, 10, 72, 470, "1. The partnership should commission a young carers' assessment pathway.");
            }
            document.save(file.toFile());
        }
    }

    private static void term(PDPageContentStream out, float y, String term, String first, String second)
            throws IOException {
        line(out, BOLD, 10, 72, y, term);
        float after = 72 + BOLD.getStringWidth(term + " ") / 1000f * 10;
        line(out, REGULAR, 10, after, y, first);
        line(out, REGULAR, 10, 72, y - 14, second);
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
