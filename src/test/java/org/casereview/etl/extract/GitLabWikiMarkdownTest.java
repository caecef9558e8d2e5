package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b50, kinds 4 and 5): a wiki page's markdown (GitLab Flavored Markdown) with a commented-out draft
 * holding blank lines, and a {@code >>>} multi-line quote around a review's lists. Every child and place is invented.
 */
class GitLabWikiMarkdownTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void commentWithBlankLinesIsHiddenWhole() throws Exception {
        Path file = dir.resolve("wiki.md");
        Files.writeString(file, """
                # Reviews published in March 2031 (invented for testing)

                <!-- Not yet approved: keep hidden.

                ## Child QA: Child safeguarding practice review

                Neglect of a 6-year-old girl in 2030.

                **Learning**

                * the health visitor was not told

                -->

                ## Child QB: Child safeguarding practice review

                Serious harm to a 10-year-old boy in 2029.

                **Learning**

                * the school did not share its concerns
                * the family moved twice in one year

                [Read practice review (PDF)](https://example.org/qb.pdf)
                """);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Child QA", "-->", "health visitor");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child QB: Child safeguarding practice review");
        assertThat(items(entries.get(0), SectionType.LEARNING))
                .containsExactly("the school did not share its concerns", "the family moved twice in one year");
    }

    @Test
    void multiLineQuoteFencesAreMarkupNotItems() throws Exception {
        Path file = dir.resolve("wiki.md");
        Files.writeString(file, """
                # Reviews published in April 2031 (invented for testing)

                ## Child QC: Serious case review

                Physical abuse of a 2-year-old boy in 2029 by his mother's partner.

                >>>
                **Recommendations**

                * see the child alone at every visit
                * ask who else lives in the home
                >>>

                [Read overview report (PDF)](https://example.org/qc.pdf)
                """);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain(">>>");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).hasSize(1);
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS))
                .containsExactly("see the child alone at every visit", "ask who else lives in the home");
        assertThat(entries.get(0).linkTarget()).isEqualTo("https://example.org/qc.pdf");
    }

    @Test
    void commentRunsToItsCloseAndQuoteFencesInCodeStay() throws Exception {
        String markdown = "<!-- a\n\nb -->\nafter\n\n<!-- one line --> tail\n\nnext";
        assertThat(MarkdownHtmlBlocks.read(markdown, html -> html.contains("after") ? "WRONG" : "READ"))
                .isEqualTo("READ\nafter\n\nREAD\n\nnext");
        assertThat(MarkdownQuoteFences.read("```\n>>>\n```\n>>>\nq\n>>>")).isEqualTo("```\n>>>\n```\n\nq\n");
    }
}
