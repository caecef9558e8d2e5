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
 * 'Findings and recommendations' whose findings are sub-headings 'Finding N: ...', each with 'Why does this
 * matter?' and 'What needs to change?' sub-parts set smaller, the recommendation a 'Recommendation N:' run-in: a
 * finding titled with a kind's word ('Parents with learning needs ...') names no learning under it, so the paragraph
 * under 'Why does this matter?' is prose; the recommendations are the items.
 */
class FindingTitleKindWordsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void aKindWordInAFindingsTitleNamesNoItems(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("findings.pdf");
        write(file);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).isEmpty();
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS).extracting(ReportItem::text)
                .containsExactly("Maternity services should give safe sleep advice in a form each parent can use.",
                        "The partnership should require a written discharge plan for every baby on a plan.");
    }

    private static void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 790, "Child Safeguarding Practice Review: Baby H");
                line(out, BOLD, 14, 72, 756, "Introduction");
                line(out, REGULAR, 11, 72, 738, "Baby H died at the age of ten weeks. Every name in this review is invented.");
                line(out, BOLD, 14, 72, 708, "Findings and recommendations");
                finding(out, 684, "Finding 1: Parents with learning needs were given advice they could not use",
                        "Maternity services should give safe sleep advice in a form each parent can use.");
                finding(out, 520, "Finding 2: The discharge plan did not say who would do what",
                        "The partnership should require a written discharge plan for every baby on a plan.");
            }
            document.save(file.toFile());
        }
    }

    private static void finding(PDPageContentStream out, float y, String title, String recommendation)
            throws IOException {
        line(out, BOLD, 12, 72, y, title);
        line(out, REGULAR, 11, 72, y - 20, "The midwife gave the parents the written leaflet at the first home visit.");
        line(out, REGULAR, 11, 72, y - 34, "Neither parent could read it, and nobody asked them what it said.");
        line(out, BOLD, 10, 72, y - 56, "Why does this matter?");
        line(out, REGULAR, 11, 72, y - 74, "Advice that parents cannot use does not protect the baby, however often it is");
        line(out, REGULAR, 11, 72, y - 88, "given, and the record that it was given hides that it was not understood.");
        line(out, BOLD, 10, 72, y - 110, "What needs to change?");
        line(out, BOLD, 11, 72, y - 128, "Recommendation " + title.charAt(8) + ":");
        float after = 72 + BOLD.getStringWidth("Recommendation 1: ") / 1000f * 11;
        line(out, REGULAR, 11, after, y - 128, recommendation);
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
