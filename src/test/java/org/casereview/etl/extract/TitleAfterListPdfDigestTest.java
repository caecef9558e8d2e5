package org.casereview.etl.extract;

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
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (left in session 27): an untagged digest page whose entry titles name no review ('Sibling neglect in
 * Northfold', no pseudonym, no review type), each set in body-size bold straight after the last bullet of the entry
 * before. The title and the next summary were read as two more points of that list; now a line with no marker after
 * a bulleted list, over a paragraph and a label that opens a list, heads the next entry. Every child and place here is
 * invented.
 */
class TitleAfterListPdfDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aTitleStraightAfterABulletLineHeadsTheNextEntry() throws Exception {
        Path file = dir.resolve("themes-2030-03.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 18, 60, 800, "Case review digest: March 2030") - 10;
                y = show(content, REGULAR, 10, 60, y, "Three reviews were published in March 2030. Every child and"
                        + " place here is invented.") - 6;
                y = entry(content, y, "Neglect at home in Westmere", "Neglect of a 6-year-old girl in 2029 who missed"
                        + " school for months.", List.of("attendance was not followed up", "the move was not shared"));
                y = entry(content, y, "Sibling neglect in Northfold", "Physical abuse of a 10-year-old boy in 2028 by"
                        + " his stepfather.", List.of("injuries were not recorded", "the stepfather was not assessed"));
                entry(content, y, "A baby's death after co-sleeping", "Death of a 7-week-old boy in 2029 who was"
                        + " sleeping on a sofa with his father.", List.of("safe sleep advice was given only once"));
            }
            doc.save(file.toFile());
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);

        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Neglect at home in Westmere",
                "Sibling neglect in Northfold", "A baby's death after co-sleeping");
        assertThat(learning(digest.entries().get(0))).containsExactly("attendance was not followed up",
                "the move was not shared");
        assertThat(learning(digest.entries().get(1))).containsExactly("injuries were not recorded",
                "the stepfather was not assessed");
        assertThat(digest.entries().get(1).summary()).startsWith("Physical abuse of a 10-year-old boy");
        assertThat(learning(digest.entries().get(2))).containsExactly("safe sleep advice was given only once");
    }

    /** Title in body-size bold, summary, 'Learning includes:' and '•' points, the next title on the next line. */
    private static float entry(PDPageContentStream content, float y, String title, String summary, List<String> points)
            throws IOException {
        y = show(content, BOLD, 10, 60, y, title);
        y = show(content, REGULAR, 10, 60, y, summary);
        y = show(content, BOLD, 10, 60, y, "Learning includes:");
        for (String point : points) {
            show(content, REGULAR, 10, 66, y, "\u2022");
            y = show(content, REGULAR, 10, 76, y, point);
        }
        return y;
    }

    private static float show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - 13;
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
