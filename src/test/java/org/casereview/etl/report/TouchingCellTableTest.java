package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
 * An action plan drawn cell by cell: every cell its own stroked rectangle, as tall as its row, the rectangles meeting
 * edge to edge (no rule shared by a row), the text set without padding so a row's first line stands at the same pitch
 * as the lines inside a cell. Only the rectangles' edges part the rows.
 */
class TouchingCellTableTest {

    private static final float SIZE = 10;
    private static final float PITCH = 14;
    private static final float LEFT = 40;
    private static final float[] WIDTHS = {200, 150, 110, 80};

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void rowsOfTouchingCellRectanglesAreTheTableRows() throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Table t = new Table(out, page.getMediaBox().getHeight());
                t.heading("Background");
                t.paragraph("Child K was eleven and lived with his father and two younger sisters.");
                t.paragraph("His school saw that he was often tired and had stopped going to football.");
                t.heading("Recommendations and action plan");
                t.header("Recommendation", "Action", "Lead", "By when");
                t.row(List.of("The school nurse should see every pupil", "who misses two health checks in a row."),
                        List.of("Add to the school nurse", "service specification"), List.of("School nursing"),
                        List.of("April 2026"));
                t.row(List.of("Children's social care should speak to", "each child alone at every visit, and",
                        "write down what the child says."), List.of("Practice standard"), List.of("Social care",
                        "principal social", "worker"), List.of("May 2026"));
                t.row(List.of("Sports clubs should know how to raise a concern."), List.of("Safeguarding briefing"),
                        List.of("Partnership"), List.of("June 2026"));
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        "The school nurse should see every pupil who misses two health checks in a row.",
                        "Children's social care should speak to each child alone at every visit, and write down what "
                                + "the child says.",
                        "Sports clubs should know how to raise a concern.");
    }

    /** Draws the page top down: headings, paragraphs and a table whose cells are separate rectangles. */
    private static final class Table {
        private final PDPageContentStream out;
        private final float pageTop;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private float y = 70;

        Table(PDPageContentStream out, float pageTop) {
            this.out = out;
            this.pageTop = pageTop;
        }

        void heading(String text) throws IOException {
            y += 8;
            show(bold, 14, LEFT, y, text);
            y += 24;
        }

        void paragraph(String text) throws IOException {
            show(regular, SIZE, LEFT, y, text);
            y += PITCH;
        }

        void header(String... names) throws IOException {
            float x = LEFT;
            float top = y - SIZE;
            for (int c = 0; c < names.length; c++) {
                out.setNonStrokingColor(0.85f);
                out.addRect(x, pageTop - top - PITCH, WIDTHS[c], PITCH);
                out.fillAndStroke();
                out.setNonStrokingColor(0f);
                show(bold, SIZE, x + 2, y, names[c]);
                x += WIDTHS[c];
            }
            y += PITCH;
        }

        @SafeVarargs
        final void row(List<String>... cells) throws IOException {
            int lines = 0;
            for (List<String> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            float top = y - SIZE;
            float x = LEFT;
            for (int c = 0; c < cells.length; c++) {
                out.addRect(x, pageTop - top - lines * PITCH, WIDTHS[c], lines * PITCH);
                out.stroke();
                for (int l = 0; l < cells[c].size(); l++) {
                    show(regular, SIZE, x + 2, y + l * PITCH, cells[c].get(l));
                }
                x += WIDTHS[c];
            }
            y += lines * PITCH;
        }

        private void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, pageTop - baseline);
            out.showText(text);
            out.endText();
        }
    }
}
