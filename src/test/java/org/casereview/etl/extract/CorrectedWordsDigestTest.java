package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed page corrected as a PDF editor does it: after the page's text, a white rectangle over a word and the new
 * word drawn on it, on the line's baseline in its size (twice in one line, once in another). The page shows the new
 * words in their lines; the old ones are no text of it, and the new ones are read in place, not after the page.
 * Invented review.
 */
class CorrectedWordsDigestTest {

    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final float SIZE = 10;

    @TempDir
    Path dir;

    @Test
    void theNewWordsAreReadInTheirLinesAndTheCoveredOnesNot() throws Exception {
        String text = new DocumentTextExtractor().extract(corrected()).text();

        assertThat(text).contains("Death of a 9-week-old boy in 2024 from a head injury. His father, aged 27,")
                .contains("had told a friend in 2023 that he could not cope.")
                .doesNotContain("8-week-old").doesNotContain("aged 23").doesNotContain("in 2022");
    }

    private Path corrected() throws IOException {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path file = dir.resolve("corrected.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, REGULAR.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            String first = "Death of a 8-week-old boy in 2024 from a head injury. His father, aged 23,";
            String second = "had told a friend in 2022 that he could not cope.";
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, bold, 16, 60, 780, "Case reviews: January 2026");
                show(out, bold, 12, 60, 750, "Child JW: Child safeguarding practice review");
                show(out, regular, SIZE, 60, 732, first);
                show(out, regular, SIZE, 60, 718, second);
                show(out, regular, SIZE, 60, 704, "Child JW is White British. This review is invented for a test.");
                show(out, bold, SIZE, 60, 684, "Learning includes:");
                show(out, regular, SIZE, 74, 670, "the father was not given advice about crying");
                show(out, regular, SIZE, 74, 656, "the crying was discussed with the mother only");
                show(out, regular, SIZE, 60, 636, "Read the practice review (PDF)");
                correct(out, regular, first, "8-week-old", "9-week-old", 732);
                correct(out, regular, first, "23,", "27,", 732);
                correct(out, regular, second, "2022", "2023", 718);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A white box over the old word of the line and the new word drawn on it. */
    private static void correct(PDPageContentStream out, PDFont font, String line, String old, String word, float y)
            throws IOException {
        float x = 60 + font.getStringWidth(line.substring(0, line.indexOf(old))) / 1000 * SIZE;
        float width = font.getStringWidth(old) / 1000 * SIZE;
        out.setNonStrokingColor(1f, 1f, 1f);
        out.addRect(x - 0.5f, y - 2.6f, width + 1, SIZE * 1.2f);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, font, SIZE, x, y, word);
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
