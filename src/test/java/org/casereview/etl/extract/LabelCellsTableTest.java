package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged PDF digest whose reviews are two-column tables, as WeasyPrint prints HTML row headers: the left cells
 * hold the labels (left-aligned, no colon, 'Recommendations' / 'include' wrapped in the narrow column), each label's
 * text written with a trailing space glyph, so a stripper reads the label and its row's first words as one word; the
 * right cells hold the text or the list items, and the page's list bullets are all written after its text.
 */
class LabelCellsTableTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;
    private static final float TITLE_X = 51;
    private static final float LABEL_X = 57;
    private static final float TEXT_X = 166;
    private static final float ITEM_X = 177;
    private static final float BULLET_X = 168;
    private static final float PITCH = 12;

    @TempDir
    Path dir;

    @Test
    void aLabelCellIsALineOfItsOwnBeforeItsRowsText() throws Exception {
        String text = new DocumentTextExtractor().extract(digest()).text();

        assertThat(text).contains("Learning includes\n- the school did not ask why he was tired",
                "Summary\nNeglect of a boy aged 9 in 2023");
    }

    @Test
    void bulletsWrittenAfterThePagesTextMarkTheItemsTheyStandBefore() throws Exception {
        String text = new DocumentTextExtractor().extract(digest()).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).doesNotContainPattern("(?m)^[-\u2022]\\s*$");
        assertThat(digest.entries().get(0).sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .startsWith("the school did not ask why he was tired",
                        "his GP was not told of the missed appointments when the family moved");
    }

    @Test
    void aDigestOfLabelCellTablesIsReadAsOne() throws Exception {
        Path file = digest();
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(new PdfDigestSniffer(new DigestParser()).test(file)).isTrue();
        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::childName).containsExactly(
                tuple("Child QA: Child practice review", "Child QA"), tuple("Ellis: Serious case review", "Ellis"));
        assertThat(digest.entries()).extracting(DigestEntry::summary)
                .allMatch(s -> s.startsWith("Neglect") || s.startsWith("Death"));
        assertThat(digest.entries().get(1).sections()).extracting(Section::heading)
                .contains("Learning includes", "Recommendations include");
    }

    private Path digest() throws IOException {
        return pdf(List.of(
                "#Case reviews published in May 2026",
                "Two new case reviews were added in May 2026. Every child and place below is invented.",
                "#Child QA: Child practice review",
                "Summary|Neglect of a boy aged 9 in 2023 who was often left alone at night;",
                "|his mother worked nights and no agency asked who cared for him.",
                "Learning includes|*the school did not ask why he was tired",
                "|*his GP was not told of the missed appointments when the family",
                "|moved",
                "Recommendations/include|*share attendance concerns with health visitors",
                "Full report|Read child practice review (PDF)",
                "#Ellis: Serious case review",
                "Summary|Death of a girl aged 4 months in January 2025 from a head injury;",
                "|the father said she had fallen from a sofa.",
                "Learning includes|*the father was not seen by any agency",
                "|*the bruise at 3 months was not referred",
                "Recommendations/include|*see every adult who lives with a baby",
                "Full report|Read serious case review (PDF)"));
    }

    /**
     * Rows from the top: "#text" a bold title; "label|text" a table row, the label (a '/' wraps it) in the left cell
     * with a trailing space, then its text in the right cell on the label's first baseline; "|text" the right cell's
     * next line; a text starting "*" an item, its bullet written at the end of the page.
     */
    private Path pdf(List<String> rows) throws IOException {
        Path file = dir.resolve("label-cells.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            List<Float> bullets = new ArrayList<>();
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (String row : rows) {
                    y -= row.startsWith("#") ? 2 * PITCH : PITCH;
                    if (row.startsWith("#")) {
                        show(content, BOLD, 12, row.substring(1), TITLE_X, y);
                        continue;
                    }
                    String[] cells = row.split("\\|", -1);
                    if (cells.length == 1) {
                        show(content, REGULAR, SIZE, row, TITLE_X, y);
                        continue;
                    }
                    y -= cells[0].isEmpty() ? 0 : PITCH / 2; // the table's rows are padded apart
                    String[] label = cells[0].split("/");
                    for (int i = 0; i < label.length && !cells[0].isEmpty(); i++) {
                        show(content, BOLD, SIZE, label[i] + " ", LABEL_X, y - i * PITCH);
                    }
                    boolean item = cells[1].startsWith("*");
                    if (item) {
                        bullets.add(y);
                    }
                    boolean itemLine = item || row.startsWith("|") && rows.get(rows.indexOf(row) - 1).contains("*");
                    show(content, REGULAR, SIZE, cells[1].replaceFirst("^\\*", ""), itemLine ? ITEM_X : TEXT_X, y);
                    if (cells[1].startsWith("Read ")) {
                        link(page, cells[1], y);
                    }
                }
                for (float at : bullets) {
                    show(content, REGULAR, SIZE, "\u2022 ", BULLET_X, at);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void link(PDPage page, String words, float y) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(TEXT_X, y - 3, REGULAR.getStringWidth(words) / 1000 * SIZE, SIZE + 3));
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://example.org/media/" + Math.round(y) + "/review.pdf");
        link.setAction(uri);
        page.getAnnotations().add(link);
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
