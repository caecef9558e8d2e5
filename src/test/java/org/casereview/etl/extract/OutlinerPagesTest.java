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
 * Issue 9 (digests b42, kind 1): a digest written in an outliner (Logseq, Roam, an Obsidian outline) and saved as its
 * markdown page: every block a '- ' bullet, children indented, a review's title a block holding a heading
 * ('- ## title'), blocks and the page carrying 'key:: value' properties. The title blocks are the entry headings, the
 * blocks under them paragraphs, the blocks under a label its items; properties are no text. Invented digests: their
 * children and places do not exist.
 */
class OutlinerPagesTest {
    private static final String LOGSEQ = """
            title:: Reviews – April 2034
            tags:: reviews

            - Two reviews were published in April 2034. Every child and place here is invented. #digest
            - ### Child TN: Serious case review
              id:: 7a1c0b2e-11aa-4c2d-9e0f-3b1d2c4e5f60
            \t- Neglect of a 5-year-old boy in 2033 who was often hungry at school.
            \t  His father worked nights.
            \t- **Learning includes:**
            \t\t- the school's concerns about food were not passed on
            \t\t- no one asked the father about childcare
            \t- [Read the review (PDF)](https://library.example.org/2034/child-tn.pdf)
            - ### Baby UP: Rapid review
              collapsed:: true
            \t- Serious injury to a 2-month-old boy in 2034. His mother was [[care leaver|a care leaver]].
            \t- **Recommendations:**
            \t\t- give care leavers a named worker during pregnancy
            \t\t\t- and after the birth
            """;

    @TempDir
    Path dir;

    @Test
    void titleBlocksAreHeadingsTheirChildrenParagraphsAndALabelsChildrenItems() throws Exception {
        Path file = dir.resolve("reviews-2034-04.md");
        Files.writeString(file, LOGSEQ, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("id::").doesNotContain("collapsed::").doesNotContain("title::")
                .doesNotContain("[[");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child TN: Serious case review", "Baby UP: Rapid review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 5-year-old boy in 2033 who was often hungry at school. "
                + "His father worked nights.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the school's concerns about food were not passed on", "no one asked the father about childcare");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2034/child-tn.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).contains("His mother was a care leaver.");
        assertThat(second.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .first().asString().startsWith("give care leavers a named worker during pregnancy");
    }

    @Test
    void theOutlineBecomesParagraphsHeadingsAndLists() {
        assertThat(OutlinerPages.read(LOGSEQ)).isEqualTo("""
                Two reviews were published in April 2034. Every child and place here is invented. #digest

                ### Child TN: Serious case review

                Neglect of a 5-year-old boy in 2033 who was often hungry at school.
                His father worked nights.

                **Learning includes:**
                - the school's concerns about food were not passed on
                - no one asked the father about childcare

                [Read the review (PDF)](https://library.example.org/2034/child-tn.pdf)

                ### Baby UP: Rapid review

                Serious injury to a 2-month-old boy in 2034. His mother was a care leaver.

                **Recommendations:**
                - give care leavers a named worker during pregnancy
                  - and after the birth
                """);
    }

    @Test
    void spaceIndentedOutlinesWithoutPropertiesReadTheSame() {
        String roam = "- ## Child VQ: Learning review\n    - Harm to a girl aged 8 in 2034.\n    - Learning:\n"
                + "        - the GP was not told\n";
        assertThat(OutlinerPages.read(roam))
                .isEqualTo("## Child VQ: Learning review\n\nHarm to a girl aged 8 in 2034.\n\nLearning:\n- the GP was not told\n");
    }

    @Test
    void markdownThatIsNotAnOutlinerPageStaysAsItIs() {
        String nestedList = "# Reviews\n\n- **Child A: Review**\n  - Learning:\n    - a point\n";
        assertThat(OutlinerPages.read(nestedList)).isEqualTo(nestedList);
        String bulletsOnly = "- Child A: Review\n  - a point\n- Child B: Review\n  - another point\n";
        assertThat(OutlinerPages.read(bulletsOnly)).isEqualTo(bulletsOnly);
    }
}
