package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.TIMES;
import static org.casereview.etl.report.PlacedText.show;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contents page whose leaders are single dots set on a grid every 12 pt, each its own word ('Chapter 1:
 * Introduction . . . . . 3'), as documentation tools write them: the dots run through a column gap, so each entry
 * reads as a title line and a line of dots and its page number on the same baseline. The page is contents, no section.
 */
class SpacedDotLeadersContentsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final String[] CHAPTERS = {"Chapter 1: Introduction", "Chapter 2: Process of the review",
        "Chapter 3: The family and the events", "Chapter 4: Learning", "Chapter 5: Recommendations"};

    @TempDir
    Path dir;

    @Test
    void aContentsPageOfSpacedDotLeadersIsNoSection() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("contents.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading, Section::pageStart)
                .containsExactly(
                        tuple(SectionType.INTRODUCTION, CHAPTERS[0], 3),
                        tuple(SectionType.METHODOLOGY, CHAPTERS[1], 4),
                        tuple(SectionType.BACKGROUND, CHAPTERS[2], 5),
                        tuple(SectionType.LEARNING, CHAPTERS[3], 6),
                        tuple(SectionType.RECOMMENDATIONS, CHAPTERS[4], 7));
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 24, 72, 700, "Serious Case Review: Child V");
                show(out, TIMES, 12, 72, 660, "Invented Local Safeguarding Children Board. Published May 2018.");
                show(out, TIMES, 12, 72, 640, "Every person and place in this report is invented for testing.");
            }
            try (PDPageContentStream out = page(document)) {
                show(out, HELVETICA_BOLD, 20, 72, 678, "Contents");
                float y = 639;
                for (int i = 0; i < CHAPTERS.length; i++) {
                    show(out, TIMES, 12, 72, y, CHAPTERS[i]);
                    float dot = (float) Math.ceil((72 + TIMES.getStringWidth(CHAPTERS[i]) / 1000 * 12 + 12) / 12) * 12;
                    for (; dot <= 492; dot += 12) {
                        show(out, TIMES, 12, dot, y, ".");
                    }
                    show(out, TIMES, 12, 510, y, String.valueOf(i + 3));
                    y -= 22;
                }
            }
            for (String chapter : CHAPTERS) {
                try (PDPageContentStream out = page(document)) {
                    show(out, HELVETICA_BOLD, 20, 72, 700, chapter);
                    float y = 660;
                    for (int line = 0; line < 4; line++) {
                        show(out, TIMES, 12, 72, y, "The board commissioned the review after Child V was hurt at home in"
                                + " 2017, and the agencies met.");
                        y -= 15;
                    }
                    show(out, TIMES, 12, 72, y, "The agencies gave their records to the author.");
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static PDPageContentStream page(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDPageContentStream out = new PDPageContentStream(document, page);
        show(out, TIMES, 12, 294, 60, String.valueOf(document.getNumberOfPages()));
        return out;
    }
}
