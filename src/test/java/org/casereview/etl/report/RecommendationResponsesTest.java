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
 * Recommendations as bullets under a finding, each followed by the partnership's answer in its own italic paragraph
 * at the bullet's text ('Response: Accepted; lead: ...'): each recommendation ends before its response, and the
 * responses are no items.
 */
class RecommendationResponsesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String FIRST = "Agencies should ask about every adult who lives in a household where a baby lives.";
    private static final String SECOND = "The partnership should audit a sample of step-down decisions within six months.";

    @Test
    void aResponseOnTheRecommendationsNextLineEndsIt(@TempDir Path dir) throws Exception {
        assertOnlyTheRecommendations(page(dir, 0));
    }

    @Test
    void aResponseParagraphAfterTheRecommendationGivesNoItem(@TempDir Path dir) throws Exception {
        assertOnlyTheRecommendations(page(dir, 10));
    }

    private static void assertOnlyTheRecommendations(Path file) throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(FIRST, SECOND);
        assertThat(report.items()).extracting(ReportItem::text).noneMatch(t -> t.contains("esponse"));
    }

    /** The finding's two bullets, each with its response below it; {@code space} more points between the two. */
    private static Path page(Path dir, float space) throws IOException {
        Path file = dir.resolve("responses.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Local Child Safeguarding Practice Review: Child M");
                line(out, REGULAR, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 730, "Findings and recommendations");
                line(out, BOLD, 12, 72, 706, "Finding 1: A hidden adult");
                line(out, REGULAR, 11, 72, 688, "The partner was not known to the agencies working with the family.");
                line(out, REGULAR, 11, 84, 664, "\u2022  " + FIRST);
                line(out, ITALIC, 11, 93, 650 - space, "Response: Accepted; lead: partnership business manager; by December 2025.");
                line(out, REGULAR, 11, 84, 622 - space, "\u2022  " + SECOND);
                line(out, ITALIC, 11, 93, 608 - 2 * space, "Partnership response: accepted in part; lead: Quality Assurance Subgroup chair.");
                line(out, BOLD, 14, 72, 570 - 2 * space, "Conclusion");
                line(out, REGULAR, 11, 72, 550 - 2 * space, "The partnership has accepted the recommendations of this review.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void onlyAParagraphOpeningWithAResponseLabelIsOne() {
        assertThat(ResponseParagraphs.opens("Response: Accepted; lead: Director of Children's Services.")).isTrue();
        assertThat(ResponseParagraphs.opens("The Trust's response - agreed, by March 2026.")).isTrue();
        assertThat(ResponseParagraphs.opens("The response of the police to the call was quick.")).isFalse();
        assertThat(ResponseParagraphs.opens("Agencies should improve their response: see paragraph 4.")).isFalse();
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
