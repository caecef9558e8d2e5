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
 * Reports batch43 (noticed there): a list printed as consecutive lines '1 X' / '2 Y' (a number, a space, no full
 * stop, the lines set at the body's own spacing with no gap between them) came out as one item. Each such line opens
 * a point of its own; a wrapped sentence whose next line happens to start with a number ('... in all' / '2 agencies
 * did not ...') stays one. Invented material, written here with PDFBox.
 */
class BareNumberedLinesTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final float SIZE = 11;
    private static final float LEADING = 14;

    @TempDir
    Path dir;

    @Test
    void consecutiveLinesOpeningWithABareNumberAreOneItemEach() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(write(dir.resolve("bare-numbers.pdf")));

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The partnership should ask schools to share attendance records with health visitors",
                        "Health visitors should record every adult who lives in the home at each visit",
                        "Children's social care should see each child alone during every assessment");
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING)
                .extracting(ReportItem::text).containsExactly(
                        "Agencies each held part of the picture and no one saw all of it: in all 2 agencies did not "
                                + "share what they knew about the father's convictions",
                        "School attendance fell for a year before anyone asked the family why");
    }

    private static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = PDRectangle.A4.getHeight() - 70;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float[] y = {top};
                Writer w = (font, size, text, gapAfter) -> {
                    out.beginText();
                    out.setFont(font, size);
                    out.newLineAtOffset(60, y[0]);
                    out.showText(text);
                    out.endText();
                    y[0] -= (size > SIZE ? size * 1.5f : LEADING) + gapAfter;
                };
                w.line(bold, 18, "Rushmere Safeguarding Partnership", 2);
                w.line(bold, 16, "Child safeguarding practice review: Child W", 14);
                w.line(regular, SIZE, "Every child, family, place and agency in this report is invented for testing.", 16);
                w.line(bold, 14, "1. Introduction", 4);
                w.line(regular, SIZE, "This review looked at the help given to Child W, aged 6, and her family between", 0);
                w.line(regular, SIZE, "March 2023 and June 2024, when she was found to be seriously neglected.", 16);
                w.line(bold, 14, "2. Learning", 4);
                w.line(regular, SIZE, "1 Agencies each held part of the picture and no one saw all of it: in all", 0);
                w.line(regular, SIZE, "2 agencies did not share what they knew about the father's convictions", 0);
                w.line(regular, SIZE, "2 School attendance fell for a year before anyone asked the family why", 16);
                w.line(bold, 14, "3. Recommendations", 4);
                w.line(regular, SIZE, "1 The partnership should ask schools to share attendance records with health visitors", 0);
                w.line(regular, SIZE, "2 Health visitors should record every adult who lives in the home at each visit", 0);
                w.line(regular, SIZE, "3 Children's social care should see each child alone during every assessment", 16);
                w.line(bold, 14, "4. Conclusion", 4);
                w.line(regular, SIZE, "The partnership accepted every recommendation and will report on progress in 2025.", 0);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @FunctionalInterface
    private interface Writer {
        void line(PDFont font, float size, String text, float gapAfter) throws IOException;
    }
}
