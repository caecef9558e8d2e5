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
 * A numbered list of recommendations, then a family member's words displayed as a pull quote (15 pt italic, set in
 * from the list's numbers) with its attribution: the quote is no part of the last recommendation. Hanging text of
 * the list's own size stays part of its entry.
 */
class PullQuoteAfterEntryTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    @Test
    void aPullQuoteAfterTheLastEntryIsNoPartOfIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quote.pdf");
        write(file);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS).extracting(ReportItem::text)
                .containsExactly("The hospital trust should flag repeat attendances for self-harm by a child so that "
                                + "a senior clinician reviews the pattern.",
                        "The trust should share a summary of each attendance with the child's GP within one day.");
    }

    private static void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 790, "Child Safeguarding Practice Review: Child B");
                line(out, BOLD, 14, 72, 756, "Introduction");
                line(out, REGULAR, 10, 72, 738, "Child B was fourteen. Every name in this review is invented for testing.");
                line(out, BOLD, 14, 72, 708, "Recommendations");
                line(out, REGULAR, 10, 80, 688, "1.");
                line(out, REGULAR, 10, 96, 688, "The hospital trust should flag repeat attendances for self-harm by a child");
                line(out, REGULAR, 10, 96, 674, "so that a senior clinician reviews the pattern.");
                line(out, REGULAR, 10, 80, 656, "2.");
                line(out, REGULAR, 10, 96, 656, "The trust should share a summary of each attendance with the child's GP");
                line(out, REGULAR, 10, 96, 642, "within one day.");
                line(out, ITALIC, 15, 110, 610, "\u201cNobody ever asked me what it was like at home.\u201d");
                line(out, REGULAR, 9, 110, 592, "Child B, in a letter to the reviewer");
                line(out, BOLD, 14, 72, 560, "Conclusion");
                line(out, REGULAR, 10, 72, 540, "Child B is now well and at college. The partnership thanks her family.");
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
