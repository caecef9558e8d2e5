package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b21, kind 3): a definition list per review whose last term names the document ('Full report')
 * over the link. The document's name before the link labels the link line; and a title over a 'Summary' label heads
 * the next entry even when the entry before has no link line.
 */
class DocumentLabelledLinkTest {

    @TempDir
    Path dir;

    private static final String REVIEW = """
            <section><h2>%s</h2>
            <dl><dt>Summary</dt><dd><p>%s</p></dd>
            <dt>Learning includes</dt><dd><ul><li>%s</li><li>the school nurse was not told</li></ul></dd>
            <dt>Recommendations include</dt><dd><ul><li>%s</li></ul></dd>
            %s</dl></section>
            """;

    private static String review(String title, String summary, String learning, String recommendation, String link) {
        return REVIEW.formatted(title, summary, learning, recommendation, link);
    }

    private ParsedDigest digest(String... reviews) throws Exception {
        Path file = dir.resolve("digest.html");
        Files.writeString(file, "<html><body><h1>Case reviews published in March 2031</h1>"
                + "<p>Two case reviews were published in March 2031.</p>" + String.join("", reviews)
                + "</body></html>", StandardCharsets.UTF_8);
        return new DigestParser().parse(new DocumentTextExtractor().extract(file).text(), false);
    }

    private static java.util.List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    @Test
    void aDocumentNameTermOverTheLinkLabelsTheLinkLine() throws Exception {
        ParsedDigest digest = digest(
                review("Child RX: Serious case review", "Neglect of a 6-year-old boy in 2029 who often missed school.",
                        "attendance was not followed up", "check attendance weekly",
                        "<dt>Full report</dt><dd><a href=\"https://example.org/rx.pdf\">Read overview report (PDF)</a></dd>"),
                review("Child RY: Child safeguarding practice review", "Physical abuse of a 2-year-old girl in 2030.",
                        "the bruising was not explained", "refer all bruising in non-mobile babies",
                        "<dt>Overview report:</dt><dd><a href=\"https://example.org/ry.pdf\">Download the review</a></dd>"));

        assertThat(digest.entries()).extracting(DigestEntry::linkText, DigestEntry::linkTarget).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Read overview report (PDF)", "https://example.org/rx.pdf"),
                org.assertj.core.groups.Tuple.tuple("Download the review", "https://example.org/ry.pdf"));
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly("check attendance weekly");
    }

    @Test
    void aDocumentNameWithAColonBeforeLinkWordsInPlainTextIsTheLinkLine() {
        ParsedDigest digest = new DigestParser().parse("""
                Case reviews published in March 2031

                Child RZ: Serious case review

                Neglect of a 4-year-old girl in 2029 who was found alone at home.

                Recommendations include:
                - visit without appointment

                Full report: Read the overview report (PDF)
                """);

        DigestEntry entry = digest.entries().get(0);
        assertThat(entry.linkText()).isEqualTo("Read the overview report (PDF)");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("visit without appointment");
    }

    @Test
    void aGivenNameTitleOverASummaryLabelHeadsTheNextEntryWithoutALinkBefore() throws Exception {
        ParsedDigest digest = digest(
                review("Child RX: Serious case review", "Neglect of a 6-year-old boy in 2029 who often missed school.",
                        "attendance was not followed up", "check attendance weekly", ""),
                review("Mira: Child safeguarding practice review", "Death of a 14-month-old girl in 2030 from dehydration.",
                        "no one saw the child for months", "escalate repeated no-access visits", ""));

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child RX: Serious case review", "Mira: Child safeguarding practice review");
        assertThat(digest.entries().get(0).sections()).extracting(Section::type).containsExactly(
                SectionType.SUMMARY, SectionType.LEARNING, SectionType.RECOMMENDATIONS);
        assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                .containsExactly("no one saw the child for months", "the school nurse was not told");
    }
}
