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
import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review of two or more children names them together: a plural word and their letters joined by 'and'. */
class ChildrenNamedTogetherTest {

    @TempDir
    Path dir;

    @Test
    void siblingsNamedByLettersJoinedByAndAreTheChildName() throws Exception {
        Path pdf = dir.resolve("siblings.pdf");
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                show(out, regular, 14, 700, "Marshcombe Safeguarding Children Partnership");
                show(out, bold, 24, 600, "Local Child Safeguarding Practice Review:");
                show(out, bold, 24, 570, "Siblings A and B");
                show(out, regular, 12, 500, "Published: May 2024");
            }
            PDPage body = new PDPage(PDRectangle.A4);
            doc.addPage(body);
            try (PDPageContentStream out = new PDPageContentStream(doc, body)) {
                show(out, bold, 16, 760, "Introduction");
                show(out, regular, 10, 730, "Siblings A and B were aged four and six when they were taken into care.");
            }
            doc.save(pdf.toFile());
        }

        ReportMetadata metadata = ReportExtractor.withDefaultSynonyms().extract(pdf).metadata();

        assertThat(metadata.title()).isEqualTo("Local Child Safeguarding Practice Review: Siblings A and B");
        assertThat(metadata.childName()).isEqualTo("Siblings A and B");
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(72, y);
        out.showText(text);
        out.endText();
    }
}
