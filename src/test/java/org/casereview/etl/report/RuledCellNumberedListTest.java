package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged Agency | Recommendation | Response | Timescale grid (every cell edged by drawn rules, as a browser
 * prints an HTML table) whose first recommendation cell is a lead-in and a numbered list: the list's markers are
 * indented from the cell's edge, a wrapped entry's second line hangs further in, and the list runs on below the
 * row's other cells. The list belongs to its cell: the row is read cell by cell, its recommendation is one item
 * holding the lead-in and all three entries, and no entry is an item of its own.
 */
class RuledCellNumberedListTest {

    private static final float SIZE = 9.5f;
    private static final float[] EDGES = {57.5f, 153.9f, 370.2f, 476f, 538f};
    private static final float PAD = 5.2f;
    private static final float MARKER = 162.3f;
    private static final float HANGING = 172.9f;

    @TempDir
    Path dir;

    @Test
    void aNumberedListInsideOneRecommendationCellIsPartOfThatCellsItem() throws Exception {
        Path pdf = dir.resolve("response-table.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Page p = new Page(out, page.getMediaBox().getHeight());
                p.text(57, 60, 15, true, "What happened");
                p.text(57, 86, 10, false, "Child K was excluded from school twice and reported missing five times in the");
                p.text(57, 101, 10, false, "year before he was found in another town. Return home interviews were");
                p.text(57, 116, 10, false, "offered after each missing episode and he took part in two of them.");
                p.text(57, 150, 15, true, "Recommendations and responses");
                p.text(57, 176, 10, false, "The agencies' responses to the recommendations are set out in the table.");
                float top = 194;
                p.rowRule(top);
                p.cells(208.5f, true, "Agency", "Recommendation", "Response", "Timescale");
                p.rowRule(214);
                p.cells(231, false, "Invented", "The partnership should set up a joint planning",
                        "Accepted. A pathway", "September");
                p.cells(243.8f, false, "Safeguarding", "pathway for children who are both excluded and",
                        "is being drafted by the", "2025");
                p.cells(257.3f, false, "Partnership", "reported missing, which should:", "exploitation sub-", "");
                p.cells(270.8f, false, "", "", "group.", "");
                p.listEntry(273.8f, "1.", "name the agency that leads the plan;");
                p.listEntry(287.3f, "2.", "meet within five working days of the second");
                p.text(HANGING, 300, SIZE, false, "missing episode;");
                p.listEntry(313.5f, "3.", "include the school or unit the child attends.");
                p.rowRule(320);
                p.cells(336, false, "Children's social", "Children's social care should ensure that every",
                        "Accepted. The", "June 2025");
                p.cells(348.8f, false, "care", "child who discloses exploitation at a return home",
                        "missing team now", "");
                p.cells(362.3f, false, "", "interview is allocated a named worker within two", "refers directly to the", "");
                p.cells(375.8f, false, "", "working days.", "exploitation hub.", "");
                p.rowRule(382);
                p.cells(397.5f, false, "Invented Police", "The police should record drugs found on a child",
                        "Accepted. Briefing to", "Complete");
                p.cells(410.3f, false, "", "away from home as a possible sign of exploitation.", "all officers done.", "");
                p.rowRule(417);
                p.uprights(top, 417);
                p.text(57, 450, 15, true, "Conclusion");
                p.text(57, 476, 10, false, "The partnership will publish its action plan with this report and will ask each");
                p.text(57, 491, 10, false, "agency to report on progress at its quarterly meeting.");
            }
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("What happened", SectionType.BACKGROUND),
                tuple("Recommendations and responses", SectionType.RECOMMENDATIONS),
                tuple("Conclusion", SectionType.CONCLUSION));
        assertThat(report.document().sections().get(1).text())
                .contains("Agency Recommendation Response Timescale Invented Safeguarding Partnership The partnership should"
                        + " set up a joint planning pathway")
                .contains("which should: 1. name the agency that leads the plan; 2. meet within five working days of"
                        + " the second missing episode; 3. include the school or unit the child attends.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should set up a joint planning pathway for children"
                        + " who are both excluded and reported missing, which should: 1. name the agency that leads the"
                        + " plan; 2. meet within five working days of the second missing episode; 3. include the school"
                        + " or unit the child attends."),
                tuple(SectionType.RECOMMENDATIONS, "Children's social care should ensure that every child who discloses"
                        + " exploitation at a return home interview is allocated a named worker within two working days."),
                tuple(SectionType.RECOMMENDATIONS, "The police should record drugs found on a child away from home as a"
                        + " possible sign of exploitation."));
    }

    /** Text placed top down (y from the page's top edge), the grid's rules drawn as thin filled bars. */
    private static final class Page {
        private final PDPageContentStream out;
        private final float height;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        Page(PDPageContentStream out, float height) {
            this.out = out;
            this.height = height;
        }

        void text(float x, float y, float size, boolean isBold, String text) throws IOException {
            out.beginText();
            out.setFont(isBold ? bold : regular, size);
            out.newLineAtOffset(x, height - y);
            out.showText(text);
            out.endText();
        }

        void cells(float y, boolean isBold, String... cells) throws IOException {
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    text(EDGES[c] + PAD, y, SIZE, isBold, cells[c]);
                }
            }
        }

        void listEntry(float y, String marker, String text) throws IOException {
            text(MARKER, y, SIZE, false, marker);
            text(HANGING, y, SIZE, false, text);
        }

        void rowRule(float y) throws IOException {
            out.addRect(EDGES[0], height - y, EDGES[EDGES.length - 1] - EDGES[0], 0.6f);
            out.fill();
        }

        void uprights(float top, float bottom) throws IOException {
            for (float x : EDGES) {
                out.addRect(x, height - bottom, 0.6f, bottom - top);
                out.fill();
            }
        }
    }
}
