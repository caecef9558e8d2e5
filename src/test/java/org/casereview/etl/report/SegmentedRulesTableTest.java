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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table No. | Recommendation | Lead ruled across only, as ConTeXt's xtables draw it: each rule one segment a column,
 * the row numbers right-aligned under a wider "No.", the text column starting less than a word space after them, the
 * cells wrapping onto a second line. The joints of the rules' segments are the column edges, and the numbers that end
 * where "No." ends are one column, so each row's recommendation is one whole item.
 */
class SegmentedRulesTableTest {

    private static final float SIZE = 10f;
    private static final float LEADING = 13.3f;
    private static final float ROW_GAP = 16.4f;
    private static final String[][] ROWS = {
        {"1", "Health visitors should see every baby born to a parent under|twenty at home within ten days of the birth.",
            "Health"},
        {"2", "The housing service should tell the school when a family with|children is "
            + "moved to temporary accommodation out of the area.", "Housing"},
        {"3", "Early help workers should record who else lives in the|household and check it at every review.",
            "Early help"},
    };

    @TempDir
    Path dir;

    @Test
    void rulesDrawnOneSegmentAColumnPartARightAlignedNumberColumnFromTheTextBesideIt() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("segmented.pdf"), 3.2f, true));

        assertThat(report.sections().stream().flatMap(s -> s.items().stream()).toList()).extracting(i -> i.text())
                .containsExactly(
                        "Health visitors should see every baby born to a parent under twenty at home within ten days of "
                                + "the birth.",
                        "The housing service should tell the school when a family with children is moved to temporary "
                                + "accommodation out of the area.",
                        "Early help workers should record who else lives in the household and check it at every review.");
    }

    @Test
    void rowNumbersRightAlignedUnderAWiderHeaderEachStartARow() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("right.pdf"), 14f, false));

        assertThat(report.sections().stream().flatMap(s -> s.items().stream()).toList()).extracting(i -> i.text())
                .containsExactly(
                        "Health visitors should see every baby born to a parent under twenty at home within ten days of "
                                + "the birth.",
                        "The housing service should tell the school when a family with children is moved to temporary "
                                + "accommodation out of the area.",
                        "Early help workers should record who else lives in the household and check it at every review.");
    }

    /** The number column ends {@code gap} points before the text column; rules drawn in segments or not at all. */
    private static Path write(Path path, float gap, boolean rules) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        float numberEnd = 103.3f;
        float text = numberEnd + gap;
        float lead = text + 310.4f;
        float[] segments = {70.7f, numberEnd + gap / 2, lead - 1.8f, lead + 79.4f};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = page.getMediaBox().getHeight() - 72;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, bold, 14, 70.9f, top, "1 Introduction");
                show(out, regular, SIZE, 70.9f, top - 24, "This review looks at the help given to a family who moved "
                        + "three times in a year.");
                show(out, bold, 14, 70.9f, top - 56, "2 Recommendations");
                float ruleTop = top - 82;
                float y = ruleTop - 11;
                show(out, regular, SIZE, numberEnd - width(regular, "No."), y, "No.");
                show(out, regular, SIZE, text, y, "Recommendation");
                show(out, regular, SIZE, lead, y, "Lead");
                float underHeader = y - 5.2f;
                y = underHeader - 11.1f;
                for (String[] row : ROWS) {
                    show(out, regular, SIZE, numberEnd - width(regular, row[0]), y, row[0]);
                    String[] lines = row[1].split("\\|");
                    for (int l = 0; l < lines.length; l++) {
                        show(out, regular, SIZE, text, y - l * LEADING, lines[l]);
                    }
                    show(out, regular, SIZE, lead, y, row[2]);
                    y -= LEADING * (lines.length - 1) + ROW_GAP;
                }
                if (rules) {
                    float bottom = y + ROW_GAP - 5.3f;
                    for (float ruleY : new float[] {ruleTop, underHeader, bottom}) {
                        rule(out, segments, ruleY);
                    }
                }
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static float width(PDType1Font font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    /** One stroked segment a column, each reaching a little into the next as ConTeXt draws them. */
    private static void rule(PDPageContentStream out, float[] edges, float y) throws IOException {
        out.setLineWidth(0.4f);
        for (int c = 0; c + 1 < edges.length; c++) {
            out.moveTo(edges[c], y);
            out.lineTo(edges[c + 1] + (c + 2 < edges.length ? 0.4f : 0f), y);
            out.stroke();
        }
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
