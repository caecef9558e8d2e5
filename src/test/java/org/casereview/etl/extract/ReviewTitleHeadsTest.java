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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pocket digest of one review a page whose titles are printed only in the running heads (digests-e2e-pending b41,
 * kind 4): each page's head, small and ruled off, names the review with the page number beside it; the first page's
 * head stands above the digest's heading and intro; a review that runs onto the next page repeats its head there.
 * Each head titles its review once, under the digest's opening. Every child and place here is invented.
 */
class ReviewTitleHeadsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont HEAD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE);
    private static final PDRectangle POCKET = new PDRectangle(310, 400);

    @TempDir
    Path dir;

    @Test
    void headsThatNameEachPagesReviewAreItsTitle() throws Exception {
        String text = new DocumentTextExtractor().extract(digest()).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child KP: Local child safeguarding practice review", "Baby LR: Rapid review",
                "Child MS: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo(
                "Neglect of a 6-year-old girl in 2032 who was often left hungry. Her father drank heavily.");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "give every parent safer sleep advice", "ask about who sleeps where at each visit");
        assertThat(entries.get(1).linkTarget()).isEqualTo("https://example.org/reviews/baby-lr.pdf");
        assertThat(items(entries.get(2), SectionType.LEARNING)).containsExactly(
                "the coach's contact with the boy online was not questioned");
    }

    private Path digest() throws IOException {
        Path file = dir.resolve("pocket.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, 1, "Child KP: Local child safeguarding practice review", true, List.of(
                    "P:Neglect of a 6-year-old girl in 2032 who was", "P:often left hungry. Her father drank heavily.",
                    "L:Learning includes:", "I:teachers saw her hunger but did not refer",
                    "L:Recommendations include:", "I:share school concerns with children's social care"));
            page(document, 2, "Baby LR: Rapid review", false, List.of(
                    "P:Death of a 3-week-old boy in 2032 who was found", "P:in his parents' bed after a party.",
                    "L:Learning includes:", "I:the family had no cot for the baby", "L:Recommendations include:",
                    "I:give every parent safer sleep advice"));
            page(document, 3, "Baby LR: Rapid review", false, List.of(
                    "I:ask about who sleeps where at each visit", "R:Read rapid review (PDF)"));
            page(document, 4, "Child MS: Serious case review", false, List.of(
                    "P:Sexual abuse of a 12-year-old boy in 2031 by his", "P:swimming coach.", "L:Learning includes:",
                    "I:the coach's contact with the boy online was not", "C:questioned"));
            document.save(file.toFile());
        }
        return file;
    }

    private static void page(PDDocument document, int number, String head, boolean opening, List<String> lines)
            throws IOException {
        PDPage page = new PDPage(POCKET);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            stream.setNonStrokingColor(0.4f, 0.4f, 0.4f);
            text(stream, HEAD, 7, 24, 380, head);
            String n = String.valueOf(number);
            text(stream, HEAD, 7, 286 - HEAD.getStringWidth(n) / 1000 * 7, 380, n);
            stream.setNonStrokingColor(0f, 0f, 0f);
            stream.setLineWidth(0.4f);
            stream.moveTo(24, 376);
            stream.lineTo(286, 376);
            stream.stroke();
            float y = 350;
            if (opening) {
                text(stream, BOLD, 14, 24, y, "Reviews out in March 2033");
                y -= 16;
                text(stream, REGULAR, 8.5f, 24, y, "A review a page. Every child, family and place is");
                y -= 11;
                text(stream, REGULAR, 8.5f, 24, y, "made up for a test.");
                y -= 22;
            }
            for (String spec : lines) {
                String kind = spec.substring(0, 1);
                String words = spec.substring(2);
                y -= "L".equals(kind) || "R".equals(kind) ? 16 : 11;
                switch (kind) {
                    case "L" -> text(stream, BOLD, 8.5f, 24, y, words);
                    case "I" -> {
                        text(stream, REGULAR, 8.5f, 28, y, "\u2022");
                        text(stream, REGULAR, 8.5f, 36, y, words);
                    }
                    case "C" -> text(stream, REGULAR, 8.5f, 36, y, words);
                    case "R" -> {
                        text(stream, REGULAR, 8.5f, 24, y, words);
                        link(page, y, "https://example.org/reviews/baby-lr.pdf");
                    }
                    default -> text(stream, REGULAR, 8.5f, 24, y, words);
                }
            }
        }
    }

    private static void link(PDPage page, float y, String url) throws IOException {
        var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
        link.setRectangle(new PDRectangle(24, y - 2, 120, 11));
        var action = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
        action.setURI(url);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    private static void text(PDPageContentStream stream, PDFont font, float size, float x, float y, String words)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
