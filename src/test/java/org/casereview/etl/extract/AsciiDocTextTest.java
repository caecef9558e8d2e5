package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b36, kinds 2-4): a digest's AsciiDoc source saved as plain text. Its '==' section titles are the
 * entry headings, its block titles ('.Learning includes', no colon) the labels, its block attribute lines, anchors,
 * delimiters, comments and attribute entries markup only, and its link macros the report links. Invented digests:
 * their children and places do not exist.
 */
class AsciiDocTextTest {
    private static final String SOURCE = """
            = Case review digest – March 2032
            Safeguarding Library Team
            :doctype: article
            :toc: left
            :library: https://library.example.org/reviews

            // every child and place in this digest is invented

            [.lead]
            Two reviews were published this month.

            toc::[]

            IMPORTANT: These summaries are invented for testing.

            [[baby-qz]]
            == Baby QZ: Rapid review

            Death of a 5-week-old boy in 2031 after being shaken by his father. The father had a history of violence.

            .Learning includes
            * the health visitor did not know the father had moved in
            * the GP was not told about the earlier injury

            [NOTE]
            .Recommendations include
            ====
            * ask every new parent who else lives in the home
            ====

            link:{library}/baby-qz.pdf[Read the rapid review (PDF)^]

            '''

            [[child-vt]]
            == Child VT: Serious case review

            Neglect of a 10-year-old girl in 2030 who was often absent from school. Her mother misused alcohol.

            .Learning includes
            ****
            * the school's attendance concerns were not shared
            ****

            [TIP]
            .Identifies good practice including
            ====
            * the youth worker who kept visiting the family
            ====

            https://library.example.org/reviews/child-vt.pdf[Read the serious case review (PDF)]
            """;

    @TempDir
    Path dir;

    @Test
    void sectionTitlesBlockTitlesAndLinkMacrosAreReadAsTheMarkupTheyAre() throws Exception {
        Path file = dir.resolve("digest-march-2032.txt");
        Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("[TIP]").doesNotContain("[[").doesNotContain(":toc:").doesNotContain("toc::")
                .doesNotContain("====").doesNotContain("link:").doesNotContain("IMPORTANT:");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Baby QZ", "Child VT");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Death of a 5-week-old boy in 2031 after being shaken by his father. "
                + "The father had a history of violence.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the health visitor did not know the father had moved in", "the GP was not told about the earlier injury");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("ask every new parent who else lives in the home");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/reviews/baby-qz.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the school's attendance concerns were not shared");
        assertThat(second.section(SectionType.GOOD_PRACTICE).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the youth worker who kept visiting the family");
        assertThat(second.linkTarget()).isEqualTo("https://library.example.org/reviews/child-vt.pdf");
        assertThat(digest.problems()).isEmpty();
    }

    @Test
    void theMarkupBecomesLightMarkdown() {
        String markdown = AsciiDocText.toMarkdown(SOURCE);
        assertThat(markdown).startsWith("# Case review digest – March 2032\nSafeguarding Library Team\n\n");
        assertThat(markdown).contains("\n## Baby QZ: Rapid review\n", "\n**Learning includes**\n",
                "\n[Read the rapid review (PDF)](https://library.example.org/reviews/baby-qz.pdf)\n",
                "\n[Read the serious case review (PDF)](https://library.example.org/reviews/child-vt.pdf)\n",
                "\nThese summaries are invented for testing.\n", "\nTwo reviews were published this month.\n");
        assertThat(markdown).doesNotContain("invented\n// ").doesNotContain("every child and place in this digest");
    }

    @Test
    void listsDescriptionListsAndBoldAreMarkdownToo() {
        String source = """
                = Digest
                :icons: font

                ////
                a comment block
                ////
                == Child KP: Learning review
                Review type:: Learning review
                *Learning:*
                . the first point
                .. a point under it
                ** another point under it +
                wrapped on
                +
                ...
                """;
        assertThat(AsciiDocText.toMarkdown(source)).isEqualTo("""
                # Digest

                ## Child KP: Learning review
                Review type: Learning review
                **Learning:**
                * the first point
                  * a point under it
                  * another point under it
                wrapped on

                ...
                """);
    }

    @Test
    void aDocumentHeaderWithAttributesOrSectionsWithBlockMarkupAreEvidence() {
        assertThat(AsciiDocText.isAsciiDoc("// made by hand\n= Reviews\n:toc:\n\nText.\n")).isTrue();
        assertThat(AsciiDocText.isAsciiDoc("Reviews\n\n[[a]]\n== Child A: Review\n\n.Learning\n* a\n\n"
                + "[[b]]\n== Child B: Review\n")).isTrue();
    }

    @Test
    void plainTextWithoutThatEvidenceIsNotAsciiDoc() throws Exception {
        assertThat(AsciiDocText.isAsciiDoc("= Reviews\n\nText without attributes.\n")).isFalse();
        assertThat(AsciiDocText.isAsciiDoc("Reviews\n\n== Child A: Review ==\n\n[1] a note\n\n== Child B: Review ==\n"))
                .isFalse();
        assertThat(AsciiDocText.isAsciiDoc("1. Child A: Review\n.Learning\n[Image]\n* a point\n")).isFalse();
        String plain = "Reviews – May 2032\n\n1. Child A: Review\n\n[Image]\n.NET training for staff: a summary.\n";
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, plain, StandardCharsets.UTF_8);
        assertThat(new DocumentTextExtractor().extract(file).text()).isEqualTo(plain);
    }
}
