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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A magazine-style report (body 9.6 pt, headings 13 pt bold) that sets the child's own words as a pull quote: two lines
 * of 14.5 pt italic in quotation marks between a rule above and a rule below, after a paragraph and just before the
 * next heading. The body does not print those words, so they repeat nothing; the look says what they are (as
 * batch50's Kelderby quotes Child E). The heading after it, ruled under, is still a heading.
 * Invented text, drawn with PDFBox.
 */
class QuotedVoicePullQuoteTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);

    @TempDir
    Path dir;

    @Test
    void aQuotedVoiceInDisplayTypeBetweenRulesIsInNoSection() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(report(dir.resolve("e.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly("Introduction",
                "What happened to Child T", "What we learned", "Recommendations");
        assertThat(report.document().sections().get(1).text()).endsWith("were not told about the move.");
        assertThat(report.document().sections()).extracting(Section::text)
                .noneMatch(text -> text.contains("anybody would believe"));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The partnership should agree how schools share concerns when a child moves.",
                        "Youth services should record who a child is seen with.");
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                PlacedText.show(out, HELVETICA_BOLD, 18, 56, TOP - 60, "Child Safeguarding Practice Review: Child T");
                PlacedText.show(out, HELVETICA, 10, 56, TOP - 78, "Invented Fernhollow Safeguarding Partnership");
                float y = section(out, TOP - 120, "Introduction",
                        "This review looks at the help given to Child T, who was fifteen when he",
                        "was found to have been exploited by adults he met after leaving school.");
                y = section(out, y, "What happened to Child T",
                        "Child T lived with his aunt. He stopped going to school in the autumn",
                        "and was seen with older young people in the evenings. His new school",
                        "and the youth offending service were not told about the move.");
                out.addRect(56, y + 2, 420, 1.5f); // the quote's rules, drawn as a browser draws borders
                out.fill();
                out.addRect(56, y - 44, 420, 1.5f);
                out.fill();
                PlacedText.show(out, ITALIC, 14.5f, 56, y - 16, "\u201cI did not think anybody would believe me,");
                PlacedText.show(out, ITALIC, 14.5f, 56, y - 34, "so I stopped saying anything at all.\u201d");
                y -= 70;
                PlacedText.show(out, HELVETICA_BOLD, 13, 56, y, "What we learned");
                out.setLineWidth(0.8f);
                out.moveTo(56, y - 4);
                out.lineTo(300, y - 4);
                out.stroke();
                y = PlacedText.lines(out, TIMES, 9.6f, 56, y - 22, 13,
                        "Schools did not share what they knew when Child T moved between them.") - 24;
                section(out, y, "Recommendations",
                        "1. The partnership should agree how schools share concerns when a child moves.",
                        "2. Youth services should record who a child is seen with.");
                PlacedText.show(out, HELVETICA, 8, 290, 40, "1");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float section(PDPageContentStream out, float y, String heading, String... lines) throws IOException {
        PlacedText.show(out, HELVETICA_BOLD, 13, 56, y, heading);
        return PlacedText.lines(out, TIMES, 9.6f, 56, y - 20, 13, lines) - 24;
    }
}
