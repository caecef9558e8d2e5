package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.pdf.WordObjectsPdf;
import org.casereview.etl.pdf.WordObjectsPdf.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b35, kind 1): a design tool's export writes every word as its own text object and sets the labels
 * in letter-spaced capitals (1.6 pt at 9 pt, over half a space). PDFBox parts such a label letter by letter; the
 * line's own letter spacing keeps its words, and the digest's labels are found. Invented reviews.
 */
class LetterSpacedLabelsDigestTest {

    @TempDir
    Path dir;

    @Test
    void letterSpacedLabelsOfWordObjectsReadAsWords() throws Exception {
        Path pdf = WordObjectsPdf.write(dir.resolve("words.pdf"), WordObjectsPdf.twoReviews());

        String text = new DocumentTextExtractor().extract(pdf).text();

        assertThat(text).contains("LEARNING INCLUDES:", "RECOMMENDATIONS INCLUDE:",
                "Neglect of a 5-year-old girl in 2024 who often missed school. Her father, aged 31,",
                "Child QW: Serious case review").doesNotContain("L E A R N");
    }

    @Test
    void aDigestWithLetterSpacedLabelsReadsAsItsEntries() throws Exception {
        Path pdf = WordObjectsPdf.write(dir.resolve("words.pdf"), WordObjectsPdf.twoReviews());

        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(pdf).text());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QV: Child safeguarding practice review", "Child QW: Serious case review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "the school's worries about attendance were not shared", "no one asked the girl about her days at home");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "refer every bruise on a baby who is not yet mobile");
    }

    @Test
    void aRowOfSingleLettersSetWithWordSpacesStaysApart() throws Exception {
        Path pdf = WordObjectsPdf.write(dir.resolve("letters.pdf"), List.of(
                Line.plain("Grades A B C D E F were given"), new Line(false, 10, 1.6f, "Options a b c d"),
                Line.plain("Sections 1 2 3 4 5 follow")));

        String text = new DocumentTextExtractor().extract(pdf).text();

        assertThat(text).contains("Grades A B C D E F were given", "Options a b c d", "Sections 1 2 3 4 5 follow");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
