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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed digest whose link lines carry no link annotation: each ends in a raised note number, and the note at the
 * page's foot prints the review's address. That address is the entry's link. Invented reviews.
 */
class FootnotedLinkTest {

    private static final PDFont SERIF = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @TempDir
    Path dir;

    @Test
    void aLinkLineMarkedWithANoteNumberTakesTheAddressPrintedInThatNote() throws Exception {
        Path file = dir.resolve("notes.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, List.of("Reviews received in winter 2026", "Child VB: Serious case review",
                    "Neglect of a 2-year-old boy in 2021. His mother misused heroin.", "Learning includes:",
                    "- the health visitor did not see the boy for six months",
                    "Full review (PDF)"), "4", "https://reviews.example.org/files/child-vb.pdf", 1);
            page(document, List.of("Child WC: Child safeguarding practice review",
                    "Physical abuse of a 10-year-old girl in 2024 by her stepfather.", "Recommendations include:",
                    "- ask children who live with them about every adult at home", "Full review (PDF)"), "5",
                    "https://reviews.example.org/files/child-wc.pdf", 2);
            document.save(file.toFile());
        }
        String text = new DocumentTextExtractor().extract(file).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child VB: Serious case review", "Child WC: Child safeguarding practice review");
        assertThat(entries).extracting(DigestEntry::linkTarget).containsExactly(
                "https://reviews.example.org/files/child-vb.pdf", "https://reviews.example.org/files/child-wc.pdf");
        assertThat(text).doesNotContain("(PDF)4").doesNotContain("(PDF)5");
    }

    private static void page(PDDocument document, List<String> lines, String note, String url, int number)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            float y = 780;
            for (String line : lines) {
                boolean bullet = line.startsWith("- ");
                if (bullet) {
                    show(stream, 11, 72, y, "\u2022");
                }
                show(stream, 11, bullet ? 84 : 72, y, bullet ? line.substring(2) : line);
                y -= 16;
            }
            float end = 72 + SERIF.getStringWidth(lines.get(lines.size() - 1)) / 1000 * 11;
            show(stream, 7, end + 0.5f, y + 16 + 4, note);
            stream.setLineWidth(0.5f);
            stream.moveTo(72, 100);
            stream.lineTo(200, 100);
            stream.stroke();
            show(stream, 7, 72, 90, note);
            show(stream, 9, 80, 90, url);
            show(stream, 10, 290, 50, String.valueOf(number));
        }
    }

    private static void show(PDPageContentStream stream, float size, float x, float y, String text) throws IOException {
        stream.beginText();
        stream.setFont(SERIF, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
