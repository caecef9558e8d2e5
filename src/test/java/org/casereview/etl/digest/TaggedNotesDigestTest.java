package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged PDF digest whose learning item calls a footnote tagged as a {@code Note} inside the item: the note is words
 * about the text printed at the page's foot, no part of the digest's text, so it is in no item and no summary.
 * Invented reviews.
 */
class TaggedNotesDigestTest {

    private static final String NOTE = "1 The service was renamed the Family Hub in 2024.";

    @TempDir
    Path dir;

    @Test
    void aTaggedFootnoteIsNoPartOfAnyItem() throws IOException {
        Path file = dir.resolve("noted.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().heading(1, "Case reviews published in June 2026")
                    .heading(2, "Child NR: Serious case review").paragraph("Neglect of a 5-year-old boy in 2022.")
                    .paragraph("Learning includes:")
                    .listWithNote(List.of("the early help service closed the case after one visit",
                            "no one asked the boy about home"), 0, NOTE)
                    .heading(2, "Child NS: Serious case review").paragraph("Death of a baby girl in 2021.")
                    .paragraph("Learning includes:").list("the father was not seen by the health visitor")
                    .save(file);
        }
        String text = text(file);
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).doesNotContain("Family Hub");
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child NR: Serious case review", "Child NS: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 5-year-old boy in 2022.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the early help service closed the case after one visit", "no one asked the boy about home");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
    }
}
