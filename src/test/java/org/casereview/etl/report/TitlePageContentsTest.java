package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contents under the title block of page 1, as Org mode's LaTeX export sets {@code \tableofcontents} after
 * {@code \maketitle}: 'Contents' below the title, author and date, then entries with the page number far right and no
 * leaders. PDF written with PDFBox.
 */
class TitlePageContentsTest {

    private static final float TOP = PDRectangle.A4.getHeight() - 110;
    private static final String[] CHAPTERS = {"Introduction", "Process of the review", "Background", "Analysis",
        "Lessons learned", "Recommendations", "Conclusion"};

    @TempDir
    Path dir;

    @Test
    void contentsBelowTheTitleBlockOfPageOneAreNoSection() throws Exception {
        Path pdf = dir.resolve("org.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream out = page(doc)) {
                PlacedText.show(out, PlacedText.TIMES, 17, 110, TOP, "Serious Case Review: Child M - Overview Report");
                PlacedText.show(out, PlacedText.TIMES, 12, 200, TOP - 30, "Independent author: Ruth Pennock");
                PlacedText.show(out, PlacedText.TIMES, 12, 240, TOP - 50, "Final version: May 2016");
                PlacedText.show(out, PlacedText.TIMES_BOLD, 17, 72, TOP - 100, "Contents");
                float y = TOP - 130;
                for (int i = 0; i < CHAPTERS.length; i++) {
                    PlacedText.show(out, PlacedText.TIMES_BOLD, 10, 72, y, (i + 1) + "   " + CHAPTERS[i]);
                    PlacedText.show(out, PlacedText.TIMES_BOLD, 10, 518, y, String.valueOf(i + 2));
                    y -= 20;
                }
                PlacedText.show(out, PlacedText.TIMES, 10, 190, y - 20, "Larkhaven Local Safeguarding Children Board");
            }
            for (int i = 0; i < CHAPTERS.length; i++) {
                try (PDPageContentStream out = page(doc)) {
                    PlacedText.show(out, PlacedText.TIMES_BOLD, 14, 72, TOP, (i + 1) + "   " + CHAPTERS[i]);
                    PlacedText.lines(out, PlacedText.TIMES, 10, 72, TOP - 30, 14,
                            "Child M was eleven when she was taken to hospital after an overdose in 2015.",
                            "This part of the report is about the help she and her family were given.");
                }
            }
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::heading).doesNotContain("Contents")
                .first().isEqualTo("1 Introduction");
        assertThat(report.sections()).hasSize(CHAPTERS.length);
    }

    private static PDPageContentStream page(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }
}
