package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged findings section laid out as rows of two cells (CSS table-row / table-cell, no table markup): a bold
 * header line names the findings on the left and what they mean on the right, each row a finding on a tinted fill
 * and beside it, after a vertical rule, what it means, the lines level, no ruling between the rows. The header
 * cells are set with less padding than the body's, so the right one starts in the gutter. The right-hand cells are
 * the section's items: learning, or the kind the right header names.
 */
class FindingsBesideMeaningRowsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10f;
    private static final float LEADING = 13f;
    private static final float LEFT = 60;
    private static final float RIGHT = 300;

    private static final String[][] ROWS = {
        {"The nursery gave the boy breakfast every day|for a year and called it support.",
            "Feeding a hungry child in school can hide|neglect at home; the pattern should be|shared as a concern."},
        {"The mother's doctor did not know she|cared for three children.",
            "Adult services need to ask about the children|in the household."},
        {"No one weighed the boy after he|started school, so his loss of|weight went unseen.",
            "Growth is a clear sign of neglect and|should be measured when there are concerns."}};

    @TempDir
    Path dir;

    @Test
    void theCellsBesideTheFindingsAreTheLearning() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(
                rowsPdf(dir.resolve("meaning.pdf"), "What this means for practice"));

        assertThat(report.document().sections()).extracting(s -> s.type())
                .containsExactly(SectionType.INTRODUCTION, SectionType.FINDINGS, SectionType.CONCLUSION);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Feeding a hungry child in school can hide neglect at home; the pattern "
                        + "should be shared as a concern."),
                tuple(SectionType.LEARNING, "Adult services need to ask about the children in the household."),
                tuple(SectionType.LEARNING, "Growth is a clear sign of neglect and should be measured when there are "
                        + "concerns."));
    }

    /**
     * A right header that starts in the gutter still heads the right column: here it names recommendations. The report
     * states its learning nowhere else, so the findings beside them are its learning (FindingColumns).
     */
    @Test
    void aRightHeaderNamingAnotherKindGivesThatKind() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(
                rowsPdf(dir.resolve("change.pdf"), "What needs to change"));

        assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.RECOMMENDATIONS,
                SectionType.RECOMMENDATIONS, SectionType.RECOMMENDATIONS, SectionType.LEARNING, SectionType.LEARNING,
                SectionType.LEARNING);
        assertThat(report.items().get(3).text()).isEqualTo("The nursery gave the boy breakfast every day for a year "
                + "and called it support.");
    }

    private static Path rowsPdf(Path path, String rightHeader) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, BOLD, 16, 50, 790, "Learning Review: Child T");
                text(out, BOLD, 13, 50, 750, "Introduction");
                text(out, REGULAR, SIZE, 50, 732, "The committee asked for this review after the boy was admitted "
                        + "to hospital.");
                text(out, REGULAR, SIZE, 50, 719, "It looked at the help the family had over the two years before.");
                text(out, BOLD, 13, 50, 690, "What we found");
                float y = 665;
                text(out, BOLD, SIZE, 50, y, "What we found");
                text(out, BOLD, SIZE, RIGHT - 12, y, rightHeader);
                y -= 24;
                for (String[] row : ROWS) {
                    String[] left = row[0].split("\\|");
                    String[] right = row[1].split("\\|");
                    int lines = Math.max(left.length, right.length);
                    float top = y + LEADING - 2;
                    float bottom = y - (lines - 1) * LEADING - 6;
                    out.setNonStrokingColor(new Color(226, 240, 226));
                    out.addRect(LEFT - 6, bottom, RIGHT - LEFT - 14, top - bottom);
                    out.fill();
                    out.setNonStrokingColor(Color.BLACK);
                    out.setStrokingColor(new Color(60, 120, 60));
                    out.setLineWidth(2f);
                    out.moveTo(RIGHT - 8, top);
                    out.lineTo(RIGHT - 8, bottom);
                    out.stroke();
                    for (int l = 0; l < left.length; l++) {
                        text(out, REGULAR, SIZE, LEFT, y - l * LEADING, left[l]);
                    }
                    for (int l = 0; l < right.length; l++) {
                        text(out, REGULAR, SIZE, RIGHT, y - l * LEADING, right[l]);
                    }
                    y = bottom - 20;
                }
                text(out, BOLD, 13, 50, y - 10, "Conclusion");
                text(out, REGULAR, SIZE, 50, y - 28, "The boy has recovered and lives with his grandmother.");
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
