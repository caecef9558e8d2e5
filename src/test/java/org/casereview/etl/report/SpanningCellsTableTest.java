package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * A page-layout program's recommendations table with merged cells (invented content): a two-row header whose 'Owner'
 * cell spans 'Lead | Due' below it, group rows spanning every column, and an action cell spanning two owner rows. The
 * second owner row's text sits at its own row's top, a few points under the action's last line: nearer than the lines
 * inside a cell, though the two lines share no column; the program reserves each row's height from an estimate of its
 * lines, so under some rows the rule is close and under others further down. A group row cuts the grid into parts: the
 * first row of a part, with a rule close under it and none seen under the rows below, is no header row (its cells
 * say sentences). Each action is one item, read whole; the group rows and the second header row are no items.
 */
class SpanningCellsTableTest {

    private static final float SIZE = 9f;
    private static final float LEADING = 11.5f;
    private static final float[] EDGES = {56, 90, 340, 475, 539};
    private static final Color HEADER = new Color(0x2f, 0x5d, 0x8a);
    private static final double CHARACTERS_PER_LINE = 44;
    private static final Color GROUP = new Color(0xe2, 0xea, 0xf3);

    @TempDir
    Path dir;

    @Test
    void actionCellsSpanningTwoOwnerRowsAreOneItemEachUnderATwoRowHeader() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(write(dir.resolve("spanning.pdf")));

        Section recommendations = report.sections().stream()
                .filter(s -> s.type() == SectionType.RECOMMENDATIONS).findFirst().orElseThrow();
        assertThat(recommendations.items()).extracting(i -> i.text()).containsExactly(
                "The partnership should publish a single pathway for referring a child missing from school to the"
                        + " right team.",
                "Schools and the youth service should share attendance worries with the early help hub each week.",
                "Housing officers should be told when a family placed out of area has a child under five.",
                "The partnership should audit ten transfers of cases between areas by the end of the year.");
    }

    /** Rows: number, action lines, owner rows (lead, due) each; a null number marks a group row. */
    private static final Object[][] ROWS = {
        {null, "Group A: Children missing from school"},
        {"1", new String[] {"The partnership should publish a single pathway for",
            "referring a child missing from school to the right",
            "team."}, new String[][] {{"Tamsford Council", "6 months"}}},
        {"2", new String[] {"Schools and the youth service should share",
            "attendance worries with the early help hub each week."},
            new String[][] {{"Tamsford Schools Forum", "3 months"}, {"Tamsford Youth Service", "3 months"}}},
        {null, "Group B: Families who move"},
        {"3", new String[] {"Housing officers should be told when a family placed",
            "out of area has a child under five."}, new String[][] {{"Tamsford Housing", "3 months"}}},
        {"4", new String[] {"The partnership should audit ten transfers of cases",
            "between areas by the end of the year."},
            new String[][] {{"Tamsford Partnership", "12 months"}, {"Tamsford Council", "12 months"}}},
    };

    private static Path write(Path path) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                Table table = new Table(out, height, regular, bold);
                table.text(bold, 14, EDGES[0], 72, Color.BLACK, "Introduction");
                table.text(regular, 10.5f, EDGES[0], 92, Color.BLACK,
                        "This invented review looked at how agencies shared what they knew about Child T.");
                table.text(bold, 14, EDGES[0], 124, Color.BLACK, "Recommendations");
                table.text(regular, 10.5f, EDGES[0], 144, Color.BLACK,
                        "The recommendations are set out below with the agencies that lead on them.");
                table.draw(190);
            }
            document.save(path.toFile());
        }
        return path;
    }

    /** Drawn as a page-layout program draws it, y measured down from the page's top. */
    private record Table(PDPageContentStream out, float height, PDType1Font regular, PDType1Font bold) {

        void draw(float top) throws IOException {
            float y = top;
            // header: a filled band, 'Owner' over a rule that spans only 'Lead | Due'
            fill(EDGES[0], y, EDGES[4] - EDGES[0], 34, HEADER);
            text(bold, SIZE, EDGES[0] + 4, y + 13, Color.WHITE, "No.");
            text(bold, SIZE, EDGES[1] + 4, y + 13, Color.WHITE, "Action");
            text(bold, SIZE, EDGES[2] + 4, y + 13, Color.WHITE, "Owner");
            text(bold, SIZE, EDGES[2] + 4, y + 29, Color.WHITE, "Lead");
            text(bold, SIZE, EDGES[3] + 4, y + 29, Color.WHITE, "Due");
            rule(EDGES[2], y + 17, EDGES[4], y + 17);
            y += 34;
            List<Float> rowLines = new ArrayList<>();
            for (Object[] row : ROWS) {
                if (row[0] == null) {
                    // a group row: one shaded cell across the table
                    fill(EDGES[0], y, EDGES[4] - EDGES[0], 18, GROUP);
                    text(bold, SIZE, EDGES[0] + 4, y + 13, HEADER, (String) row[1]);
                    rowLines.add(y);
                    y += 18;
                    continue;
                }
                String[] action = (String[]) row[1];
                String[][] owners = (String[][]) row[2];
                float rowTop = y;
                text(regular, SIZE, EDGES[0] + 4, y + 13, Color.BLACK, (String) row[0]);
                for (int l = 0; l < action.length; l++) {
                    text(regular, SIZE, EDGES[1] + 4, y + 13 + l * LEADING, Color.BLACK, action[l]);
                }
                // the last owner row takes what the action needs beyond the others, the program estimating the
                // action's wrapped lines from its length: one too many for the second action, so its last owner row
                // ends further under its text than the others
                int characters = 0;
                for (String line : action) {
                    characters += line.length() + 1;
                }
                float need = (float) Math.ceil(characters / CHARACTERS_PER_LINE) * LEADING + 8;
                for (int o = 0; o < owners.length; o++) {
                    float rowHeight = LEADING + 8;
                    if (o == owners.length - 1) {
                        rowHeight = Math.max(rowHeight, need - (owners.length - 1) * (LEADING + 8));
                    }
                    text(regular, SIZE, EDGES[2] + 4, y + 13, Color.BLACK, owners[o][0]);
                    text(regular, SIZE, EDGES[3] + 4, y + 13, Color.BLACK, owners[o][1]);
                    y += rowHeight;
                    if (o < owners.length - 1) {
                        rule(EDGES[2], y, EDGES[4], y);
                    }
                }
                for (int e = 1; e < 4; e++) {
                    rule(EDGES[e], rowTop, EDGES[e], y);
                }
                rowLines.add(y);
            }
            for (float line : rowLines) {
                rule(EDGES[0], line, EDGES[4], line);
            }
            rule(EDGES[0], top, EDGES[0], y);
            rule(EDGES[4], top, EDGES[4], y);
        }

        void fill(float x, float y, float width, float rowHeight, Color colour) throws IOException {
            out.setNonStrokingColor(colour);
            out.addRect(x, height - y - rowHeight, width, rowHeight);
            out.fill();
        }

        void rule(float x1, float y1, float x2, float y2) throws IOException {
            out.setStrokingColor(HEADER);
            out.setLineWidth(0.5f);
            out.moveTo(x1, height - y1);
            out.lineTo(x2, height - y2);
            out.stroke();
        }

        void text(PDType1Font font, float size, float x, float y, Color colour, String text) throws IOException {
            out.setNonStrokingColor(colour);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, height - y);
            out.showText(text);
            out.endText();
        }
    }
}
