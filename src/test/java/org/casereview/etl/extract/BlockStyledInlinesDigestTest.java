package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * Issue 9 (digests b68, kind 2): a page builder's text module writes each review as ONE paragraph whose lines are
 * {@code <span style="display:block">} (title, summary, labels) and whose items are {@code display:list-item} spans. Read
 * inline, each review was one line and the page one entry titled with its h1. Names invented.
 */
class BlockStyledInlinesDigestTest {

    @TempDir
    Path dir;

    private static String span(String style, String text) {
        return "<span style=\"" + style + "\">" + text + "</span>";
    }

    private static String review(String title, String summary, String label, String... items) {
        StringBuilder p = new StringBuilder("<p>").append(span("display:block;font-size:22px;font-weight:700", title))
                .append(span("margin-bottom:12px; display: block", summary)).append(span("display:block;font-weight:700", label));
        for (String item : items) {
            p.append(span("display:list-item;list-style-type:disc;margin-left:1.4em", item));
        }
        return p.append(span("display:block", "<a href=\"https://learning.nspcc.org.uk/r.pdf\">Read practice review (PDF)</a>"))
                .append("</p>").toString();
    }

    @Test
    void spansStyledAsBlocksAndListItemsAreLinesAndItems() throws Exception {
        String html = "<html><body><h1>Case reviews published in July 2035</h1>"
                + "<p>Two reviews, <span style=\"color:red\">one</span> of them <span style=\"display:inline\">late</span>.</p>"
                + review("Child XC: Child safeguarding practice review", "Death of a 3-year-old boy in 2034 who drowned.",
                        "Learning includes:", "the garden pond was not fenced", "the childminder was not registered")
                + review("Child XD: Serious case review", "Neglect of a 9-year-old girl in 2033.", "Learning includes:",
                        "her hunger at school was not reported")
                + "</body></html>";
        Path file = dir.resolve("page-builder-2035-07.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Two reviews, one of them late."); // spans without a block style stay in their line

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child XC: Child safeguarding practice review", "Child XD: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo("Death of a 3-year-old boy in 2034 who drowned.");
        assertThat(learning(entries.get(0))).containsExactly("the garden pond was not fenced", "the childminder was not registered");
        assertThat(learning(entries.get(1))).containsExactly("her hunger at school was not reported");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
