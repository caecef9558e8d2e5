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
 * A national panel-style report's 'Key findings': each 'Key finding N: ...' followed by its paragraph and an
 * 'Implications for practice' sub-heading over bullets. The bullets are the learning (what the finding means for
 * practice); the findings' paragraphs are none.
 */
class ImplicationsForPracticeTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont BOLD_ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE);
    private static final String FIRST = "Practitioners should ask about new adults in a child's life at every contact.";
    private static final String SECOND = "Assessments should test a parent's account against information from other agencies.";

    @Test
    void bulletsUnderImplicationsForPracticeAreLearning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("implications.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Local Child Safeguarding Practice Review: Child S");
                line(out, REGULAR, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 730, "Key findings");
                line(out, BOLD, 12, 72, 706, "Key finding 1: Risk from a new partner was not understood");
                line(out, REGULAR, 10, 72, 688, "The partner's history of violence was known to the police but not shared.");
                line(out, BOLD_ITALIC, 10, 72, 664, "Implications for practice");
                line(out, REGULAR, 10, 84, 646, "\u2022 " + FIRST);
                line(out, BOLD, 12, 72, 616, "Key finding 2: Assessments relied on the mother's account");
                line(out, REGULAR, 10, 72, 598, "Little of what the mother said was checked with other agencies.");
                line(out, BOLD_ITALIC, 10, 72, 574, "Implications for practice");
                line(out, REGULAR, 10, 84, 556, "\u2022 " + SECOND);
                line(out, BOLD, 14, 72, 520, "Recommendations");
                line(out, REGULAR, 10, 72, 500, "1. The partnership should share police information about new partners.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(FIRST, SECOND);
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
