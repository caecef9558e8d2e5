package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An action plan (invented content) whose recommendation cell spans its two action rows, as a browser lays out a
 * rowspan: the second action row's first line stands a little under the recommendation's last line, nearer than the
 * lines inside a cell are apart, though the two lines share no column. Row borders are filled outlines (not seen as
 * rules), the column edges stroked. Each recommendation is one item, read whole, and no action is one.
 */
class SpanningRecommendationCellTableTest {

    private static final float SIZE = 9f;
    private static final float LEADING = 12.6f;
    private static final float[] EDGES = {56, 238, 385, 470, 545};
    private static final Color LINE = new Color(0x44, 0x44, 0x44);

    @TempDir
    Path dir;

    /** A recommendation's lines, then its two actions, each lines and a lead and a date. */
    private static final String[][][] ROWS = {
        {{"The housing service should tell the child's", "social worker when a family is given notice", "to leave."},
            {"Write the step into the eviction procedure", "Housing service", "May 2026"},
            {"Check twelve notices for the step", "Housing service", "October 2026"}},
        {{"Health visitors should see a baby at home", "within a week of a move between areas, not", "only at clinic."},
            {"Change the transfer-in checklist", "Health visiting", "June 2026"},
            {"Audit visits after moves", "Health visiting", "December 2026"}},
    };

    @Test
    void aRecommendationCellSpanningTwoActionRowsIsOneItem() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("rowspan.pdf")));

        Section recommendations = report.sections().stream()
                .filter(s -> s.type() == SectionType.RECOMMENDATIONS).findFirst().orElseThrow();
        assertThat(recommendations.items()).extracting(i -> i.text()).containsExactly(
                "The housing service should tell the child's social worker when a family is given notice to leave.",
                "Health visitors should see a baby at home within a week of a move between areas, not only at"
                        + " clinic.");
    }

    private static Path write(Path path) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Plan plan = new Plan(out, height, regular);
                plan.text(bold, 14, EDGES[0], 72, "Introduction");
                plan.text(regular, 10.5f, EDGES[0], 92,
                        "This invented review looked at how agencies shared news of a family's moves.");
                plan.text(bold, 14, EDGES[0], 124, "Recommendations and action plan");
                plan.draw(bold, 150);
            }
            document.save(path.toFile());
        }
        return path;
    }

    /** Drawn as a browser draws a bordered table, y measured down from the page's top. */
    private record Plan(PDPageContentStream out, float height, PDType1Font regular) {

        void draw(PDType1Font bold, float top) throws IOException {
            String[] header = {"Recommendation", "Action", "Lead", "Timescale"};
            for (int c = 0; c < header.length; c++) {
                text(bold, SIZE, EDGES[c] + 6, top + 14, header[c]);
            }
            float y = top + 22;
            border(EDGES[0], EDGES[4], top);
            border(EDGES[0], EDGES[4], y);
            for (String[][] row : ROWS) {
                float rowTop = y;
                String[] recommendation = row[0];
                for (int l = 0; l < recommendation.length; l++) {
                    text(regular, SIZE, EDGES[0] + 6, rowTop + 14 + l * LEADING, recommendation[l]);
                }
                float second = rowTop + 14 + LEADING + 21.7f;
                float[] starts = {rowTop + 14, second};
                for (int a = 0; a < 2; a++) {
                    for (int c = 0; c < 3; c++) {
                        text(regular, SIZE, EDGES[c + 1] + 6, starts[a], row[a + 1][c]);
                    }
                }
                border(EDGES[1], EDGES[4], second - 14);
                y = second + 8;
                border(EDGES[0], EDGES[4], y);
                for (float edge : EDGES) {
                    upright(edge, rowTop, y);
                }
            }
        }

        /** A row border as a browser fills it: a thin outline path, no rectangle operator. */
        void border(float x1, float x2, float y) throws IOException {
            out.setNonStrokingColor(LINE);
            out.moveTo(x1, height - y);
            out.lineTo(x2, height - y);
            out.lineTo(x2, height - y - 0.8f);
            out.lineTo(x1, height - y - 0.8f);
            out.closePath();
            out.fill();
        }

        void upright(float x, float y1, float y2) throws IOException {
            out.setStrokingColor(LINE);
            out.setLineWidth(0.8f);
            out.moveTo(x, height - y1);
            out.lineTo(x, height - y2);
            out.stroke();
        }

        void text(PDType1Font font, float size, float x, float y, String text) throws IOException {
            out.setNonStrokingColor(Color.BLACK);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, height - y);
            out.showText(text);
            out.endText();
        }
    }
}
