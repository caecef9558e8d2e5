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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running head set on the pages after the first only (plain TeX's {@code \headline} from page 2): in a two-page
 * report it is printed once, in small type in the top margin, repeating the title page 1 prints larger. It is page
 * furniture, not the end of the item the page before left off with.
 */
class OncePrintedRunningHeadTest {

    private static final String TITLE = "Local Child Safeguarding Practice Review: Child N";

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void aSmallMarginLineRepeatingTheFirstPagesTitleIsFurnitureEvenOnce() throws Exception {
        Path pdf = dir.resolve("head.pdf");
        PDFont roman = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(doc, first)) {
                show(out, bold, 15, 110, 90, TITLE);
                show(out, bold, 11, 72, 150, "1. Background");
                show(out, roman, 11, 72, 170, "Child N was three months old when her father took her to hospital.");
                show(out, roman, 11, 72, 184, "The family had moved to the area a month before her birth.");
                show(out, bold, 11, 72, 214, "2. Learning");
                show(out, roman, 11, 72, 234, "\u2022 Health visitors should ask who looks after a baby at night.");
                show(out, roman, 11, 72, 252, "\u2022 A family new to an area needs its records moved with it.");
                show(out, roman, 11, 290, 800, "1");
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, second)) {
                show(out, roman, 8, 340, 60, TITLE);
                show(out, bold, 11, 72, 100, "3. Recommendations");
                show(out, roman, 11, 72, 120, "\u2022 The partnership should write guidance on moving records.");
                show(out, roman, 11, 72, 138, "\u2022 Maternity services should record who lives in the home.");
                show(out, roman, 11, 290, 800, "2");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Health visitors should ask who looks after a baby at night."),
                tuple(SectionType.LEARNING, "A family new to an area needs its records moved with it."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should write guidance on moving records."),
                tuple(SectionType.RECOMMENDATIONS, "Maternity services should record who lives in the home."));
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, PDRectangle.A4.getHeight() - y);
        out.showText(text);
        out.endText();
    }
}
