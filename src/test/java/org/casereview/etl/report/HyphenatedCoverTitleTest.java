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

/**
 * A cover title TeX hyphenated inside a word ("Local Child Safeguarding Practice Re-" / "view: Baby R"): the title and
 * the review type read the word whole; a compound wrapped at its own hyphen ("Multi-" / "agency") keeps it.
 */
class HyphenatedCoverTitleTest {

    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @Test
    void aWordBrokenAtTheTitlesLineEndIsReadWhole(@TempDir Path dir) throws Exception {
        ReportMetadata m = cover(dir, "Local Child Safeguarding Practice Re-", "view: Baby R");

        assertThat(m.title()).isEqualTo("Local Child Safeguarding Practice Review: Baby R");
        assertThat(m.reviewTypeText()).isEqualToIgnoringCase("Local Child Safeguarding Practice Review");
    }

    @Test
    void aCompoundWrappedAtItsOwnHyphenKeepsIt(@TempDir Path dir) throws Exception {
        ReportMetadata m = cover(dir, "Serious Case Review: Multi-", "agency Response to Baby R");

        assertThat(m.title()).isEqualTo("Serious Case Review: Multi- agency Response to Baby R");
    }

    private static ReportMetadata cover(Path dir, String first, String second) throws IOException, Exception {
        Path pdf = dir.resolve("cover.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            doc.addPage(cover);
            try (PDPageContentStream out = new PDPageContentStream(doc, cover)) {
                show(out, BODY, 14, 72, 760, "Hexbridge Children's Safeguarding Partnership");
                show(out, BOLD, 24, 72, 560, first);
                show(out, BOLD, 24, 72, 530, second);
                show(out, BODY, 13, 72, 480, "Published: April 2026");
                show(out, BODY, 9, 72, 90, "This review and every person in it are invented for software testing.");
            }
            PDPage body = new PDPage(PDRectangle.A4);
            doc.addPage(body);
            try (PDPageContentStream out = new PDPageContentStream(doc, body)) {
                show(out, BOLD, 14, 72, 760, "Introduction");
                show(out, BODY, 11, 72, 730, "Baby R died at eleven weeks old after an unsafe sleeping incident at home.");
                show(out, BODY, 11, 72, 715, "The review considered the support offered to the family from pregnancy.");
            }
            doc.save(pdf.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extract(pdf).metadata();
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
