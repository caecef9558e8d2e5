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
 * Issue 9 (digests b66, kind 1): a page saved after a text-animation script (GSAP SplitText) split its titles into one
 * inline-block {@code div} per word and per letter, and its summaries into block line {@code div}s of inline-block word
 * {@code div}s. Every {@code div} was read as a block, so a title came out one letter a line and no entry heading was
 * found. Names invented.
 */
class InlineStyledBlocksDigestTest {
    private static final String INLINE_BLOCK = " aria-hidden=\"true\" style=\"position:relative;display:inline-block;\"";

    @TempDir
    Path dir;

    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append("<div").append(INLINE_BLOCK).append(" class=\"word\">");
            word.chars().forEach(c -> out.append("<div").append(INLINE_BLOCK).append(" class=\"char\">")
                    .appendCodePoint(c).append("</div>"));
            out.append("</div>");
        }
        return out.toString();
    }

    private static String line(String text) {
        StringBuilder out = new StringBuilder("<div style=\"display:block;text-align:start;\" class=\"line\">");
        for (String word : text.split(" ")) {
            out.append("<div").append(INLINE_BLOCK).append(" class=\"word\">").append(word).append("</div> ");
        }
        return out.append("</div>").toString();
    }

    @Test
    void wordsAndLettersInInlineBlocksAreReadInTheirLine() throws Exception {
        String html = "<html><body><h1>" + letters("Case reviews published in May 2032") + "</h1>"
                + "<section><h2 aria-label=\"Child WU: Child safeguarding practice review\">"
                + letters("Child WU: Child safeguarding practice review") + "</h2>"
                + "<p>" + line("Death of a 4-month-old boy in 2031 who was") + line("found unresponsive in his cot.") + "</p>"
                + "<h3 style=\"display:inline\">Learning includes:</h3>"
                + "<ul><li>safer sleep advice was not repeated</li></ul></section>"
                + "<section><h2>" + letters("Child WV: Serious case review") + "</h2>"
                + "<p>" + line("Neglect of a 6-year-old girl in 2030.") + "</p>"
                + "<div style=\"color: red; display: inline-block\"><b>Learning includes:</b></div>"
                + "<ul><li>her weight loss was not followed up</li></ul></section></body></html>";
        Path file = dir.resolve("split-text-2032-05.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("# Case reviews published in May 2032", "## Child WU: Child safeguarding practice review",
                "Death of a 4-month-old boy in 2031 who was\n", "### Learning includes:"); // block lines and headings stay

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child WU: Child safeguarding practice review", "Child WV: Serious case review");
        assertThat(entries.get(1).summary()).isEqualTo("Neglect of a 6-year-old girl in 2030.");
        assertThat(learning(entries.get(0))).containsExactly("safer sleep advice was not repeated");
        assertThat(learning(entries.get(1))).containsExactly("her weight loss was not followed up");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
