package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A ruled action plan set by pdfTeX in justified narrow cells: each word a fragment of its own, and a cell's first
 * line stretches its spaces (after the number's stop '2.', and in a narrow Lead cell 'Head of service,') wider than the
 * em that parts cells. Those spaces are no columns: each Recommendation cell is one item, whole. A start that
 * other lines run across is such a space; the column edges no text crosses stay.
 */
class StretchedCellSpacesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final String[][] ROWS = {
        {"1. The board should seek assurance that children on plans", "are seen alone at every visit.",
            "Quality assurance", "sub-group"},
        {"2. Children's social care should ensure that assessments", "identify every adult in the household.",
            "Head of service,", "children's services"},
        {"3. All agencies should promote the escalation procedure", "and report its use to the board.",
            "Board business", "manager"}};

    @Test
    void stretchedSpacesInJustifiedCellsAreNoColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                RuledTableCells cells = new RuledTableCells(out, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                drawReport(cells, 0);
            }
            document.save(file.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(expected());
    }

    static String[] expected() {
        String[] texts = new String[ROWS.length];
        for (int i = 0; i < ROWS.length; i++) {
            texts[i] = (ROWS[i][0] + " " + ROWS[i][1]).substring(3);
        }
        return texts;
    }

    /** The report: a recommendations section pointing to the appendix, then the appendix's ruled table. */
    static void drawReport(RuledTableCells cells, float stretch) throws Exception {
        cells.show(BOLD, 15, 60, 50, "Serious Case Review: Child L");
        cells.show(REGULAR, 9, 60, 66, "Every name in this review is invented for software testing.");
        cells.show(BOLD, 13, 60, 96, "8. Recommendations");
        cells.show(REGULAR, 10, 60, 114, "The recommendations are set out in the action plan at Appendix B.");
        cells.show(BOLD, 13, 60, 144, "Appendix B: Action plan");
        float top = 160;
        cells.rule(56, top, 520, top);
        cells.show(BOLD, 10, 60, top + 12, "Recommendation");
        cells.show(BOLD, 10, 330, top + 12, "Action");
        cells.show(BOLD, 10, 440, top + 12, "Lead");
        float y = top + 16;
        cells.rule(56, y, 520, y);
        for (String[] row : ROWS) {
            float firstGap = row[0].startsWith("1.") ? 3 : 18 + stretch;
            cells.words(REGULAR, 10, 60, y + 12, firstGap, 3, row[0]);
            cells.words(REGULAR, 10, 60, y + 27, 3, 3, row[1]);
            cells.words(REGULAR, 10, 330, y + 12, 3, 3, "Audit of case files");
            float leadGap = row[2].startsWith("Head") ? 24 : 3;
            cells.words(REGULAR, 10, 440, y + 12, leadGap, leadGap, row[2]);
            cells.words(REGULAR, 10, 440, y + 27, 3, 3, row[3]);
            for (float x : new float[] {56, 326, 436, 520}) {
                cells.rule(x, y, x, y + 31);
            }
            y += 31;
            cells.rule(56, y, 520, y);
        }
    }
}
