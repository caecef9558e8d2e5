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
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b49, kinds 3 and 6): untagged pages whose text boxes the content stream writes out of reading
 * order: slides whose list box (made first, so first in z-order) is written before the title and the summary box, and
 * a newsletter page whose second column is written before its first. The boxes are read in the order they stand.
 * Invented reviews.
 */
class BoxesWrittenOutOfOrderTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    private PDPageContentStream stream;
    private PDPage currentPage;

    @Test
    void aSlidesListBoxWrittenBeforeItsTitleAndSummaryIsReadAfterThem() throws Exception {
        Path file = dir.resolve("slides.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, new PDRectangle(720, 405), () -> {
                text(BOLD, 30, 48, 230, "Case reviews published in April 2026");
                text(REGULAR, 16, 48, 190, "Two reviews this month, one a slide. Every review here is invented.");
            });
            slide(document, "Child KS: Child safeguarding practice review", List.of(
                    "Death of a 4-month-old girl in 2024 after", "her mother, aged 22, fell asleep with her on",
                    "a sofa. Child KS is White British."), List.of("the family had no cot for the baby",
                    "the health visitor did not ask where she slept"), "give safer sleep advice at every visit", 2);
            slide(document, "Child LS: Serious case review", List.of(
                    "Neglect of three brothers aged 4, 7 and 10", "in Hollinford between 2018 and 2022. Their",
                    "father, aged 39, drank heavily."), List.of("the school's concerns were not shared"),
                    "see each child alone at every visit", 3);
            document.save(file.toFile());
        }
        List<DigestEntry> entries = entries(file);

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child KS: Child safeguarding practice review", "Child LS: Serious case review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the family had no cot for the baby", "the health visitor did not ask where she slept");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "give safer sleep advice at every visit");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly("the school's concerns were not shared");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "see each child alone at every visit");
    }

    @Test
    void aNewsletterPageWhoseSecondColumnIsWrittenFirstIsReadColumnByColumn() throws Exception {
        Path file = dir.resolve("newsletter.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, PDRectangle.A4, () -> {
                text(BOLD, 22, 40, 790, "Case reviews digest: March 2026");
                text(REGULAR, 10, 40, 765, "Two reviews this month. Every child, family and place here is invented.");
                column(310, "Child NS: Serious case review", List.of("Sexual abuse of a 13-year-old girl in",
                        "Marston Vale in 2023 by her step-grandfather,", "aged 70. The abuse was not reported."),
                        List.of("her change in mood was not explored"), "ask children who they are afraid of");
                column(40, "Child MS: Learning review", List.of("Physical abuse of a 14-month-old boy in",
                        "2024 by his mother's partner, aged 30. The", "injuries were seen at nursery."),
                        List.of("the nursery's photographs were not shared", "the partner was not checked"),
                        "check every new adult in a baby's home");
            });
            document.save(file.toFile());
        }
        List<DigestEntry> entries = entries(file);

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child MS: Learning review", "Child NS: Serious case review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the nursery's photographs were not shared", "the partner was not checked");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask children who they are afraid of");
    }

    @Test
    void eachColumnKeepsItsLinkWhenTheSecondColumnIsWrittenFirst() throws Exception {
        Path file = dir.resolve("newsletter-links.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, PDRectangle.A4, () -> {
                text(BOLD, 22, 40, 790, "Case reviews digest: April 2026");
                text(REGULAR, 10, 40, 765, "Two reviews this month. Every child, family and place here is invented.");
                column(310, "Child PS: Serious case review", List.of("Neglect of a 7-year-old boy in Marston",
                        "Vale in 2024. His mother, aged 29, drank", "heavily. The school saw him hungry."),
                        List.of("his hunger at school was not shared"), "ask schools to report hunger to early help");
                link(310, 607, "Read the practice review (PDF)", "https://example.org/reviews/ps.pdf");
                column(40, "Child QS: Learning review", List.of("Physical abuse of a 2-year-old girl in",
                        "2024 by her father, aged 35. Bruises were", "seen at her nursery."),
                        List.of("the bruises were not photographed", "the father was not seen"),
                        "see every adult in a toddler's home");
                link(40, 594, "Read the practice review (PDF)", "https://example.org/reviews/qs.pdf");
            });
            document.save(file.toFile());
        }
        List<DigestEntry> entries = entries(file);

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child QS: Learning review", "Child PS: Serious case review");
        assertThat(entries).extracting(DigestEntry::linkTarget).containsExactly(
                "https://example.org/reviews/qs.pdf", "https://example.org/reviews/ps.pdf");
    }

    /** A line of words under a link annotation to {@code uri}, as a newsletter prints its 'Read the review' links. */
    private void link(float x, float y, String words, String uri) throws IOException {
        text(REGULAR, 9.5f, x, y, words);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, y - 2, REGULAR.getStringWidth(words) / 1000 * 9.5f, 12));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        currentPage.getAnnotations().add(link);
    }

    @Test
    void aReviewJumpingToTheNextPageByMarksAloneIsReadWhole() throws Exception {
        Path file = dir.resolve("jump.pdf");
        try (PDDocument document = new PDDocument()) {
            page(document, PDRectangle.A4, () -> {
                text(BOLD, 22, 40, 790, "Case reviews digest: March 2026");
                text(REGULAR, 10, 40, 765, "Three reviews this month. Every child, family and place here is invented.");
                column(40, "Child MS: Learning review", List.of("Physical abuse of a 14-month-old boy in",
                        "2024 by his mother's partner, aged 30. The", "injuries were seen at nursery."),
                        List.of("the nursery's photographs were not shared"), "check every new adult in a baby's home");
                float y = 720;
                text(BOLD, 12, 310, y, "Child PS: Serious case review");
                for (String line : List.of("Radicalisation of a 15-year-old boy in 2024", "through videos online. He was",
                        "referred to Prevent by his school.")) {
                    y -= 13;
                    text(REGULAR, 9.5f, 310, y, line);
                }
                text(REGULAR, 9, 310, y - 16, "Continued on page 2");
            });
            page(document, PDRectangle.A4, () -> {
                float y = 790;
                text(REGULAR, 9, 310, y, "Continued from page 1");
                for (String line : List.of("His cousin, aged 20, shared the videos with", "him. Child PS is White British.")) {
                    y -= 15;
                    text(REGULAR, 9.5f, 310, y, line);
                }
                text(BOLD, 9.5f, 310, y - 16, "Learning includes:");
                text(REGULAR, 9.5f, 310, y - 29, "\u2022 the family were not told what Prevent meant");
                column(40, 790, "Child NS: Serious case review", List.of("Sexual abuse of a 13-year-old girl in",
                        "Marston Vale in 2023 by her step-grandfather,", "aged 70. The abuse was not reported."),
                        List.of("her change in mood was not explored"), "ask children who they are afraid of");
            });
            document.save(file.toFile());
        }
        List<DigestEntry> entries = entries(file);

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child MS: Learning review", "Child PS: Serious case review", "Child NS: Serious case review");
        assertThat(entries.get(1).summary()).startsWith("Radicalisation of a 15-year-old boy")
                .endsWith("Child PS is White British.").doesNotContain("Continued");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly(
                "the family were not told what Prevent meant");
        assertThat(items(entries.get(2), SectionType.LEARNING)).containsExactly("her change in mood was not explored");
    }

    private interface Body {
        void write() throws IOException;
    }

    private void page(PDDocument document, PDRectangle size, Body body) throws IOException {
        PDPage page = new PDPage(size);
        currentPage = page;
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            stream = content;
            body.write();
        }
    }

    /** One review slide written in z-order: the right list box, the title placeholder, the summary box, the number. */
    private void slide(PDDocument document, String title, List<String> summary, List<String> learning,
                       String recommendation, int number) throws IOException {
        page(document, new PDRectangle(720, 405), () -> {
            float y = 322;
            text(BOLD, 13, 380, y, "Learning includes:");
            for (String item : learning) {
                y -= 17;
                text(REGULAR, 11, 382, y, "\u2022");
                text(REGULAR, 11, 400, y, item);
            }
            y -= 23;
            text(BOLD, 13, 380, y, "Recommendations include:");
            y -= 17;
            text(REGULAR, 11, 382, y, "\u2022");
            text(REGULAR, 11, 400, y, recommendation);
            text(BOLD, 24, 36, 360, title);
            y = 322;
            for (String line : summary) {
                text(REGULAR, 13, 36, y, line);
                y -= 17;
            }
            text(REGULAR, 9, 680, 18, String.valueOf(number));
        });
    }

    private void column(float x, String title, List<String> summary, List<String> learning, String recommendation)
            throws IOException {
        column(x, 720, title, summary, learning, recommendation);
    }

    /** One newsletter column at {@code x} from {@code y} down: a review's title, summary, labelled lists. */
    private void column(float x, float top, String title, List<String> summary, List<String> learning,
                        String recommendation) throws IOException {
        float y = top;
        text(BOLD, 12, x, y, title);
        for (String line : summary) {
            y -= 13;
            text(REGULAR, 9.5f, x, y, line);
        }
        y -= 16;
        text(BOLD, 9.5f, x, y, "Learning includes:");
        for (String item : learning) {
            y -= 13;
            text(REGULAR, 9.5f, x, y, "\u2022 " + item);
        }
        y -= 16;
        text(BOLD, 9.5f, x, y, "Recommendations include:");
        y -= 13;
        text(REGULAR, 9.5f, x, y, "\u2022 " + recommendation);
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

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
