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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsletter page laid out in frames (a contents sidebar, then two narrow columns that one story runs through), its
 * bullets drawn apart from their text and each wrapped line hung under the text: a wrapped line that starts with a
 * capital (an acronym) in the right-hand column still goes on the bullet above it. Invented reviews.
 */
class ThreadedFrameBulletsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEAD = 12f;

    @TempDir
    Path dir;

    private PDPageContentStream stream;

    @Test
    void aCapitalisedHangingLineInTheRightFrameGoesOnItsBullet() throws Exception {
        Path file = dir.resolve("frames.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                stream = content;
                text(BOLD, 18, 36, 770, "Practice learning bulletin - May 2026");
                text(REGULAR, 10, 36, 750, "Two reviews were added this month. The reviews and people are invented.");
                float side = 720;
                for (String line : List.of("Inside", "1. Child QR: Serious", "case review", "2. Child ST: Child",
                        "practice review")) {
                    text(REGULAR, 8.5f, 44, side, line);
                    side -= 11;
                }
                float y = column(190, 720, List.of(
                        "T:Child QR: Serious case review", "B:Neglect of a 7-year-old boy in 2021 whose",
                        "B:mother drank heavily.", "L:Learning includes:",
                        "I:the boy's weight loss was not", "C:followed up by the school",
                        "L:Recommendations include:", "I:train school staff to notice", "C:signs of neglect",
                        "T:Child ST: Child practice review", "B:Sexual abuse of a 14-year-old girl", "B:in 2023.",
                        "L:Learning includes:"));
                assertThat(y).isGreaterThan(300);
                column(383, 720, List.of("I:the girl's disclosure to a", "C:teacher was not recorded",
                        "L:Recommendations include:", "I:make sure every referral reaches", "C:MASH staff on the same day",
                        "I:give children who wait for", "C:CAMHS a named contact"));
            }
            document.save(file.toFile());
        }
        String text = new DocumentTextExtractor().extract(file).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child QR: Serious case review", "Child ST: Child practice review");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly(
                "the girl's disclosure to a teacher was not recorded");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "make sure every referral reaches MASH staff on the same day",
                "give children who wait for CAMHS a named contact");
    }

    /** Lines down a frame: T title, B body, L label, I a bullet's first line, C its hanging line; the y after them. */
    private float column(float x, float top, List<String> lines) throws IOException {
        float y = top;
        for (String spec : lines) {
            String kind = spec.substring(0, 1);
            String words = spec.substring(2);
            y -= "T".equals(kind) || "L".equals(kind) ? LEAD + 4 : LEAD;
            switch (kind) {
                case "T", "L" -> text(BOLD, "T".equals(kind) ? 11 : 9, x, y, words);
                case "I" -> {
                    text(REGULAR, 9.5f, x + 1, y, "\u2022");
                    text(REGULAR, 9.5f, x + 9, y, words);
                }
                case "C" -> text(REGULAR, 9.5f, x + 9, y, words);
                default -> text(REGULAR, 9.5f, x, y, words);
            }
        }
        return y;
    }

    private void text(PDFont font, float size, float x, float y, String words) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        List<String> out = new ArrayList<>();
        entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text)
                .forEach(out::add);
        return out;
    }
}
