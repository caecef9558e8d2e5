package org.casereview.etl.extract;

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
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 36's b63 kind 3: each review a ruled table whose first cells hold the parts' labels turned a quarter turn
 * (a word processor's bottom-to-top cell text), one label ('Recommendations include') beginning with the words of
 * another ('Recommendations', a later table's). The text layer gives the turned glyphs a piece a line; the pieces were
 * joined into the SHORTEST page line they spell, so 'Recommendations include' ended as 'Recommendations' and the
 * pieces 'in', 'cl', 'ud', 'e' were read as items. Every child, family and place here is invented.
 */
class TurnedCellLabelsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 56;
    private static final float LABEL_WIDTH = 22;
    private static final float RIGHT = 540;

    @TempDir
    Path dir;

    @Test
    void aTurnedLabelIsReadWholeWhenAShorterLabelBeginsIt() throws Exception {
        Path pdf = dir.resolve("turned-cells.pdf");
        write(pdf);

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).contains("Recommendations include").doesNotContain("\nin\n");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child VQ: Child safeguarding practice review", "Child VR: Local child safeguarding practice review");
        DigestEntry vq = digest.entries().get(0);
        assertThat(items(vq, SectionType.LEARNING)).containsExactly("the school's attendance concerns were not shared",
                "the GP did not know of the move");
        assertThat(items(vq, SectionType.RECOMMENDATIONS)).containsExactly(
                "share attendance concerns with children's social care", "check a family's new address at every visit");
        DigestEntry vr = digest.entries().get(1);
        assertThat(items(vr, SectionType.LEARNING)).containsExactly("the health visitor saw the baby alone once");
        assertThat(vr.sections()).extracting(s -> s.type()).doesNotContain(SectionType.GOOD_PRACTICE);
        assertThat(items(vr, SectionType.RECOMMENDATIONS)).isEmpty();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                text(cs, BOLD, 16, LEFT, 790, "Case reviews: April 2031");
                text(cs, REGULAR, 10, LEFT, 770, "Two case reviews were published in April 2031. Every child, family "
                        + "and place is invented.");
                float y = table(cs, 740, "Child VQ: Child safeguarding practice review",
                        "Neglect of a 9-year-old boy in 2029 who missed most of a school year.", List.of(
                                List.of("Learning includes", "the school's attendance concerns were not shared",
                                        "the GP did not know of the move"),
                                List.of("Recommendations include", "share attendance concerns with children's social care",
                                        "check a family's new address at every visit")));
                table(cs, y - 20, "Child VR: Local child safeguarding practice review",
                        "Injuries to a 3-month-old girl in 2030 by her father, aged 24.", List.of(
                                List.of("Learning includes", "the health visitor saw the baby alone once"),
                                List.of("Recommendations", "The review makes no recommendations.")));
            }
            document.save(pdf.toFile());
        }
    }

    /** A ruled table: a title row across both columns, then one row per part, its label turned up the first cell. */
    private static float table(PDPageContentStream cs, float top, String title, String summary,
                               List<List<String>> parts) throws IOException {
        float y = top;
        text(cs, BOLD, 12, LEFT + 4, y - 14, title);
        box(cs, LEFT, y - 20, RIGHT - LEFT, 20);
        y -= 20;
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("Summary", summary));
        rows.addAll(parts);
        for (List<String> row : rows) {
            float height = Math.max(95, 14 * row.size());
            box(cs, LEFT, y - height, LABEL_WIDTH, height);
            box(cs, LEFT + LABEL_WIDTH, y - height, RIGHT - LEFT - LABEL_WIDTH, height);
            cs.beginText();
            cs.setFont(BOLD, 8);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, LEFT + 14, y - height + 4));
            cs.showText(row.get(0));
            cs.endText();
            float line = y - 14;
            for (String cell : row.subList(1, row.size())) {
                boolean item = !row.get(0).equals("Summary") && !cell.startsWith("The review");
                text(cs, REGULAR, 10, LEFT + LABEL_WIDTH + 6, line, (item ? "\u2022 " : "") + cell);
                line -= 14;
            }
            y -= height;
        }
        return y;
    }

    private static void box(PDPageContentStream cs, float x, float y, float width, float height) throws IOException {
        cs.addRect(x, y, width, height);
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
