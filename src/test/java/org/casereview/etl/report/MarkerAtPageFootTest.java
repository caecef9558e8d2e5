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
 * Lettered recommendations under a lead-in, the marker of the last, '(c)', left alone at the foot of page 1 (a
 * floated marker the renderer kept on the page) and its text at the top of page 2: the marker and the text are one
 * entry, on the page its text starts.
 */
class MarkerAtPageFootTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void aMarkerAloneAtAPageFootOpensTheEntryOnTheNextPage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("foot.pdf");
        write(file);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("the partnership should make sure that every return "
                                + "interview is shared with the panel;", 1),
                        org.assertj.core.groups.Tuple.tuple("the police should share intelligence about adults "
                                + "linked to a child; and", 1),
                        org.assertj.core.groups.Tuple.tuple("the partnership should review the impact of these "
                                + "changes after twelve months and publish what it finds.", 2));
    }

    private static void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.A4);
            PDPage two = new PDPage(PDRectangle.A4);
            document.addPage(one);
            document.addPage(two);
            try (PDPageContentStream out = new PDPageContentStream(document, one)) {
                line(out, BOLD, 16, 72, 790, "Child Safeguarding Practice Review: Child K");
                line(out, BOLD, 13, 72, 756, "Background");
                float y = 738;
                for (int i = 0; i < 26; i++) {
                    line(out, REGULAR, 10.5f, 72, y, "Child K was fifteen and lived with his mother; every name in "
                            + "this review is invented for testing. " + (i + 1));
                    y -= 15;
                }
                line(out, BOLD, 13, 72, 330, "Recommendations");
                line(out, REGULAR, 10.5f, 72, 312, "The panel recommends that:");
                line(out, REGULAR, 10.5f, 80, 294, "(a)");
                line(out, REGULAR, 10.5f, 108, 294, "the partnership should make sure that every return interview is");
                line(out, REGULAR, 10.5f, 108, 279, "shared with the panel;");
                line(out, REGULAR, 10.5f, 80, 261, "(b)");
                line(out, REGULAR, 10.5f, 108, 261, "the police should share intelligence about adults linked to a");
                line(out, REGULAR, 10.5f, 108, 246, "child; and");
                line(out, REGULAR, 10.5f, 80, 228, "(c)");
            }
            try (PDPageContentStream out = new PDPageContentStream(document, two)) {
                line(out, REGULAR, 10.5f, 108, 790, "the partnership should review the impact of these changes after");
                line(out, REGULAR, 10.5f, 108, 775, "twelve months and publish what it finds.");
                line(out, BOLD, 13, 72, 745, "Conclusion");
                line(out, REGULAR, 10.5f, 72, 727, "The partnership thanks the family for taking part in the review.");
            }
            document.save(file.toFile());
        }
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
