package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ReportDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet's action plan printed with gridlines: every cell edge is its own short drawn segment, the rows are
 * taller than their text, and a wrapped recommendation line ends a few points before the next cell's text. The
 * segments at one x make the column edges, so the rows stay one table and the Recommendation column gives the items.
 */
class SegmentedGridTableTest {

    private static final float SIZE = 9f;
    private static final float LEADING = 10f;
    private static final float ROW = 36f;
    private static final String[][] ROWS = {
        {"R1", "Agencies should record the details of any new adult in|the household of a child under five.",
            "Add a household members field", "All agencies"},
        {"R2", "The partnership should train practitioners to ask about a|parent's own experience of care.",
            "Run four workshops on adverse|childhood experiences", "Partnership"},
        {"R3", "Health visitors should review the family at a new-partner|contact within four weeks.",
            "Add a new-partner contact", "Health visiting"},
    };

    @TempDir
    Path dir;

    @Test
    void gridDrawnAsSeparateSegmentsGivesOneItemPerRecommendationRow() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("grid.pdf")));

        assertThat(report.sections().stream().flatMap(s -> s.items().stream()).toList()).extracting(i -> i.text()).containsExactly(
                "Agencies should record the details of any new adult in the household of a child under five.",
                "The partnership should train practitioners to ask about a parent's own experience of care.",
                "Health visitors should review the family at a new-partner contact within four weeks.");
    }

    private static Path write(Path path) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float widest = 0;
        for (String[] row : ROWS) {
            widest = Math.max(widest, regular.getStringWidth(row[1].split("\\|")[0]) / 1000 * SIZE);
        }
        // the Action column's text starts 3 points after the longest recommendation line ends
        float[] edges = {50, 80, 85 + widest + 1.5f, 85 + widest + 180, 85 + widest + 280};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            float top = page.getMediaBox().getHeight() - 60;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, bold, 16, 52, top, "Action plan for Child Z");
                text(out, regular, 11, 52, top - 24, "This plan sets out what the partnership agreed to do after the review.");
                text(out, bold, 13, 52, top - 56, "Recommendations and actions");
                float y = top - 80;
                String[] header = {"Ref", "Recommendation", "Action", "Lead"};
                for (int c = 0; c < header.length; c++) {
                    text(out, bold, SIZE, edges[c] + 1.5f, y, header[c]);
                }
                float rowTop = y + LEADING;
                float[] rowEdges = new float[ROWS.length + 2];
                rowEdges[0] = rowTop;
                rowEdges[1] = rowTop - 14;
                for (int r = 0; r < ROWS.length; r++) {
                    float baseline = rowEdges[r + 1] - LEADING;
                    for (int c = 0; c < ROWS[r].length; c++) {
                        String[] lines = ROWS[r][c].split("\\|");
                        for (int l = 0; l < lines.length; l++) {
                            text(out, regular, SIZE, edges[c] + 1.5f, baseline - l * LEADING, lines[l]);
                        }
                    }
                    rowEdges[r + 2] = rowEdges[r + 1] - ROW;
                }
                grid(out, edges, rowEdges);
            }
            document.save(path.toFile());
        }
        return path;
    }

    /** Each cell's left edge a segment of its own, as Calc prints gridlines; the rows' lines across the table. */
    private static void grid(PDPageContentStream out, float[] edges, float[] rowEdges) throws IOException {
        out.setLineWidth(0.1f);
        for (float x : List.of(edges[1], edges[2], edges[3])) {
            for (int r = 0; r + 1 < rowEdges.length; r++) {
                out.moveTo(x, rowEdges[r] - 0.05f);
                out.lineTo(x, rowEdges[r + 1] + 0.05f);
                out.stroke();
            }
        }
        for (float y : rowEdges) {
            out.moveTo(edges[0], y);
            out.lineTo(edges[4], y);
            out.stroke();
        }
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
