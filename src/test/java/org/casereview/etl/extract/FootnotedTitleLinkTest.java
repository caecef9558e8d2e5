package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed digest whose report links are given only as numbered notes at the page's foot: a raised note number after
 * each entry's title, the note printing the link's words before its address ('1 Read the overview report (PDF):
 * https://...'); and list items wrapped after a soft hyphen (U+00AD) a producer wrote where it broke a word. Invented
 * reviews; DejaVu Sans embedded (its ToUnicode map keeps the soft hyphen).
 */
class FootnotedTitleLinkTest {

    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @TempDir
    Path dir;

    @Test
    void aTitleMarkedWithANoteNumberTakesTheLinkTheNoteNamesAndTheNoteIsNoItem() throws Exception {
        List<DigestEntry> entries = parse(digest());

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child XF: Serious case review", "Child YG: Child safeguarding practice review");
        assertThat(entries).extracting(DigestEntry::linkText)
                .containsExactly("Read the overview report (PDF)", "Read the practice review (PDF)");
        assertThat(entries).extracting(DigestEntry::linkTarget).containsExactly(
                "https://reviews.example.org/xf.pdf", "https://reviews.example.org/yg.pdf");
        assertThat(entries.get(1).sections()).flatExtracting(Section::items).hasSize(2)
                .noneMatch(i -> i.text().contains("Read the"));
    }

    @Test
    void aListItemWrappedAfterASoftHyphenIsOneWordAgain() throws Exception {
        List<DigestEntry> entries = parse(digest());

        assertThat(entries.get(0).sections()).flatExtracting(Section::items).extracting(i -> i.text())
                .containsExactly("the interpreter was not offered when English was not the family's first language",
                        "the school did not share its worries");
    }

    private List<DigestEntry> parse(Path file) throws Exception {
        String text = new DocumentTextExtractor().extract(file).text();
        return new DigestParser().parse(text).entries();
    }

    private Path digest() throws IOException {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path file = dir.resolve("noted.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, REGULAR.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, bold, 16, 60, 780, "Case reviews of spring 2026");
                float y = entry(out, regular, bold, 740, "Child XF: Serious case review", "1",
                        "Neglect of a 5-year-old girl in 2022. The home was cold and there was little food.",
                        List.of(List.of("the interpreter was not offered when Eng\u00ad", "lish was not the family's first language"),
                                List.of("the school did not share its worries")));
                entry(out, regular, bold, y - 20, "Child YG: Child safeguarding practice review", "2",
                        "Physical abuse of a 9-year-old boy in 2024 by his stepfather.",
                        List.of(List.of("the stepfather's history was not checked"), List.of("the boy was not seen alone")));
                out.setLineWidth(0.5f);
                out.moveTo(60, 100);
                out.lineTo(180, 100);
                out.stroke();
                show(out, regular, 6, 60, 91, "1");
                show(out, regular, 8, 66, 88, "Read the overview report (PDF): https://reviews.example.org/xf.pdf");
                show(out, regular, 6, 60, 79, "2");
                show(out, regular, 8, 66, 76, "Read the practice review (PDF): https://reviews.example.org/yg.pdf");
                show(out, regular, 8, 60, 40, "Invented reviews, written for a test.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float entry(PDPageContentStream out, PDFont regular, PDFont bold, float top, String title, String mark,
            String summary, List<List<String>> items) throws IOException {
        show(out, bold, 12, 60, top, title);
        show(out, regular, 7, 60 + bold.getStringWidth(title) / 1000 * 12 + 1, top + 5, mark);
        float y = top - 18;
        show(out, regular, 10, 60, y, summary);
        y -= 18;
        show(out, bold, 10, 60, y, "Learning includes:");
        for (List<String> item : items) {
            y -= 14;
            show(out, regular, 10, 62, y, "\u2022");
            for (int k = 0; k < item.size(); k++) {
                show(out, regular, 10, 74, y, item.get(k));
                y -= k < item.size() - 1 ? 14 : 0;
            }
        }
        return y;
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
