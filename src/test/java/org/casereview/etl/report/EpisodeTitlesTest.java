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
 * 'Key practice episodes' told one by one under bold paragraphs that number them ('KPE 1 - ...'), each episode
 * followed by its 'Learning point N:': the learning points are the learning; the episodes' bold titles are none.
 */
class EpisodeTitlesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void boldEpisodeTitlesAreNoLearningPoints(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("episodes.pdf");
        write(file, "KPE 1 - The bruise seen at the baby clinic in May.", "KPE 2 - The first visit by the new partner.");
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly("Any bruise on a baby who is not yet mobile must be referred, whatever the explanation.",
                        "Practitioners should ask who else cares for the baby and record the answer.");
    }

    @Test
    void spelledOutEpisodeNumbersAreTitlesToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spelled.pdf");
        write(file, "Key practice episode 1: the bruise seen at the baby clinic.",
                "Episode 2: the first visit by the new partner to the home.");
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).hasSize(2)
                .allMatch(i -> !i.text().toLowerCase().contains("episode"));
    }

    private static void write(Path file, String firstTitle, String secondTitle) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Child Safeguarding Practice Review: Baby L");
                line(out, BOLD, 14, 72, 740, "Introduction");
                line(out, REGULAR, 10, 72, 720, "Baby L was four months old when she was found to have a fractured arm.");
                line(out, REGULAR, 10, 72, 706, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 676, "Key practice episodes");
                line(out, BOLD, 10, 72, 654, firstTitle);
                line(out, REGULAR, 10, 72, 636, "The health visitor saw a small bruise on the baby's cheek at the clinic.");
                line(out, REGULAR, 10, 72, 622, "The mother said the older brother had hit her with a toy by accident.");
                term(out, 600, "Learning point 1:",
                        "Any bruise on a baby who is not yet mobile must be referred, whatever the explanation.");
                line(out, BOLD, 10, 72, 570, secondTitle);
                line(out, REGULAR, 10, 72, 552, "A man the family called an uncle was at the home during the next visit.");
                line(out, REGULAR, 10, 72, 538, "His name and his role in caring for the baby were not recorded by anyone.");
                term(out, 516, "Learning point 2:",
                        "Practitioners should ask who else cares for the baby and record the answer.");
                line(out, BOLD, 14, 72, 480, "Recommendations");
                line(out, REGULAR, 10, 72, 460, "1. The partnership should re-issue its protocol on bruising in babies.");
            }
            document.save(file.toFile());
        }
    }

    private static void term(PDPageContentStream out, float y, String term, String text) throws IOException {
        line(out, BOLD, 10, 72, y, term);
        line(out, REGULAR, 10, 72 + BOLD.getStringWidth(term + " ") / 1000f * 10, y, text);
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
