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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose two tables are drawn as full grids (every cell edge stroked, ReportLab's GRID style), each right
 * under the heading that introduces it: the grid's top edge runs a few points under that heading, where an underline
 * would. It is the table's edge, not the heading's rule, so those two headings stand in the same style as the others
 * and every heading opens a section (an invented report: names, places and agencies made up).
 */
class GridUnderHeadingTest {

    private static final float BODY = 10f;
    private static final float HEADING = 13f;
    private static final float LEFT = 60f;
    private static final float WIDTH = 470f;
    private static final float ROW = 20f;

    @TempDir
    Path dir;

    @Test
    void headingsOverGridTablesAreNoMoreProminentThanTheOthers() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(dir.resolve("grid.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "Terms used in this review", "Introduction", "Background", "Findings", "Recommendations",
                "Appendix 1: Scope of the review", "Appendix 2: Review panel");
        assertThat(report.document().sections()).extracting(Section::type).containsSubsequence(
                SectionType.INTRODUCTION, SectionType.BACKGROUND, SectionType.FINDINGS, SectionType.RECOMMENDATIONS,
                SectionType.APPENDIX, SectionType.APPENDIX);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The health visiting service should see every baby at home within ten days of a move of area.",
                        "The partnership should check that GP practices share a new address with the health visitor.");
    }

    private static Path write(Path path) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = page.getMediaBox().getHeight() - 70;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, bold, 18, LEFT, y, "Local Child Safeguarding Practice Review: Baby W");
                text(out, regular, BODY, LEFT, y -= 22, "Brindlemoor Safeguarding Partnership, March 2026");
                y = grid(out, regular, bold, y - 40, "Terms used in this review", new String[][] {
                    {"Term", "Meaning"}, {"GP", "General practitioner"}, {"HV", "Health visitor"},
                    {"LCSPR", "Local child safeguarding practice review"}});
                y = section(out, regular, bold, y - 30, "Introduction",
                        "Baby W was seen in hospital at seven weeks old with a head injury.");
                y = section(out, regular, bold, y - 28, "Background",
                        "The family moved to the area when Baby W was three weeks old.");
                y = section(out, regular, bold, y - 28, "Findings",
                        "No health visitor saw Baby W at home after the move.");
                y = section(out, regular, bold, y - 28, "Recommendations",
                        "1. The health visiting service should see every baby at home within ten days of a move of area.",
                        "2. The partnership should check that GP practices share a new address with the health visitor.");
                y = section(out, regular, bold, y - 28, "Appendix 1: Scope of the review",
                        "The review looked at the six months before the injury.");
                grid(out, regular, bold, y - 34, "Appendix 2: Review panel", new String[][] {
                    {"Agency", "Role"}, {"Brindlemoor Council", "Children's social care"},
                    {"Brindlemoor Health Trust", "Health visiting service"}});
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static float section(PDPageContentStream out, PDType1Font regular, PDType1Font bold, float y,
                                 String heading, String... paragraphs) throws IOException {
        text(out, bold, HEADING, LEFT, y, heading);
        float at = y - 6;
        for (String paragraph : paragraphs) {
            at -= 20;
            text(out, regular, BODY, LEFT, at, paragraph);
        }
        return at;
    }

    /** The heading, then the table's grid starting 9 points under its baseline: every edge one stroked line. */
    private static float grid(PDPageContentStream out, PDType1Font regular, PDType1Font bold, float y, String heading,
                              String[][] rows) throws IOException {
        text(out, bold, HEADING, LEFT, y, heading);
        float top = y - 9;
        float divider = LEFT + 150;
        for (int r = 0; r < rows.length; r++) {
            float baseline = top - (r + 1) * ROW + 6;
            text(out, r == 0 ? bold : regular, BODY, LEFT + 6, baseline, rows[r][0]);
            text(out, r == 0 ? bold : regular, BODY, divider + 6, baseline, rows[r][1]);
        }
        float bottom = top - rows.length * ROW;
        out.setLineWidth(0.5f);
        for (int r = 0; r <= rows.length; r++) {
            line(out, LEFT, top - r * ROW, LEFT + WIDTH, top - r * ROW);
        }
        for (float x : List.of(LEFT, divider, LEFT + WIDTH)) {
            line(out, x, bottom, x, top);
        }
        return bottom;
    }

    private static void line(PDPageContentStream out, float x1, float y1, float x2, float y2) throws IOException {
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
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
