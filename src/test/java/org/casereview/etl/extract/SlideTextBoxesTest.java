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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An untagged 16:9 slide deck (720 x 405 pt) in free text boxes, one review a slide: the summary box on the left, the
 * labels and bulleted items in a box on the right, a slide number, and the title box at the top of the slide, written
 * first or last in the content stream. The title is read before its own slide's body either way, and an item's wrapped
 * line that starts with a capital goes on its bullet (a line step on a short page is a large share of its height).
 * Invented reviews.
 */
class SlideTextBoxesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDRectangle SLIDE = new PDRectangle(720, 405);

    @TempDir
    Path dir;

    private PDPageContentStream stream;

    @Test
    void aTitleBoxWrittenAfterItsSlideBodyIsReadBeforeIt() throws Exception {
        List<DigestEntry> entries = entries(deck("title-last.pdf", true));

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child QA: Child safeguarding practice review", "Child QB: Learning review");
        assertThat(summary(entries.get(0))).startsWith("Death of a 5-month-old baby boy in 2023");
        assertThat(summary(entries.get(1))).startsWith("Neglect of a 9-year-old girl");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the referral was closed before anyone visited Child QA’s home",
                "the father’s drinking was not asked about");
    }

    @Test
    void aCapitalisedWrappedLineOnAShortSlideGoesOnItsBullet() throws Exception {
        List<DigestEntry> entries = entries(deck("title-first.pdf", false));

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child QA: Child safeguarding practice review", "Child QB: Learning review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the referral was closed before anyone visited Child QA’s home",
                "the father’s drinking was not asked about");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "give every school a named contact in Children’s Services");
    }

    private Path deck(String name, boolean titleLast) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage cover = new PDPage(SLIDE);
            document.addPage(cover);
            try (PDPageContentStream content = new PDPageContentStream(document, cover)) {
                stream = content;
                text(BOLD, 30, 48, 230, "Case reviews briefing – May 2026");
                text(REGULAR, 16, 48, 190, "Two case reviews this month, one a slide. The reviews are invented.");
            }
            slide(document, titleLast, "Child QA: Child safeguarding practice review", List.of(
                    "Death of a 5-month-old baby boy in 2023 from a", "head injury. His father, who was 24, said",
                    "that he had fallen from a sofa."), List.of("L:Learning includes:",
                    "I:the referral was closed before anyone visited", "C:Child QA’s home",
                    "I:the father’s drinking was not asked about", "L:Recommendations include:",
                    "I:visit the home before a referral is closed"), 2);
            slide(document, titleLast, "Child QB: Learning review", List.of(
                    "Neglect of a 9-year-old girl between 2019 and", "2022. She was often absent from school."),
                    List.of("L:Learning includes:", "I:her absences were not seen together",
                            "L:Recommendations include:", "I:give every school a named contact in",
                            "C:Children’s Services"), 3);
            document.save(file.toFile());
        }
        return file;
    }

    /** One review slide: summary box left, list box right (first baseline a little higher), number, title. */
    private void slide(PDDocument document, boolean titleLast, String title, List<String> summary, List<String> list,
                       int number) throws IOException {
        PDPage page = new PDPage(SLIDE);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            stream = content;
            if (!titleLast) {
                text(BOLD, 22, 40, 355, title);
            }
            float y = 300;
            for (String line : summary) {
                text(REGULAR, 13, 40, y, line);
                y -= 17;
            }
            y = 306;
            for (String spec : list) {
                String words = spec.substring(2);
                switch (spec.charAt(0)) {
                    case 'L' -> text(BOLD, 11, 390, y, words);
                    case 'I' -> {
                        text(REGULAR, 11, 392, y, "\u2022");
                        text(REGULAR, 11, 404, y, words);
                    }
                    default -> text(REGULAR, 11, 404, y, words);
                }
                y -= spec.charAt(0) == 'L' ? 15 : 14;
            }
            text(REGULAR, 9, 680, 20, String.valueOf(number));
            if (titleLast) {
                text(BOLD, 22, 40, 355, title);
            }
        }
    }

    private void text(PDFont font, float size, float x, float y, String words) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(words);
        stream.endText();
    }

    private static List<DigestEntry> entries(Path file) throws Exception {
        return new DigestParser().parse(new DocumentTextExtractor().extract(file).text()).entries();
    }

    private static String summary(DigestEntry entry) {
        return entry.sections().stream().filter(s -> s.type() == SectionType.SUMMARY).map(Section::text).findFirst()
                .orElse("");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        List<String> out = new ArrayList<>();
        entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text)
                .forEach(out::add);
        return out;
    }
}
