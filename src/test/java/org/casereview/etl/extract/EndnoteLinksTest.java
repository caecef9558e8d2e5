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
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A printed digest whose report links are endnotes: a raised number after each title, and after the last entry, on the
 * last page, a 'Notes' heading over the numbered notes, each note's words a link ('2Read the overview report (PDF).', the
 * number set close to the words, as LaTeX's endnotes print it). Invented reviews; DejaVu Sans embedded.
 */
class EndnoteLinksTest {

    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final String[] TITLES = {"Child XF: Serious case review", "Child YG: Child safeguarding practice review",
        "Child ZH: Learning review"};
    private static final String[] WORDS = {"Read the overview report (PDF)", "Read the practice review (PDF)",
        "Read the learning review (PDF)"};

    @TempDir
    Path dir;

    @Test
    void eachMarkedTitleTakesTheLinkOfItsEndnoteAndTheNotesAreNoItems() throws Exception {
        String text = new DocumentTextExtractor().extract(digest()).text();
        List<DigestEntry> entries = new DigestParser().parse(text).entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly(TITLES);
        assertThat(entries).extracting(DigestEntry::linkText).containsExactly(WORDS);
        assertThat(entries).extracting(DigestEntry::linkTarget).containsExactly("https://reviews.example.org/1.pdf",
                "https://reviews.example.org/2.pdf", "https://reviews.example.org/3.pdf");
        assertThat(entries.get(2).sections()).flatExtracting(Section::items).extracting(i -> i.text())
                .containsExactly("the school did not share its worries", "the boy was not seen alone");
    }

    private Path digest() throws IOException {
        assumeTrue(Files.exists(REGULAR) && Files.exists(BOLD), "DejaVu fonts not installed");
        Path file = dir.resolve("endnotes.pdf");
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, REGULAR.toFile());
            PDFont bold = PDType0Font.load(document, BOLD.toFile());
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage last = new PDPage(PDRectangle.A4);
            document.addPage(first);
            document.addPage(last);
            try (PDPageContentStream out = new PDPageContentStream(document, first)) {
                show(out, bold, 16, 60, 780, "Case reviews of spring 2026");
                float y = entry(out, regular, bold, 740, 0, "Neglect of a 5-year-old girl in 2022. The home was cold.");
                entry(out, regular, bold, y - 30, 1, "Physical abuse of a 9-year-old boy in 2024 by his stepfather.");
            }
            try (PDPageContentStream out = new PDPageContentStream(document, last)) {
                float y = entry(out, regular, bold, 780, 2, "Neglect of a 12-year-old boy in Scotland in 2023.");
                show(out, bold, 12, 60, y - 40, "Notes");
                for (int n = 0; n < 3; n++) {
                    float at = y - 62 - 14 * n;
                    show(out, regular, 6, 60, at + 3, String.valueOf(n + 1));
                    show(out, regular, 9, 64, at, WORDS[n]);
                    show(out, regular, 9, 64 + regular.getStringWidth(WORDS[n]) / 1000 * 9, at, ".");
                    link(last, 64, at - 2, regular.getStringWidth(WORDS[n]) / 1000 * 9, "https://reviews.example.org/" + (n + 1) + ".pdf");
                }
                show(out, regular, 8, 60, 40, "Invented reviews, written for a test.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float entry(PDPageContentStream out, PDFont regular, PDFont bold, float top, int n, String summary)
            throws IOException {
        show(out, bold, 12, 60, top, TITLES[n]);
        show(out, regular, 7, 60 + bold.getStringWidth(TITLES[n]) / 1000 * 12 + 1, top + 5, String.valueOf(n + 1));
        float y = top - 18;
        show(out, regular, 10, 60, y, summary);
        y -= 18;
        show(out, bold, 10, 60, y, "Learning includes:");
        for (String item : List.of("the school did not share its worries", "the boy was not seen alone")) {
            y -= 14;
            show(out, regular, 10, 62, y, "\u2022");
            show(out, regular, 10, 74, y, item);
        }
        return y;
    }

    private static void link(PDPage page, float x, float y, float width, String uri) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y, width, 11));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        page.getAnnotations().add(link);
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
