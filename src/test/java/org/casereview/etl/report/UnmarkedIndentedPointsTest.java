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
 * A learning section whose bullets are lost (pixels of a scanned page under its OCR text): a lead-in sentence at the
 * margin, then three points set 30 pt in from it with no space between them, each starting with a capital after a
 * short line that ended a sentence. Each point is a learning item; the lead-in none.
 */
class UnmarkedIndentedPointsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void indentedSentencesWithoutMarkersUnderALeadInAreTheSectionsPoints(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("lost-bullets.pdf");
        write(pdf);

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(ReportItem::text)
                .containsExactly(
                        "A new partner in the household must be known and assessed by every agency working with"
                                + " the child.",
                        "Records of a family who move must travel with them before the first home visit takes"
                                + " place.",
                        "Bruising on a baby who is not yet walking must always be discussed with a paediatrician.");
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 15, 68, 780, "Concise Child Practice Review: Child K");
                line(out, BOLD, 13, 68, 740, "Brief outline of circumstances");
                line(out, REGULAR, 11, 68, 720, "Child K, aged fourteen months, was admitted to hospital with a");
                line(out, REGULAR, 11, 68, 706, "fractured arm. Every name in this review is invented.");
                line(out, BOLD, 13, 68, 676, "Practice and organisational learning");
                line(out, REGULAR, 11, 68, 656, "The panel identified the following learning, which is set out in"
                        + " full.");
                float y = 632;
                String[] points = {"A new partner in the household must be known and assessed by every agency",
                    "working with the child.",
                    "Records of a family who move must travel with them before the first home",
                    "visit takes place.",
                    "Bruising on a baby who is not yet walking must always be discussed with a",
                    "paediatrician."};
                for (String point : points) {
                    line(out, REGULAR, 11, 98, y, point);
                    y -= 14;
                }
                line(out, BOLD, 13, 68, y - 20, "Improving systems and practice");
                line(out, REGULAR, 11, 68, y - 40, "1. The Board should ask health boards to agree a standard for"
                        + " records.");
            }
            document.save(pdf.toFile());
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
