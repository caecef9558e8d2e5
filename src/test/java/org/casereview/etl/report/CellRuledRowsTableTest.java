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
 * A two-column 'Finding | Recommendation' table as an HTML renderer draws it with collapsed borders: column heads in
 * the regular face (no bold), no uprights, and a hairline under the header and between the rows drawn as each cell's
 * own bottom border, two segments end to end. The columns are of about equal width, so white gutters run down the page
 * as between text columns: read column after column, the findings ran into the recommendations. The segments make one
 * rule under the header row, so the page is read row by row and each right cell is one recommendation. Without a
 * rule under the header the same cells are still read as columns. Invented review: every agency and person is
 * invented.
 */
class CellRuledRowsTableTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 74;
    private static final float MIDDLE = 298;
    private static final float RIGHT = 521;
    private static final List<List<List<String>>> ROWS = List.of(
            List.of(List.of("Ellis was withdrawn from school to be", "taught at home and no agency saw him",
                            "in the following eight months."),
                    List.of("The council should visit every child with an", "education, health and care plan within four",
                            "weeks of the child leaving school for home", "education.")),
            List.of(List.of("The clinic appointments were cancelled", "by his mother and the clinic discharged",
                            "Ellis without speaking to his doctor."),
                    List.of("Clinics should not discharge a child with a", "disability for missed visits without first",
                            "speaking with the child's doctor and any", "allocated practitioner.")),
            List.of(List.of("Nobody knew that the father of Ellis", "had moved back into the family home."),
                    List.of("Every agency should ask, at each contact, who", "lives in the household and record any",
                            "change.")));

    @TempDir
    Path dir;

    @Test
    void aTableRuledCellByCellIsReadRowByRow() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(table("ruled.pdf", true));

        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The council should visit every child with an education, health and care plan within four "
                                + "weeks of the child leaving school for home education.",
                        "Clinics should not discharge a child with a disability for missed visits without first "
                                + "speaking with the child's doctor and any allocated practitioner.",
                        "Every agency should ask, at each contact, who lives in the household and record any "
                                + "change.");
    }

    @Test
    void theSameCellsWithNoRulesAreNotTakenForATable() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(table("plain.pdf", false));

        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).doesNotContain(
                        "Clinics should not discharge a child with a disability for missed visits without first "
                                + "speaking with the child's doctor and any allocated practitioner.");
    }

    private Path table(String name, boolean ruled) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage cover = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            float top = PDRectangle.A4.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, cover)) {
                text(content, BOLD, 20, LEFT, top - 70, "Aldergrove Safeguarding Children Partnership");
                text(content, REGULAR, 10, LEFT, top - 95, "Every person, agency and place in this review is invented.");
            }
            PDPage body = new PDPage(PDRectangle.A4);
            document.addPage(body);
            try (PDPageContentStream content = new PDPageContentStream(document, body)) {
                text(content, BOLD, 16, LEFT, top - 80, "Introduction");
                for (int i = 0; i < 5; i++) {
                    text(content, REGULAR, 10, LEFT, top - 102 - 15 * i,
                            "The review looked at the help the family were given by the school, the clinic and others.");
                }
                text(content, BOLD, 16, LEFT, top - 200, "Findings and recommendations");
                text(content, REGULAR, 10, LEFT, top - 222,
                        "Each finding of the review is set out below beside the recommendation made on it.");
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = top - 80;
                text(content, REGULAR, 13, LEFT + 6, y, "Finding");
                text(content, REGULAR, 13, MIDDLE + 6, y, "Recommendation");
                y -= 9;
                if (ruled) {
                    hairline(content, y);
                }
                for (List<List<String>> row : ROWS) {
                    float first = y - 18;
                    int lines = Math.max(row.get(0).size(), row.get(1).size());
                    for (int cell = 0; cell < 2; cell++) {
                        List<String> cellLines = row.get(cell);
                        for (int i = 0; i < cellLines.size(); i++) {
                            text(content, REGULAR, 9.5f, (cell == 0 ? LEFT : MIDDLE) + 6, first - 14.7f * i,
                                    cellLines.get(i));
                        }
                    }
                    y = first - 14.7f * (lines - 1) - 12;
                    if (ruled) {
                        hairline(content, y);
                    }
                }
                text(content, BOLD, 16, LEFT, y - 50, "Next steps");
                for (int i = 0; i < 4; i++) {
                    text(content, REGULAR, 10, LEFT, y - 72 - 15 * i,
                            "The partnership will report on the actions it has taken, and on what changed, in a year.");
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Each cell's bottom border: two thin rectangles filled one by one, meeting at the column edge. */
    private static void hairline(PDPageContentStream content, float y) throws IOException {
        content.addRect(LEFT, y - 0.5f, MIDDLE - LEFT, 0.5f);
        content.fill();
        content.addRect(MIDDLE, y - 0.5f, RIGHT - MIDDLE, 0.5f);
        content.fill();
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String words)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(words);
        content.endText();
    }
}
