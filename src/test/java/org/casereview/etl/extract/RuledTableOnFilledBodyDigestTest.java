package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 32's b57 kind 1: a browser's print of a bordered table of two columns ('Review | What we learned'), one row per
 * review: the title, summary and link in the left cell, the labels and their lists in the right one; the page body is
 * filled white behind the whole table and the header cells are filled, every cell's four borders drawn as lines, the
 * text written cell by cell. On main the white fill and the header cells made the page one of boxes, the fill's lines
 * read across the cell walls (each summary line joined to an item's line). The ruled cells are boxes of their own and
 * the fill spreading under them is the table's ground. Every child, family and place here is invented.
 */
class RuledTableOnFilledBodyDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 40;
    private static final float MIDDLE = 290;
    private static final float RIGHT = 555;
    private static final float LEAD = 13;

    @TempDir
    Path dir;

    private record Row(String title, List<String> summary, String link, List<String> learning, List<String> recs) {
    }

    @Test
    void aRuledTableOnAFilledBodyIsReadCellByCell() throws Exception {
        Path pdf = dir.resolve("ruled-table.pdf");
        write(pdf);

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TQ: Child safeguarding practice review", "Child VQ: Serious case review",
                "Baby WQ: Child safeguarding practice review");
        DigestEntry vq = digest.entries().get(1);
        assertThat(vq.summary()).isEqualTo("Neglect of a 7-year-old girl in 2030 who was often left alone. Her "
                + "father, aged 41, drank heavily. Child VQ is White British.");
        assertThat(items(vq, SectionType.LEARNING)).containsExactly("the school did not ask why she came in hungry",
                "the father's drinking was not asked about");
        assertThat(items(vq, SectionType.RECOMMENDATIONS)).containsExactly("schools to record every child who comes "
                + "in hungry");
        assertThat(vq.linkText()).isEqualTo("Read the overview report (PDF)");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        List<Row> rows = List.of(
                new Row("Child TQ: Child safeguarding practice review", List.of("Serious harm to a 3-year-old boy in",
                        "2030 who was burnt by his mother's", "partner. Child TQ is Black British."),
                        "Read the practice review (PDF)", List.of("the partner was not known to the nursery",
                        "a burn on his arm was not referred"), List.of("nurseries to ask who lives at home")),
                new Row("Child VQ: Serious case review", List.of("Neglect of a 7-year-old girl in 2030 who",
                        "was often left alone. Her father, aged", "41, drank heavily. Child VQ is White", "British."),
                        "Read the overview report (PDF)", List.of("the school did not ask why she came in hungry",
                        "the father's drinking was not asked about"),
                        List.of("schools to record every child who comes in hungry")),
                new Row("Baby WQ: Child safeguarding practice review", List.of("Death of a 6-week-old boy in 2031",
                        "who was found unresponsive on a sofa.", "Baby WQ is Mixed White and Asian."),
                        "Read the practice review (PDF)", List.of("safer sleep advice was not repeated",
                        "the father was not seen"), List.of("give safer sleep advice to both parents")));
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.setNonStrokingColor(1f, 1f, 1f); // the page body painted white behind the whole table
                cs.addRect(LEFT - 8, 120, RIGHT - LEFT + 16, 690);
                cs.fill();
                text(cs, BOLD, 18, LEFT, 790, "Case review summaries: July 2031");
                text(cs, REGULAR, 10, LEFT, 770, "Three case reviews were published in July 2031. All are invented.");
                float top = 750;
                cs.setNonStrokingColor(0.1f, 0.3f, 0.4f);
                cs.addRect(LEFT, top - 20, MIDDLE - LEFT, 20);
                cs.addRect(MIDDLE, top - 20, RIGHT - MIDDLE, 20);
                cs.fill();
                borders(cs, top, top - 20);
                cs.setNonStrokingColor(1f, 1f, 1f);
                text(cs, BOLD, 10, LEFT + 5, top - 14, "Review");
                text(cs, BOLD, 10, MIDDLE + 5, top - 14, "What we learned");
                top -= 20;
                for (Row row : rows) {
                    top = row(cs, row, top);
                }
            }
            document.save(pdf.toFile());
        }
    }

    /** One row: the left cell's text, then the right cell's, then its four walls; where the next row starts. */
    private static float row(PDPageContentStream cs, Row row, float top) throws IOException {
        cs.setNonStrokingColor(0f, 0f, 0f);
        float y = top - 16;
        text(cs, BOLD, 10, LEFT + 5, y, row.title());
        for (String line : row.summary()) {
            y -= LEAD;
            text(cs, REGULAR, 9.5f, LEFT + 5, y, line);
        }
        y -= LEAD + 4;
        text(cs, REGULAR, 9.5f, LEFT + 5, y, row.link());
        float r = top - 16;
        r = list(cs, r, "Learning includes:", row.learning());
        r = list(cs, r - 4, "Recommendations include:", row.recs());
        float bottom = Math.min(y, r) - 10;
        borders(cs, top, bottom);
        return bottom;
    }

    private static float list(PDPageContentStream cs, float y, String label, List<String> items) throws IOException {
        text(cs, BOLD, 9.5f, MIDDLE + 5, y, label);
        for (String item : items) {
            y -= LEAD;
            cs.addRect(MIDDLE + 8, y + 2.5f, 2.5f, 2.5f); // a drawn bullet
            cs.fill();
            text(cs, REGULAR, 9.5f, MIDDLE + 16, y, item);
        }
        return y - LEAD;
    }

    /** Each cell of the row bordered on its own, four lines a cell, as a browser draws collapsed borders. */
    private static void borders(PDPageContentStream cs, float top, float bottom) throws IOException {
        cs.setStrokingColor(0.4f, 0.45f, 0.5f);
        cs.setLineWidth(0.75f);
        List<float[]> cells = new ArrayList<>(List.of(new float[] {LEFT, MIDDLE}, new float[] {MIDDLE, RIGHT}));
        for (float[] cell : cells) {
            line(cs, cell[0], top, cell[1], top);
            line(cs, cell[0], bottom, cell[1], bottom);
            line(cs, cell[0], top, cell[0], bottom);
            line(cs, cell[1], top, cell[1], bottom);
        }
    }

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
