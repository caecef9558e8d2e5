package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A magazine-style report: headings 14 pt bold, body 9 pt, and on page 2 a pull quote alone between two rules in 15 pt
 * italic (larger than the headings) that repeats a sentence of page 1's findings. A line in display type that repeats
 * words the body prints on its page or the page beside it is a pull quote: no heading, and in no section's text. A
 * heading whose words the body also prints but that is no sentence ("What happened to Child M") stays a heading.
 * Invented text, drawn with PDFBox.
 */
class PullQuoteRepeatingBodyTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final String QUOTE = "Nobody asked the other what they had seen.";

    @TempDir
    Path dir;

    @Test
    void aLargerLineRepeatingABodySentenceIsNoHeadingAndInNoSection() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(report(dir.resolve("m.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading)
                .containsExactly("Introduction", "What happened to Child M", "Findings", "Recommendations",
                        "Conclusion");
        assertThat(report.document().sections()).extracting(Section::text)
                .noneMatch(text -> text.contains("Nobody asked the other what they had seen."));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The partnership should agree how school nurses and youth workers share concerns.",
                        "Youth services should record who a child is seen with.",
                        "Schools should tell the school nurse when a pupil's attendance falls.");
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            try (PDPageContentStream out = new PDPageContentStream(doc, one)) {
                float y = section(out, TOP - 90, "Introduction",
                        "This review looks at the help given to Child M, who was fourteen when she",
                        "was found to have been exploited by adults she met near her school.");
                y = section(out, y, "What happened to Child M",
                        "Child M lived with her grandmother. Her attendance at school fell in the",
                        "autumn term and she was seen with older young people in the evenings.");
                y = section(out, y, "Findings",
                        "The school nurse and the youth worker each held part of the picture.",
                        "Nobody asked the other what they had seen, and no one brought their",
                        "worries together until the police found Child M in a flat in the town.");
                PlacedText.show(out, HELVETICA, 8, 290, 40, "1");
            }
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream out = new PDPageContentStream(doc, two)) {
                float y = section(out, TOP - 90, "Recommendations",
                        "1. The partnership should agree how school nurses and youth workers share concerns.",
                        "2. Youth services should record who a child is seen with.",
                        "3. Schools should tell the school nurse when a pupil's attendance falls.");
                out.setLineWidth(1.5f);
                out.moveTo(56, y - 6);
                out.lineTo(300, y - 6);
                out.moveTo(56, y - 40);
                out.lineTo(300, y - 40);
                out.stroke();
                PlacedText.show(out, ITALIC, 15, 60, y - 28, QUOTE);
                section(out, y - 80, "Conclusion",
                        "It cannot be said that what happened to Child M was predictable, but the",
                        "agencies could have understood the risks to her sooner than they did.");
                PlacedText.show(out, HELVETICA, 8, 290, 40, "2");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float section(PDPageContentStream out, float y, String heading, String... lines) throws IOException {
        PlacedText.show(out, HELVETICA_BOLD, 14, 56, y, heading);
        return PlacedText.lines(out, TIMES, 9, 56, y - 22, 12, lines) - 24;
    }
}
