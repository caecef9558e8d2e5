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

/** Issue 9.6 (digests b15, kind 4): raw HTML blocks and links in a markdown digest are read as HTML. */
class MarkdownHtmlBlocksTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void htmlBlocksGiveLabelsItemsAndLinks() throws Exception {
        Path file = dir.resolve("digest.md");
        Files.writeString(file, """
                Case reviews – May 2031
                =======================

                Child QX: Child safeguarding practice review
                --------------------------------------------

                Neglect of a 4-year-old boy in 2030.

                <p><strong>Learning includes:</strong></p>
                <ul>
                  <li>the nursery did not share its worries</li>
                  <li>the home was never visited</li>
                </ul>

                <a href="https://example.org/qx.pdf">Read practice review (PDF)</a>

                Child QW: Serious case review
                -----------------------------

                Serious harm to a 12-year-old girl in 2029.

                __Learning includes:__

                + her school moves were not noticed

                <details open>
                <summary>Recommendations include:</summary>

                + track every school move of a child in need

                </details>

                <a href="https://example.org/qw.pdf">Read overview report (PDF)</a>
                """);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("<li>", "<ul>", "<details", "</a>", "<summary>");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child QX: Child safeguarding practice review", "Child QW: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo("Neglect of a 4-year-old boy in 2030.");
        assertThat(items(entries.get(0), SectionType.LEARNING))
                .containsExactly("the nursery did not share its worries", "the home was never visited");
        assertThat(entries.get(0).linkTarget()).isEqualTo("https://example.org/qx.pdf");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly("her school moves were not noticed");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("track every school move of a child in need");
        assertThat(entries.get(1).linkTarget()).isEqualTo("https://example.org/qw.pdf");
    }

    @Test
    void htmlInCodeIsLeftAsWritten() throws Exception {
        String markdown = "Write `<a href=\"x\">this</a>` for a link.\n\n```\n<p>code</p>\n```\n";
        assertThat(MarkdownHtmlBlocks.read(markdown, html -> "READ")).isEqualTo(markdown);
        assertThat(MarkdownHtmlBlocks.read("<p>Hello</p>\n\nnext", html -> "READ")).isEqualTo("READ\n\nnext");
    }
}
