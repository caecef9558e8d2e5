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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untagged tables and numbered paragraphs of items. (a) A ruled grid, its edges thin filled shapes drawn cell by cell,
 * whose number and agency cells are centred in the row between the two lines of the recommendation: the drawn edges
 * keep the rows' lines in one table, the border under each row ends it, and the number ('1') with a capitals agency
 * ('LSCB') beside it is a row's line, no numbered heading. (b) An action plan 'No. | Learning | Recommended action |
 * Lead' in a learning section: the learning column gives learning, the column headed 'Recommended action'
 * recommendations. (c) '5.1 The review identified the following learning for the partnership.' before the numbered
 * points announces them and is no item.
 */
class UntaggedGridRowsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10f;
    private static final float LEADING = 13f;
    private static final float TOP = 842f;

    @TempDir
    Path dir;

    @Test
    void cellsCentredInARuledRowBelongToTheRowTheBordersDraw() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(centredGrid(dir.resolve("grid.pdf")));

        assertThat(items(report, SectionType.RECOMMENDATIONS)).containsExactly(
                "The partnership should review its threshold guidance so that a second report of an injury leads to a strategy discussion.",
                "Children's social care should ask for the records of any earlier plan within five days of a family's move.",
                "Nurseries should be reminded how to escalate when they disagree with a decision about their referral.");
    }

    @Test
    void aColumnHeadedRecommendedActionGivesRecommendationsInALearningSection() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(actionPlan(dir.resolve("plan.pdf")));

        assertThat(items(report, SectionType.LEARNING)).containsExactly(
                "Repeated missing episodes are a sign of exploitation, not separate events.",
                "Return home interviews work best when someone the child knows carries them out.");
        assertThat(items(report, SectionType.RECOMMENDATIONS)).containsExactly(
                "The police should hold a strategy discussion after a third missing episode.",
                "The partnership should commission interviews from the child's own key worker.");
    }

    @Test
    void aNumberedParagraphAnnouncingThePointsIsNoItem() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(numberedPoints(dir.resolve("points.pdf")));

        assertThat(items(report, SectionType.LEARNING)).containsExactly(
                "Older children in a neglectful family can become invisible when attention is on younger siblings.",
                "Persistent absence from school should be understood as a possible sign of neglect.",
                "The move to secondary school is a point of risk for a child known to early help.");
    }

    private static List<String> items(ExtractedReport report, SectionType type) {
        return report.items().stream().filter(i -> i.type() == type).map(ReportItem::text).toList();
    }

    private static Path centredGrid(Path path) throws IOException {
        String[][] rows = {
            {"1", "The partnership should review its threshold guidance so that a|second report of an injury leads to a strategy discussion.", "LSCB"},
            {"2", "Children's social care should ask for the records of any earlier|plan within five days of a family's move.", "Social care"},
            {"3", "Nurseries should be reminded how to escalate when they disagree|with a decision about their referral.", "Early years"},
        };
        float[] edges = {70, 100, 420, 525};
        String[] header = {"No.", "Recommendation", "Agency"};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                opening(out, "2 Recommendations");
                float rowTop = 200;
                float rowBottom = rowTop + 22;
                for (int c = 0; c < header.length; c++) {
                    float width = BOLD.getStringWidth(header[c]) / 1000 * SIZE;
                    text(out, BOLD, SIZE, (edges[c] + edges[c + 1] - width) / 2, rowTop + 15, header[c]);
                }
                grid(out, edges, rowTop, rowBottom);
                for (String[] row : rows) {
                    rowTop = rowBottom;
                    rowBottom = rowTop + 2 * LEADING + 10;
                    String[] lines = row[1].split("\\|");
                    float first = rowTop + 14;
                    text(out, REGULAR, SIZE, edges[1] + 4, first, lines[0]);
                    text(out, REGULAR, SIZE, edges[1] + 4, first + LEADING, lines[1]);
                    // the one-line cells centred in the row: level with neither line of the recommendation
                    text(out, REGULAR, SIZE, edges[0] + 5, first + LEADING / 2, row[0]);
                    text(out, REGULAR, SIZE, edges[2] + 4, first + LEADING / 2, row[2]);
                    grid(out, edges, rowTop, rowBottom);
                }
            }
            document.save(path.toFile());
        }
        return path;
    }

    /** One row's cell edges, each a thin filled shape: the uprights and the border under each cell. */
    private static void grid(PDPageContentStream out, float[] edges, float rowTop, float rowBottom) throws IOException {
        for (int c = 0; c < edges.length; c++) {
            bar(out, edges[c], rowTop, 0.7f, rowBottom - rowTop);
        }
        for (int c = 0; c + 1 < edges.length; c++) {
            bar(out, edges[c], rowBottom, edges[c + 1] - edges[c] + 0.7f, 0.7f);
            bar(out, edges[c], rowTop, edges[c + 1] - edges[c] + 0.7f, 0.7f);
        }
    }

    private static Path actionPlan(Path path) throws IOException {
        String[][] rows = {
            {"1", "Repeated missing episodes are|a sign of exploitation, not|separate events.", "The police should hold a|strategy discussion after a|third missing episode.", "Police"},
            {"2", "Return home interviews work|best when someone the child|knows carries them out.", "The partnership should|commission interviews from|the child's own key worker.", "Local|authority"},
        };
        float[] columns = {60, 90, 250, 410};
        String[] header = {"No.", "Learning", "Recommended action", "Lead"};
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                opening(out, "Learning and action plan");
                text(out, REGULAR, SIZE, 60, 180, "The learning and the action agreed for each point are set out below.");
                float y = 210;
                for (int c = 0; c < header.length; c++) {
                    text(out, BOLD, SIZE, columns[c], y, header[c]);
                }
                y += 21;
                for (String[] row : rows) {
                    int tallest = 0;
                    for (int c = 0; c < row.length; c++) {
                        String[] lines = row[c].split("\\|");
                        tallest = Math.max(tallest, lines.length);
                        for (int l = 0; l < lines.length; l++) {
                            text(out, REGULAR, SIZE, columns[c], y + l * LEADING, lines[l]);
                        }
                    }
                    y += tallest * LEADING + 8;
                }
            }
            document.save(path.toFile());
        }
        return path;
    }

    private static Path numberedPoints(Path path) throws IOException {
        String[][] paragraphs = {
            {"5.1", "The review identified the following learning for the partnership."},
            {"5.2", "Older children in a neglectful family can become invisible when attention is on|younger siblings."},
            {"5.3", "Persistent absence from school should be understood as a possible sign of|neglect."},
            {"5.4", "The move to secondary school is a point of risk for a child known to early help."},
        };
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                opening(out, "5. Learning");
                float y = 180;
                for (String[] paragraph : paragraphs) {
                    text(out, REGULAR, SIZE, 60, y, paragraph[0]);
                    for (String line : paragraph[1].split("\\|")) {
                        text(out, REGULAR, SIZE, 95, y, line);
                        y += LEADING;
                    }
                    y += 9;
                }
                text(out, BOLD, 13, 60, y + 20, "6. Conclusion");
                text(out, REGULAR, SIZE, 60, y + 40, "The partnership will monitor its action plan through the learning subgroup.");
            }
            document.save(path.toFile());
        }
        return path;
    }

    /** A title, a numbered introduction and the heading of the section under test; y from the top of the page. */
    private static void opening(PDPageContentStream out, String heading) throws IOException {
        text(out, BOLD, 16, 60, 60, "Local Child Safeguarding Practice Review: Child Q");
        String introduction = heading.startsWith("2 ") ? "1 Introduction"
                : Character.isDigit(heading.charAt(0)) ? "1. Introduction" : "Introduction";
        text(out, BOLD, 13, 60, 100, introduction);
        text(out, REGULAR, SIZE, 60, 120, "This review looked at the help given to Child Q and his family in 2024.");
        text(out, BOLD, 13, 60, 155, heading);
    }

    private static void bar(PDPageContentStream out, float x, float top, float width, float height) throws IOException {
        out.moveTo(x, TOP - top);
        out.lineTo(x + width, TOP - top);
        out.lineTo(x + width, TOP - top - height);
        out.lineTo(x, TOP - top - height);
        out.closePath();
        out.fill();
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - top);
        out.showText(text);
        out.endText();
    }
}
