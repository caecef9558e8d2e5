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
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b49, kind 1): an automatic tagger made every printed line its own H1: the title, each wrapped line
 * of a summary (ending mid-sentence, the next starting in lower case, in the body's font and size), each label and
 * item. Such tags are no evidence of structure: the page is read from its layout, as an untagged page is. Invented
 * reviews.
 */
public class EveryLineHeadingTagsTest {

    @TempDir
    Path dir;

    static Path everyLineH1(Path file) throws IOException {
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().lineAsH1("Case reviews published in July 2026", 60, true, 18)
                    .lineAsH1("Every child, family and place in this digest is invented. The reviews below were", 60, false, 10)
                    .lineAsH1("published this month by local safeguarding partnerships.", 60, false, 10);
            entry(pdf, "Baby RQ: Child safeguarding practice review",
                    List.of("Death of a 2-month-old boy in 2025 who was found unresponsive after sleeping on a sofa",
                            "with his father, aged 26, after a family party. Baby RQ is White British. There was",
                            "no evidence of deliberate harm."),
                    List.of("the family had no cot of their own", "the health visitor did not ask where the baby",
                            " slept at night"),
                    List.of("give safer sleep advice at every contact"));
            entry(pdf, "Child SQ: Serious case review",
                    List.of("Neglect of a 9-year-old girl in Farnwell between 2019 and 2022 whose mother, aged 44,",
                            "had asked for help from children's services twice. Child SQ is Black British."),
                    List.of("the school's concerns about her weight were not shared", "her voice was not heard"),
                    List.of("share attendance concerns with the GP", "see the child alone at every visit"));
            return pdf.save(file);
        }
    }

    private static void entry(TaggedDigestPdf pdf, String title, List<String> summary, List<String> learning,
                              List<String> recommendations) throws IOException {
        pdf.lineAsH1(title, 60, true, 13);
        for (String line : summary) {
            pdf.lineAsH1(line, 60, false, 10);
        }
        pdf.lineAsH1("Learning includes:", 60, true, 10);
        items(pdf, learning);
        pdf.lineAsH1("Recommendations include:", 60, true, 10);
        items(pdf, recommendations);
        pdf.lineAsH1("Read the full review", 60, false, 10);
    }

    /** Each item a bullet line; a line starting with a space is the previous item's wrapped line, at its text's x. */
    private static void items(TaggedDigestPdf pdf, List<String> lines) throws IOException {
        for (String line : lines) {
            boolean wrapped = line.startsWith(" ");
            pdf.lineAsH1(wrapped ? line.strip() : "\u2022  " + line, wrapped ? 80 : 72, false, 10);
        }
    }

    @Test
    void tagsThatMakeEveryLineAHeadingAreNotTakenAsTheStructure() throws IOException {
        try (PDDocument document = Loader.loadPDF(everyLineH1(dir.resolve("h1.pdf")).toFile())) {
            assertThat(LayoutDigestText.readTagged(document, 4)).isEmpty();
        }
    }

    @Test
    void aDigestTaggedLineByLineReadsAsItsEntries() throws Exception {
        ParsedDigest digest = new DigestParser().parse(
                new DocumentTextExtractor().extract(everyLineH1(dir.resolve("h1.pdf"))).text());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Baby RQ: Child safeguarding practice review", "Child SQ: Serious case review");
        assertThat(digest.entries().get(0).summary()).startsWith("Death of a 2-month-old boy")
                .contains("with his father, aged 26").endsWith("no evidence of deliberate harm.");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "the family had no cot of their own", "the health visitor did not ask where the baby slept at night");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS)).containsExactly(
                "share attendance concerns with the GP", "see the child alone at every visit");
    }

    @Test
    void rightHeadingTagsAreStillTheStructure() throws IOException {
        Path file = dir.resolve("right.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().heading(1, "Case reviews published in July 2026")
                    .paragraph("Every child, family and place in this digest is invented.")
                    .heading(2, "Baby RQ: Child safeguarding practice review")
                    .paragraph("Death of a 2-month-old boy in 2025. Baby RQ is White British.")
                    .paragraph("Learning includes:").list("the family had no cot of their own")
                    .save(file);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(LayoutDigestText.readTagged(document, 4).orElseThrow())
                    .contains("## Baby RQ: Child safeguarding practice review");
        }
    }

    static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }
}
