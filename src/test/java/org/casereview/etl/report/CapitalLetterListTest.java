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
 * A list lettered with capitals closed by a bracket ('A)', 'B)', as groff's mom letters a `.LIST ALPHA`): each letter
 * opens an entry; a capital with a full stop ('A. Smith') or alone ('A review ...') is no marker.
 */
class CapitalLetterListTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final String[] RECS = {
        "The partnership should publish one procedure for children missing education.",
        "Children's social care should include refused home visits in the assessment of risk.",
        "Each agency should remind staff of the escalation policy every six months."};

    @Test
    void capitalsClosedByABracketAreMarkers() {
        assertThat(ListMarkers.listMarkerLength("A) The partnership should")).isEqualTo(3);
        assertThat(ListMarkers.listMarkerLength("(B) Children's social care")).isEqualTo(4);
        assertThat(ListMarkers.listMarkerLength("A. Smith, independent reviewer")).isZero();
        assertThat(ListMarkers.listMarkerLength("A review was held")).isZero();
        assertThat(ListMarkers.listMarkerLength("I) Introduction")).isZero();
    }

    @Test
    void eachCapitalLetterOpensARecommendation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mom.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, BOLD, 16, 72, 780, "Local Child Safeguarding Practice Review: Child M");
                line(out, REGULAR, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, BOLD, 13, 72, 720, "5. Findings");
                line(out, REGULAR, 11, 72, 700, "The school and the local authority did not share what each of them knew.");
                line(out, BOLD, 13, 72, 666, "6. Recommendations");
                float y = 646;
                for (int i = 0; i < RECS.length; i++) {
                    line(out, REGULAR, 11, 90, y, (char) ('A' + i) + ")");
                    line(out, REGULAR, 11, 108, y, RECS[i]);
                    y -= 20;
                }
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(RECS);
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
