package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * An invented review page in two columns whose baselines do not line up: the left column's headings have space
 * above and below, so its lines run a few points off the right column's, and the right column holds only the end
 * of the recommendations list. Few rows hold text on both sides of the gutter, but no line crosses it over the
 * height both columns share: the page is read column by column.
 */
class OffsetBaselineColumnsTest {

    private static final float LEFT = 70;
    private static final float RIGHT = 308;
    private static final float HANG = 16;
    private static final float BODY = 10.5f;
    private static final float PITCH = 14;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private float height;
    private float y;

    @Test
    void columnsSharingFewBaselinesAreReadColumnByColumn() throws Exception {
        Path pdf = dir.resolve("review.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 18, LEFT, 60, "Rapid Review: Baby Q (an invented example)");
                leftColumn(out);
                rightColumn(out);
                text(out, regular, 8, LEFT, 800, "Invented example for testing - page 1");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Background", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).isEqualTo("Baby Q was seven weeks old when he was "
                + "taken to hospital with a fractured arm. His parents said he had caught it in the bars of his "
                + "cot while they were asleep.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A bruise or a fracture on a baby who cannot yet roll is a sign to act on "
                        + "at once."),
                tuple(SectionType.LEARNING, "Fathers and partners should be seen and spoken with at every health "
                        + "contact."),
                tuple(SectionType.LEARNING, "A first baby in a crowded flat adds strain that visits can notice."),
                tuple(SectionType.RECOMMENDATIONS, "The hospital should follow the injury protocol for every baby "
                        + "who is not yet mobile."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should offer a visit to fathers in the evening "
                        + "or at the weekend when they work during the day."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should check the use of the protocol in a year "
                        + "from now."));
    }

    /**
     * Headings 30 pt under the text above (more than the white space that ends a band of columns) and 18 pt over
     * their own: the left column's baselines drift.
     */
    private void leftColumn(PDPageContentStream out) throws IOException {
        y = 70;
        heading(out, "Introduction");
        lines(out, "Baby Q was seven weeks old when he was taken",
                "to hospital with a fractured arm. His parents said",
                "he had caught it in the bars of his cot while they",
                "were asleep.");
        heading(out, "Background");
        lines(out, "The parents were both twenty and lived in a flat",
                "above a shop with the father's brother. The",
                "midwife and health visitor saw the mother at",
                "home and never met the father in person.");
        heading(out, "Learning");
        bullet(out, "A bruise or a fracture on a baby who cannot yet", "roll is a sign to act on at once.");
        bullet(out, "Fathers and partners should be seen and spoken", "with at every health contact.");
        bullet(out, "A first baby in a crowded flat adds strain that", "visits can notice.");
        heading(out, "Recommendations");
        numbered(out, LEFT, y += PITCH, "1.", "The hospital should follow the injury protocol",
                "for every baby who is not yet mobile.");
    }

    /** The list goes on at the top of the right column, its lines in a phase of their own. */
    private void rightColumn(PDPageContentStream out) throws IOException {
        numbered(out, RIGHT, 96, "2.", "Health visitors should offer a visit to fathers",
                "in the evening or at the weekend when they work", "during the day.");
        numbered(out, RIGHT, 96 + 3 * PITCH + 4, "3.", "The partnership should check the use of the",
                "protocol in a year from now.");
    }

    private void heading(PDPageContentStream out, String text) throws IOException {
        y += 30;
        text(out, bold, 12, LEFT, y, text);
        y += 4;
    }

    private void lines(PDPageContentStream out, String... lines) throws IOException {
        for (String line : lines) {
            y += PITCH;
            text(out, regular, BODY, LEFT, y, line);
        }
    }

    private void bullet(PDPageContentStream out, String... lines) throws IOException {
        y += PITCH + 4;
        numbered(out, LEFT, y, "\u2022", lines);
        y += PITCH * (lines.length - 1);
    }

    private void numbered(PDPageContentStream out, float x, float top, String marker, String... lines)
            throws IOException {
        text(out, regular, BODY, x, top, marker);
        for (int i = 0; i < lines.length; i++) {
            text(out, regular, BODY, x + HANG, top + PITCH * i, lines[i]);
        }
    }

    private void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, height - top);
        out.showText(text);
        out.endText();
    }
}
