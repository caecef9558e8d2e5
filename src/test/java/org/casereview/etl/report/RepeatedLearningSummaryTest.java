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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review states its learning points in its learning section, then ends with a 'Summary of learning' box, after the
 * glossary, that repeats them word for word: each point counts once, on the page where it is first stated.
 */
class RepeatedLearningSummaryTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String FIRST =
            "A child who goes missing repeatedly is at risk of exploitation until it is shown otherwise.";
    private static final String SECOND =
            "Return home interviews are only useful when the people making the plan read what the child says.";

    @Test
    void pointsRepeatedAtTheEndCountOnceWhereFirstStated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("summary.pdf");
        write(file);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        List<ReportItem> learning = report.items().stream().filter(i -> i.type() == SectionType.LEARNING).toList();
        assertThat(learning).extracting(ReportItem::text).containsExactly(FIRST, SECOND);
        assertThat(learning).extracting(ReportItem::page).containsExactly(1, 1);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS).extracting(ReportItem::text)
                .containsExactly("The partnership should make exploitation screening mandatory after a third "
                        + "missing episode.");
    }

    private static void write(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(first);
            document.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(document, first)) {
                line(out, BOLD, 16, 72, 780, "Child Safeguarding Practice Review: Child J");
                line(out, BOLD, 14, 72, 740, "Introduction");
                line(out, REGULAR, 10, 72, 720, "Child J was fifteen when he was found injured in a flat in another town.");
                line(out, REGULAR, 10, 72, 706, "Every name in this review is invented for software testing.");
                line(out, BOLD, 14, 72, 676, "Learning");
                line(out, REGULAR, 10, 72, 656, "The review identified the following learning.");
                entry(out, 636, "1.", FIRST);
                entry(out, 616, "2.", SECOND);
                line(out, BOLD, 14, 72, 580, "Recommendations");
                entry(out, 560, "1.", "The partnership should make exploitation screening mandatory after a third "
                        + "missing episode.");
            }
            try (PDPageContentStream out = new PDPageContentStream(document, second)) {
                line(out, BOLD, 14, 72, 780, "Glossary of abbreviations");
                line(out, REGULAR, 10, 72, 760, "RHI     Return home interview");
                line(out, REGULAR, 10, 72, 746, "NRM     National referral mechanism");
                out.addRect(66, 620, 470, 100);
                out.stroke();
                line(out, BOLD, 12, 76, 700, "Summary of learning");
                entry(out, 680, "1.", FIRST);
                entry(out, 660, "2.", SECOND);
            }
            document.save(file.toFile());
        }
    }

    private static void entry(PDPageContentStream out, float y, String number, String text) throws IOException {
        line(out, REGULAR, 10, 80, y, number);
        line(out, REGULAR, 10, 96, y, text);
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
