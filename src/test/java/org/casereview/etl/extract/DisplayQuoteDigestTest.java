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
 * Issue 9 (digests b49, kind 8): a newsletter sets a display quote inside a review's summary, in type half as large again
 * as the body's, between two rules, and the summary goes on under it. The quote is a display of the page, not a sentence
 * of the summary; a title set large between two rules, with no quotation marks, stays the entry's title. Every child and
 * place here is invented.
 */
class DisplayQuoteDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    @TempDir
    Path dir;

    @Test
    void aQuoteSetLargeBetweenTwoRulesIsNoSentenceOfTheSummary() throws Exception {
        Path file = dir.resolve("partnership-news-2031-04.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 18, 60, 790, "Partnership news: case reviews, April 2031") - 8;
                y = show(content, REGULAR, 10, 60, y, "Two reviews were published in April 2031. Every child and place"
                        + " here is invented.") - 10;
                y = ruledTitle(content, y, "Baby QRT: Child safeguarding practice review");
                y = show(content, REGULAR, 10, 60, y, "Death of a 9-week-old boy in 2030 from dehydration. His mother,");
                y = show(content, REGULAR, 10, 60, y, "aged 19, had moved to Stellford a month before his birth.") - 8;
                y = quote(content, y, List.of("\u201cNobody asked her who she could",
                        "turn to at night.\u201d"));
                y = show(content, REGULAR, 10, 60, y, "The health visitor saw the baby once and the GP did not know of");
                y = show(content, REGULAR, 10, 60, y, "the move.");
                y = list(content, y, List.of("new arrivals were not registered with a GP",
                        "the mother's own care leaver support had ended"));
                y = ruledTitle(content, y - 6, "Child PWN: Serious case review");
                y = show(content, REGULAR, 10, 60, y, "Neglect of a 7-year-old girl in 2029 who missed school for a"
                        + " term.");
                list(content, y, List.of("school absence was not followed up"));
            }
            doc.save(file.toFile());
        }
        ExtractedText text = new DocumentTextExtractor().extract(file);

        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).doesNotContain("Nobody asked", "turn to at night");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Baby QRT: Child safeguarding practice review", "Child PWN: Serious case review");
        assertThat(digest.entries().get(0).summary()).isEqualTo("Death of a 9-week-old boy in 2030 from dehydration."
                + " His mother, aged 19, had moved to Stellford a month before his birth. The health visitor saw the baby"
                + " once and the GP did not know of the move.");
        assertThat(learning(digest.entries().get(0))).containsExactly("new arrivals were not registered with a GP",
                "the mother's own care leaver support had ended");
        assertThat(learning(digest.entries().get(1))).containsExactly("school absence was not followed up");
    }

    /** A title in 16 pt bold between two rules, as the quote is but without quotation marks. */
    private static float ruledTitle(PDPageContentStream content, float y, String title) throws IOException {
        rule(content, y + 4);
        y = show(content, BOLD, 16, 60, y - 14, title) - 6;
        rule(content, y + 10);
        return y - 6;
    }

    /** The quote's lines in 16 pt italic, 20 pt apart, a 1.5 pt rule above and below. */
    private static float quote(PDPageContentStream content, float y, List<String> lines) throws IOException {
        rule(content, y + 4);
        y -= 14;
        for (String line : lines) {
            show(content, ITALIC, 16, 60, y, line);
            y -= 20;
        }
        rule(content, y + 12);
        return y - 6;
    }

    private static float list(PDPageContentStream content, float y, List<String> points) throws IOException {
        y = show(content, BOLD, 10, 60, y - 4, "Learning includes:");
        for (String point : points) {
            show(content, REGULAR, 10, 66, y, "\u2022");
            y = show(content, REGULAR, 10, 76, y, point);
        }
        return y;
    }

    private static void rule(PDPageContentStream content, float y) throws IOException {
        content.setLineWidth(1.5f);
        content.moveTo(60, y);
        content.lineTo(330, y);
        content.stroke();
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
