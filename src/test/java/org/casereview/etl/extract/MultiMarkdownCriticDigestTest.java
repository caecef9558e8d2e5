package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b52 (kinds 1 and 2): a MultiMarkdown note (MultiMarkdown Composer, Scrivener) with its metadata block of
 * 'Key: value' lines and no '---', a '{{TOC}}' marker, explicit header ids ('[id]') and CriticMarkup left in, read as
 * the finished note. Invented reviews: their children, people and places do not exist.
 */
class MultiMarkdownCriticDigestTest {

    private static final String NOTE = """
            Title:  Case reviews published in June 2031
            Author: Review Group, Fenwold Safeguarding Children Partnership
            Date:   3 July 2031
            Base Header Level: 2
            Tags:   case reviews,
                    learning

            {{TOC}}

            Two case reviews were published in June 2031. Every child and place here is invented.

            # Child ZP: Child safeguarding practice review [zp]

            Neglect of a 6-year-old boy in {~~2028~>2029~~} whose home had no heating. Child ZP is White British. {>>Ask the author about the year<<}

            **Learning includes:**

            - the {==missed health appointments==} were not followed up
            - {--the school nurse was not told--}
            - the housing officer's concern was not shared

            **Recommendations include:**

            - follow up every child not brought to two appointments
            - {++tell the school nurse when a family moves++}

            [Read practice review (PDF)][zp-pdf]

            # Child ZR: Serious case review [zr]

            Death of a 4-month-old girl in 2027 after co-sleeping. Child ZR is of Polish heritage.

            **Learning includes:**

            - safer sleep advice was given to the mother only

            [zp-pdf]: https://example.org/reviews/zp.pdf "Child ZP report"
            """;

    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private ParsedDigest parse(String name, String markdown) throws Exception {
        Path file = Files.writeString(dir.resolve(name), markdown);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    @Test
    void theMetadataBlockIsNoEntryAndTheMarkupNoText() throws Exception {
        ParsedDigest digest = parse("reviews-2031-06.md", NOTE);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child ZP: Child safeguarding practice review", "Child ZR: Serious case review");
        DigestEntry zp = digest.entries().get(0);
        assertThat(zp.summary()).isEqualTo("Neglect of a 6-year-old boy in 2029 whose home had no heating. Child ZP is White British.");
        assertThat(items(zp, SectionType.LEARNING)).containsExactly(
                "the missed health appointments were not followed up", "the housing officer's concern was not shared");
        assertThat(items(zp, SectionType.RECOMMENDATIONS)).containsExactly(
                "follow up every child not brought to two appointments", "tell the school nurse when a family moves");
        assertThat(zp.linkTarget()).isEqualTo("https://example.org/reviews/zp.pdf");
        assertThat(digest.heading()).isEqualTo("Case reviews published in June 2031");
    }

    @Test
    void theExtractedTextHoldsNoMetadataKeysOrTocMarker() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews-2031-06.md"), NOTE);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).startsWith("# Case reviews published in June 2031\n")
                .doesNotContain("Author:", "Base Header Level", "{{TOC}}", "[zp]", "{>>", "{--");
    }

    @Test
    void criticMarkupIsReadAsAccepted() {
        assertThat(CriticMarkup.accept("a {++b++} c {--d--} e {~~f~>g~~} h {>>note<<} i {==j==}."))
                .isEqualTo("a b c e g h i j.");
        assertThat(CriticMarkup.accept("- one\n- {--two--}\n- three\n{>>a comment on its own line<<}\nend"))
                .isEqualTo("- one\n- three\nend");
    }

    @Test
    void bracesDashesAndEqualsOfTextAreNoCriticMarkup() {
        String text = "Scores {1--3} and {x==y}, a -- b, {~ not ~} and {+ plus +}.";
        assertThat(CriticMarkup.accept(text)).isEqualTo(text);
    }

    @Test
    void aRecordOfFieldsAtTheTopIsNoMetadataBlock() {
        String record = "Title: Child ZS: Rapid review\nArea: Fenwold\nDate: 2031\n\nNeglect of a boy.\n";
        assertThat(MultiMarkdownText.read(record)).isEqualTo(record);
        String titleAndDate = "Title: Child ZT: Rapid review\nDate: 2031\n\nNeglect of a girl.\n";
        assertThat(MultiMarkdownText.read(titleAndDate)).isEqualTo(titleAndDate);
    }

    @Test
    void aHeadingIdThatIsAReferenceLinkStays() {
        String text = "# Child ZU: Rapid review [zu]\n\n# Child ZV: Rapid review [zv]\n\n[zu]: https://example.org/zu.pdf\n";
        assertThat(MultiMarkdownText.read(text))
                .isEqualTo("# Child ZU: Rapid review [zu]\n\n# Child ZV: Rapid review\n\n[zu]: https://example.org/zu.pdf\n");
    }
}
