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
import org.casereview.etl.digest.TaggedDigestPdf;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A digest whose first page lists its reviews in a boxed index table (number, title, kind of report; no page numbers)
 * and whose later pages hold the reviews under those titles: the index is the digest's contents, not entries.
 */
class IndexTableDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final List<List<String>> INDEX = List.of(
            List.of("No.", "Review", "Report"),
            List.of("1", "Child RW: Child safeguarding practice review", "practice review"),
            List.of("2", "Child SW: Serious case review", "overview report"),
            List.of("3", "Baby TW: Local child safeguarding practice review", "practice review"));
    private static final float[] COLUMNS = {60, 90, 400, 530};

    @TempDir
    Path dir;

    @Test
    void aBoxedIndexOfTitlesWithoutPageNumbersIsNotReadAsEntries() throws Exception {
        String text = new DocumentTextExtractor().extract(untagged()).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).contains("1 Child RW: Child safeguarding practice review practice review");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child RW: Child safeguarding practice review", "Child SW: Serious case review",
                "Baby TW: Local child safeguarding practice review");
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries().get(0).summary()).startsWith("Neglect of a 6-year-old boy in 2022");
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the school did not share his weight loss", "his siblings were not seen alone");
        assertThat(digest.month()).hasToString("2026-04");
    }

    @Test
    void aTaggedIndexTableOfTitlesIsNotReadAsEntries() throws Exception {
        Path file = dir.resolve("tagged-index.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().heading(1, "Case reviews published in April 2026")
                    .paragraph("Three case reviews were published in April 2026.")
                    .paragraph("In this digest")
                    .table(INDEX.stream().map(row -> row.stream().map(List::of).toList()).toList())
                    .paragraph("The summaries of these reviews follow.");
            for (int r = 0; r < 3; r++) {
                pdf.heading(2, INDEX.get(r + 1).get(1)).paragraph(summary(r))
                        .paragraph("Learning includes:").list(learning(r))
                        .paragraph("Read the " + INDEX.get(r + 1).get(2) + " (PDF)");
            }
            pdf.save(file);
        }
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child RW: Child safeguarding practice review", "Child SW: Serious case review",
                "Baby TW: Local child safeguarding practice review");
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries().get(2).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly(learning(2));
    }

    private static String summary(int review) {
        return List.of("Neglect of a 6-year-old boy in 2022 who was often hungry at school. Child RW is White British.",
                "Sexual abuse of a 12-year-old girl by a neighbour in 2019. Child SW is of Pakistani heritage.",
                "Death of a 2-month-old baby in 2024 after an unsafe sleep. Baby TW is White British.").get(review);
    }

    private static String[] learning(int review) {
        return List.of(new String[] {"the school did not share his weight loss", "his siblings were not seen alone"},
                new String[] {"the neighbour's earlier caution was not known to the school"},
                new String[] {"safe sleep advice was given once, before the birth"}).get(review);
    }

    /** Page 1 the heading, intro and the boxed index table; page 2 the reviews, titles in bold. */
    private Path untagged() throws IOException {
        Path file = dir.resolve("index.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(doc, first)) {
                show(content, BOLD, 16, "Case reviews published in April 2026", 60, 780);
                show(content, REGULAR, 11, "Three case reviews were published in April 2026.", 60, 750);
                show(content, BOLD, 12, "In this digest", 60, 720);
                float y = 695;
                for (List<String> row : INDEX) {
                    for (int c = 0; c < row.size(); c++) {
                        show(content, INDEX.get(0) == row ? BOLD : REGULAR, 10, row.get(c), COLUMNS[c] + 4, y);
                    }
                    content.moveTo(COLUMNS[0], y - 5);
                    content.lineTo(COLUMNS[3], y - 5);
                    y -= 18;
                }
                content.addRect(COLUMNS[0], y + 13, COLUMNS[3] - COLUMNS[0], 695 + 13 - (y + 13));
                for (int c = 1; c < 3; c++) {
                    content.moveTo(COLUMNS[c], y + 13);
                    content.lineTo(COLUMNS[c], 708);
                }
                content.stroke();
                show(content, REGULAR, 11, "The summaries of these reviews are on the following pages.", 60, y - 20);
            }
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(second);
            try (PDPageContentStream content = new PDPageContentStream(doc, second)) {
                float y = 780;
                for (int r = 0; r < 3; r++) {
                    show(content, BOLD, 12, INDEX.get(r + 1).get(1), 60, y);
                    show(content, REGULAR, 11, summary(r), 60, y -= 24);
                    show(content, BOLD, 11, "Learning includes:", 60, y -= 22);
                    for (String item : learning(r)) {
                        show(content, REGULAR, 11, "\u2022", 66, y -= 16);
                        show(content, REGULAR, 11, item, 78, y);
                    }
                    show(content, REGULAR, 11, "Read the " + INDEX.get(r + 1).get(2) + " (PDF)", 60, y -= 22);
                    y -= 34;
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
