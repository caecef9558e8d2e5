package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ruled recommendation tables in untagged PDFs. (a) The header cells are centred over their columns, as an HTML
 * {@code <th>} is, while the body cells start at the columns' left edges: a header cell is read with the body column
 * it stands over. (b) Every line of the rows is set at one spacing, so no gap parts the rows: the borders drawn
 * between them (thin filled shapes) end each row, and the bold header line is a row of its own.
 */
class CentredHeaderRuledRowsTableTest {

    private static final float SIZE = 10f;
    private static final float LEADING = 13f;

    @TempDir
    Path dir;

    @Test
    void centredHeaderCellsNameTheBodyColumnTheyStandOver() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(centred(dir.resolve("centred.pdf"), "6 Recommendations"));

        assertThat(recommendations(report)).containsExactly(
                "The drug service should check safe storage at a home visit every six months.",
                "The partnership should agree how a change of address is shared with health visitors.",
                "Health visitors should ask to see where medicines are kept at every contact.");
    }

    /** The same table as the report's only recommendations, in an appendix: its header row names what the rows are. */
    @Test
    void anAppendixTableHeadedRecommendationGivesRecommendationsWhenNoSectionDid() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(
                centred(dir.resolve("appendix.pdf"), "Appendix 1: Action plan"));

        assertThat(report.document().sections()).extracting(s -> s.type())
                .containsExactly(SectionType.INTRODUCTION, SectionType.APPENDIX);
        assertThat(report.items()).allMatch(i -> i.type() == SectionType.RECOMMENDATIONS).extracting(i -> i.text())
                .containsExactly(
                        "The drug service should check safe storage at a home visit every six months.",
                        "The partnership should agree how a change of address is shared with health visitors.",
                        "Health visitors should ask to see where medicines are kept at every contact.");
    }

    @Test
    void rowBordersAndABoldHeaderLinePartRowsSetAtOneSpacing() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(evenlySpaced(dir.resolve("even.pdf")));

        assertThat(recommendations(report)).containsExactly(
                "Social workers should hold a placement meeting before any move of a child at risk.",
                "The partnership should issue guidance on a child who says he is in debt to others.",
                "Local authorities should share the risk assessment with the receiving area before a move.");
    }

    private static java.util.List<String> recommendations(ReportDocument report) {
        return report.sections().stream().filter(s -> s.type() == SectionType.RECOMMENDATIONS)
                .flatMap(s -> s.items().stream()).map(i -> i.text()).toList();
    }

    private static Path centred(Path path, String heading) throws IOException {
        String[][] rows = {
            {"1", "The drug service should check safe storage at a home|visit every six months.", "Drug and alcohol|service"},
            {"2", "The partnership should agree how a change of address is|shared with health visitors.", "Partnership|business unit"},
            {"3", "Health visitors should ask to see where medicines are kept|at every contact.", "Health visiting|service"},
        };
        float[] edges = {70, 95, 400, 525};
        String[] header = {"No.", "Recommendation", "Lead agency"};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                opening(out, 780, heading);
                float y = 660;
                for (int c = 0; c < header.length; c++) {
                    float width = BOLD.getStringWidth(header[c]) / 1000 * SIZE;
                    text(out, BOLD, (edges[c] + edges[c + 1] - width) / 2, y, header[c]);
                }
                float[] borders = new float[rows.length + 2];
                borders[0] = y + LEADING;
                borders[1] = y - 6;
                for (int r = 0; r < rows.length; r++) {
                    float baseline = borders[r + 1] - LEADING;
                    for (int c = 0; c < 3; c++) {
                        String[] lines = rows[r][c].split("\\|");
                        for (int l = 0; l < lines.length; l++) {
                            text(out, REGULAR, edges[c] + 4, baseline - l * LEADING, lines[l]);
                        }
                    }
                    borders[r + 2] = baseline - LEADING - 8;
                }
                // each cell edge its own stroked segment
                out.setLineWidth(0.3f);
                for (int r = 0; r + 1 < borders.length; r++) {
                    for (int c = 0; c < edges.length; c++) {
                        segment(out, edges[c], borders[r], edges[c], borders[r + 1]);
                    }
                    for (int c = 0; c + 1 < edges.length; c++) {
                        segment(out, edges[c], borders[r + 1], edges[c + 1], borders[r + 1]);
                    }
                }
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static Path evenlySpaced(Path path) throws IOException {
        String[][] rows = {
            {"Social workers should|hold a placement|meeting before any move|of a child at risk.", "Social care", "By March 2026"},
            {"The partnership should|issue guidance on a child|who says he is in debt to|others.", "Partnership business unit", "By January 2026"},
            {"Local authorities should|share the risk assessment|with the receiving area|before a move.", "All local authorities", "By April 2026"},
        };
        float[] edges = {40, 170, 300, 390};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                opening(out, 560, "What needs to change?");
                float y = 440;
                String[] header = {"Recommendation", "Who", "When"};
                for (int c = 0; c < header.length; c++) {
                    text(out, BOLD, edges[c] + 3, y, header[c]);
                }
                int line = 1;
                for (String[] row : rows) {
                    int tallest = 0;
                    for (int c = 0; c < 3; c++) {
                        String[] lines = row[c].split("\\|");
                        tallest = Math.max(tallest, lines.length);
                        for (int l = 0; l < lines.length; l++) {
                            text(out, REGULAR, edges[c] + 3, y - (line + l) * LEADING, lines[l]);
                        }
                    }
                    line += tallest;
                    // the border under the row: a thin filled four-sided shape, not a rectangle operator
                    float border = y - (line - 1) * LEADING - 4;
                    out.moveTo(edges[0], border);
                    out.lineTo(edges[3], border);
                    out.lineTo(edges[3], border - 0.75f);
                    out.lineTo(edges[0], border - 0.75f);
                    out.closePath();
                    out.fill();
                }
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** A title, a short section before the table's and the table's heading. */
    private static void opening(PDPageContentStream out, float top, String heading) throws IOException {
        text(out, BOLD, 16, 40, top, "Local Child Safeguarding Practice Review: Child Z");
        text(out, BOLD, 13, 40, top - 40, "Introduction");
        text(out, REGULAR, SIZE, 40, top - 58, "This review looked at the help given to Child Z and his family.");
        text(out, BOLD, 13, 40, top - 90, heading);
    }

    private static void segment(PDPageContentStream out, float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    private static void text(PDPageContentStream out, PDType1Font font, float x, float y, String text)
            throws IOException {
        text(out, font, SIZE, x, y, text);
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
