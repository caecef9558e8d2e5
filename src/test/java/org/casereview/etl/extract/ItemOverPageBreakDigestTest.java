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
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 30's b53 kind 3: a narrow column (A5) whose list item runs over the page break: its first line, short as
 * every line of the column is, ends page 1 mid-sentence; its rest opens page 2 under the running head, in lower case,
 * at the item's text indent with no bullet of its own. The short line before the break was taken for a paragraph of its
 * own and the rest for a new item. An item that does not end its sentence, followed over the break by a line in lower
 * case with no item mark, goes on. Every child, family and place here is invented.
 */
class ItemOverPageBreakDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void anItemsLowerCaseRestAfterThePageBreakGoesOnTheItem() throws Exception {
        Path pdf = dir.resolve("item-over-page-break.pdf");
        write(pdf);

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child MV: Child safeguarding practice review", "Child NV: Child safeguarding practice review");
        DigestEntry nv = digest.entries().get(1);
        assertThat(items(nv, SectionType.LEARNING)).containsExactly(
                "staff at the supported lodgings did not report that he was often away overnight",
                "his exclusion was not discussed with his social worker beforehand");
        assertThat(items(nv, SectionType.RECOMMENDATIONS)).containsExactly(
                "report every night away to the child's social worker");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A5);
            document.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(document, first)) {
                float y = 560;
                y = text(cs, BOLD, 14, 40, y, "Case reviews digest: August 2031") - 4;
                y = text(cs, REGULAR, 9, 40, y, "Two case reviews were published in August 2031.");
                y = text(cs, REGULAR, 9, 40, y, "Every child, family and place in them is invented.") - 10;
                y = text(cs, BOLD, 10, 40, y, "Child MV: Child safeguarding practice review") - 2;
                y = lines(cs, REGULAR, 40, y, "Neglect of a 5-year-old girl in 2030 whose mother,",
                        "aged 29, drank heavily. Child MV is White British.") - 6;
                y = text(cs, BOLD, 9, 40, y, "Learning includes:");
                y = item(cs, y, "the nursery's concerns were not shared");
                y = item(cs, y, "the mother's drinking was not asked about") - 6;
                y = text(cs, BOLD, 9, 40, y, "Recommendations include:");
                y = item(cs, y, "ask every parent about alcohol at the first visit") - 6;
                y = text(cs, REGULAR, 9, 40, y, "Read the practice review") - 12;
                y = text(cs, BOLD, 10, 40, y, "Child NV: Child safeguarding practice review") - 2;
                y = lines(cs, REGULAR, 40, y, "Serious harm to a 16-year-old boy in 2030 who was",
                        "stabbed after being made to carry drugs for a",
                        "county lines network. He was looked after and lived",
                        "in supported lodgings. Child NV is Black British.") - 6;
                y = text(cs, BOLD, 9, 40, y, "Learning includes:");
                item(cs, y, "staff at the supported lodgings did not");
                text(cs, REGULAR, 8, 190, 30, "Page 1 of 2");
            }
            PDPage second = new PDPage(PDRectangle.A5);
            document.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(document, second)) {
                text(cs, REGULAR, 8, 40, 570, "Case reviews digest: August 2031");
                float y = text(cs, REGULAR, 9, 52, 540, "report that he was often away overnight");
                y = item(cs, y, "his exclusion was not discussed with his social");
                y = text(cs, REGULAR, 9, 52, y, "worker beforehand") - 6;
                y = text(cs, BOLD, 9, 40, y, "Recommendations include:");
                y = item(cs, y, "report every night away to the child's social worker") - 6;
                text(cs, REGULAR, 9, 40, y, "Read the practice review");
                text(cs, REGULAR, 8, 190, 30, "Page 2 of 2");
            }
            document.save(pdf.toFile());
        }
    }

    /** A bulleted item's line: the bullet at 40, its words at 52. */
    private static float item(PDPageContentStream cs, float y, String s) throws IOException {
        text(cs, REGULAR, 9, 40, y, "\u2022");
        return text(cs, REGULAR, 9, 52, y, s);
    }

    private static float lines(PDPageContentStream cs, PDFont font, float x, float y, String... lines) throws IOException {
        float next = y;
        for (String line : lines) {
            next = text(cs, font, 9, x, next, line);
        }
        return next;
    }

    private static float text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        return y - 1.35f * size;
    }
}
