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
 * A 'Table of Contents' on the last page (calibre's --pdf-add-toc puts it there): a contents page like one at the
 * front, not the last section's text; an untitled list on the last page stays text.
 */
class ContentsOnLastPageTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final List<String> HEADINGS = List.of("Introduction", "Background", "Findings", "Learning",
            "Recommendations");
    private static final String REC = "All agencies should include disabled children's communication in their training.";

    @Test
    void theContentsAtTheEndGiveNoTextAndNoItem(@TempDir Path dir) throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(book(dir, "Table of Contents"));

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).contains(REC).noneMatch(t -> t.contains("Background"));
        assertThat(report.document().sections()).extracting(Section::text)
                .noneMatch(t -> t.contains("Background 3"));
    }

    @Test
    void anUntitledLastPageStaysText(@TempDir Path dir) throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(book(dir, "Useful contacts"));

        assertThat(report.document().sections()).extracting(Section::text)
                .anyMatch(t -> t.contains("Background 3"));
    }

    private static Path book(Path dir, String lastTitle) throws IOException {
        Path file = dir.resolve("book.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(document, cover)) {
                line(out, BOLD, 24, 72, 600, "Child Safeguarding Practice Review: Child J");
                line(out, REGULAR, 10, 72, 560, "Every name in this review is invented for software testing.");
            }
            for (int i = 0; i < HEADINGS.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    line(out, BOLD, 18, 72, 760, HEADINGS.get(i));
                    line(out, REGULAR, 12, 72, 730, i == HEADINGS.size() - 1 ? "1. " + REC
                            : "The review heard from the practitioners who had worked with the family.");
                    line(out, REGULAR, 10, 290, 40, String.valueOf(i + 2));
                }
            }
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    line(out, REGULAR, 12, 72, 760, "The partnership will report on progress in twelve months.");
                }
            }
            PDPage last = new PDPage(PDRectangle.A4);
            document.addPage(last);
            try (PDPageContentStream out = new PDPageContentStream(document, last)) {
                line(out, BOLD, 18, 72, 760, lastTitle);
                for (int i = 0; i < HEADINGS.size(); i++) {
                    line(out, REGULAR, 12, 72, 730 - 20 * i, HEADINGS.get(i));
                    line(out, REGULAR, 12, 240, 730 - 20 * i, String.valueOf(i + 2));
                }
            }
            document.save(file.toFile());
        }
        return file;
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
