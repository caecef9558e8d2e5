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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An action plan set a size smaller than the body whose first numbered rows stand at the foot of a page, below the last
 * body-sized line (the header row): small print opening with '1.' there is a table's rows, not footnotes, and is read.
 * Footnotes at the same place, prose with no cells, are still dropped.
 */
class SmallTableAtPageFootTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void numberedRowsOfASmallTableAtThePageFootAreRead(@TempDir Path dir) throws Exception {
        Path file = report(dir, true);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        Section plan = report.document().sections().stream()
                .filter(s -> s.type() == SectionType.RECOMMENDATIONS).findFirst().orElseThrow();
        assertThat(plan.text()).contains("practitioners in every agency ask about").contains("Designated nurse");
    }

    @Test
    void footnotesAtThePageFootAreStillDropped(@TempDir Path dir) throws Exception {
        Path file = report(dir, false);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).allSatisfy(s -> assertThat(s.text()).doesNotContain("Working Together"));
    }

    private static Path report(Path dir, boolean table) throws IOException {
        Path file = dir.resolve(table ? "plan.pdf" : "notes.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(document, cover)) {
                line(out, BOLD, 20, 72, 600, "Local Child Safeguarding Practice Review: Child T");
                line(out, REGULAR, 11, 72, 560, "Every name in this review is invented for software testing.");
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 14, 72, 790, "1. Introduction");
                line(out, REGULAR, 11, 72, 770, "The review looked at the help given to Child T and the family.");
                line(out, BOLD, 14, 72, 730, "2. Recommendations and action plan");
                for (int k = 0; k < 12; k++) {
                    line(out, REGULAR, 11, 72, 710 - 15 * k, "The partnership accepted each recommendation and the actions are set out below.");
                }
                if (table) {
                    row(out, REGULAR, 11, 300, "Recommendation", "Action", "Lead");
                    row(out, REGULAR, 9, 270, "1. The partnership should make", "Add a prompt on the", "Designated");
                    row(out, REGULAR, 9, 258, "sure that practitioners in every", "identity of the adult", "nurse");
                    row(out, REGULAR, 9, 246, "agency ask about and record it.", "to the templates.", "");
                    row(out, REGULAR, 9, 226, "2. Children's social care should", "Revise the single", "Head of");
                    row(out, REGULAR, 9, 214, "name the men in the household.", "assessment template.", "service");
                } else {
                    line(out, REGULAR, 9, 72, 120, "1 Working Together to Safeguard Children (invented edition), chapter 4, on the");
                    line(out, REGULAR, 9, 72, 108, "duties of the safeguarding partners to commission reviews.");
                    line(out, REGULAR, 9, 72, 96, "2 The partnership's escalation policy, section 3.");
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void row(PDPageContentStream out, PDFont font, float size, float y, String... cells) throws IOException {
        float[] xs = {72, 250, 420};
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                line(out, font, size, xs[c], y, cells[c]);
            }
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
