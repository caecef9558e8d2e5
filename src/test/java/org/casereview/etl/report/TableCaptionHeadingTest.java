package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

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
 * Issue 9, batch44 kind 4 (an invented partnership and child): a numbered report whose '3. Recommendations' says the
 * table follows, and the next page, landscape, captions the table 'Recommendations and lead agencies' in the headings'
 * style, unnumbered, a running foot of that page's own wording under the table. The caption names the table, not a
 * chapter: the table's rows are the recommendations of chapter 3, which runs on to that page, and no second
 * recommendations section opens.
 */
class TableCaptionHeadingTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float[] EDGES = {50, 90, 560, 700, 792};

    @TempDir
    Path dir;

    @Test
    void anUnnumberedCaptionOverTheTableOfTheChapterBeforeContinuesThatChapter() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(dir.resolve("a.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart,
                Section::pageEnd).containsExactly(
                        tuple("1. Introduction", SectionType.INTRODUCTION, 2, 2),
                        tuple("2. Learning", SectionType.LEARNING, 2, 2),
                        tuple("3. Recommendations", SectionType.RECOMMENDATIONS, 2, 3));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "Fathers and other men in a baby's life must be seen and included in plans.", 2),
                tuple(SectionType.LEARNING, "Any mark on a baby who is not yet moving needs a senior medical opinion.", 2),
                tuple(SectionType.RECOMMENDATIONS, "Maternity services should record the name and role of every man in"
                        + " the household at booking.", 3),
                tuple(SectionType.RECOMMENDATIONS, "The hospital should audit its protocol for marks on babies who are"
                        + " not mobile.", 3),
                tuple(SectionType.RECOMMENDATIONS, "The police should agree with health partners how domestic abuse"
                        + " history is shared.", 3));
    }

    private static Path write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            try (Page p = new Page(doc, PDRectangle.A4)) {
                p.line(72, REGULAR, 14, "Eastmere Safeguarding Children Partnership", 40);
                p.line(72, BOLD, 22, "Local Child Safeguarding Practice Review: Child A", 40);
                p.line(72, REGULAR, 12, "Every person and place in this review is invented for software testing.", 0);
            }
            try (Page p = new Page(doc, PDRectangle.A4)) {
                p.line(72, BOLD, 13, "1. Introduction", 20);
                p.line(72, REGULAR, 11, "Child A was a baby of five weeks when he was admitted to hospital with a head", 14);
                p.line(72, REGULAR, 11, "injury. The injury was found to be non-accidental and his father was convicted.", 30);
                p.line(72, BOLD, 13, "2. Learning", 20);
                p.line(72, REGULAR, 11, "\u2022 Fathers and other men in a baby's life must be seen and included in plans.", 16);
                p.line(72, REGULAR, 11, "\u2022 Any mark on a baby who is not yet moving needs a senior medical opinion.", 30);
                p.line(72, BOLD, 13, "3. Recommendations", 20);
                p.line(72, REGULAR, 11, "The recommendations are set out in the table on the next page, with the agency", 14);
                p.line(72, REGULAR, 11, "leading each one and the date by which the partnership expects it done.", 0);
                p.foot(72, "Eastmere SCP - Child A - page 2");
            }
            try (Page p = new Page(doc, new PDRectangle(842, 595))) {
                p.line(50, BOLD, 13, "Recommendations and lead agencies", 37);
                p.rule();
                p.row(BOLD, "No.", "Recommendation", "Lead agency", "By when");
                p.row(REGULAR, "1", "Maternity services should record the name and role of every man in the household"
                        + " at booking.", "Integrated Care Board", "Dec 2025");
                p.row(REGULAR, "2", "The hospital should audit its protocol for marks on babies who are not mobile.",
                        "Culverton Hospital Trust", "Mar 2026");
                p.row(REGULAR, "3", "The police should agree with health partners how domestic abuse history is"
                        + " shared.", "Police", "Jan 2026");
                p.uprights();
                p.foot(50, "Eastmere - recommendations - page 3");
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** One page written top down, and a ruled table of one line per row. */
    private static final class Page implements AutoCloseable {
        private final PDPageContentStream out;
        private float y;
        private float top;

        Page(PDDocument doc, PDRectangle size) throws IOException {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = size.getHeight() - 55;
        }

        void line(float x, PDType1Font font, float size, String text, float below) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
            y -= below;
        }

        /** A running foot of the page's own wording, 30 pt over its edge. */
        void foot(float x, String text) throws IOException {
            out.beginText();
            out.setFont(REGULAR, 8);
            out.newLineAtOffset(x, 30);
            out.showText(text);
            out.endText();
        }

        void rule() throws IOException {
            float at = y + 14;
            top = top == 0 ? at : top;
            out.addRect(EDGES[0], at, EDGES[EDGES.length - 1] - EDGES[0], 0.6f);
            out.fill();
        }

        void row(PDType1Font font, String... cells) throws IOException {
            for (int c = 0; c < cells.length; c++) {
                out.beginText();
                out.setFont(font, 10);
                out.newLineAtOffset(EDGES[c] + 4, y);
                out.showText(cells[c]);
                out.endText();
            }
            y -= 22;
            rule();
        }

        void uprights() throws IOException {
            float bottom = y + 14;
            for (float x : EDGES) {
                out.addRect(x, bottom, 0.6f, top - bottom);
                out.fill();
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
