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
 * An LSCB overview report numbers every paragraph: its 'Lessons Learned' are numbered paragraphs after a numbered
 * lead-in whose announcing sentence is not its last ('9.1 The review has identified the following lessons for
 * agencies. They are drawn from the analysis in section 8.'). The lessons are items, the lead-in none.
 */
class NumberedLeadInParagraphTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String[] LESSONS = {
        "Practitioners need to see and speak to children on their own, every visit.",
        "Fathers and other men in the household must be identified and assessed.",
        "Missed appointments across agencies may themselves be a sign of neglect."};

    @Test
    void theLeadInOfNumberedLessonsIsNoLesson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("overview.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Serious Case Review: Child F - Overview Report");
                line(out, REGULAR, 9, 72, 762, "Every name in this review is invented for software testing.");
                line(out, BOLD, 13, 72, 730, "8. Analysis");
                numbered(out, 708, "8.1", "The analysis considers each episode against the terms of reference.");
                line(out, BOLD, 13, 72, 676, "9. Lessons Learned");
                numbered(out, 654, "9.1", "The review has identified the following lessons for agencies.");
                line(out, REGULAR, 10.5f, 108, 640, "They are drawn from the analysis in section 8.");
                for (int i = 0; i < LESSONS.length; i++) {
                    numbered(out, 614 - 26 * i, "9." + (i + 2), LESSONS[i]);
                }
                line(out, BOLD, 13, 72, 520, "10. Conclusions");
                numbered(out, 498, "10.1", "The injuries were not predictable by any single agency.");
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(LESSONS);
    }

    @Test
    void aNumberedParagraphSayingWhatFollowsInItsMiddleIsALeadInOnlyWhenShort() {
        assertThat(NumberedLeadIns.leadsIn("9.1 The review has identified the following lessons for agencies in "
                + "Ashmere. They are drawn from the analysis in section 8.")).isTrue();
        assertThat(NumberedLeadIns.leadsIn("12.1 The overview author makes the following recommendations:")).isTrue();
        assertThat(NumberedLeadIns.leadsIn("9.3 Agencies should adopt the following approach to neglect.")).isFalse();
        assertThat(NumberedLeadIns.leadsIn("9.4 One. Two. Three. The following lessons are set out.")).isFalse();
    }

    private static void numbered(PDPageContentStream out, float y, String number, String text) throws IOException {
        line(out, REGULAR, 10.5f, 72, y, number);
        line(out, REGULAR, 10.5f, 108, y, text);
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
