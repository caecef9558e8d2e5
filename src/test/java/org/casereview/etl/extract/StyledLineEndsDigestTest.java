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
 * Issue 9 (digests b68, kind 3): a page showing a content management system's plain-text field with
 * {@code white-space: pre-line}: the summary, labels and '- ' items are typed on lines of their own and the newlines are
 * the only line ends. Read as HTML white space, a label and its items ran on in one line. Names invented.
 */
class StyledLineEndsDigestTest {

    @TempDir
    Path dir;

    @Test
    void newlinesKeptByTheStyleEndLines() throws Exception {
        String html = "<html><body><h1>Case reviews published in August 2036</h1>"
                + "<p>Two reviews were published\nthis month.</p>"
                + "<article><h2>Child XE: Child safeguarding practice review</h2>"
                + "<div style=\"white-space:pre-line\">Serious harm to a 13-year-old boy in 2035 who was stabbed.\n\n"
                + "Learning includes:\n- his exclusion was not shared\n- police saw him as an offender\n\n"
                + "Recommendations include:\n- share every exclusion with children's social care</div></article>"
                + "<article><h2>Child XF: Serious case review</h2>"
                + "<div style=\"color:#333; white-space: pre-wrap\">Neglect of a 2-year-old girl in 2034.\n\n"
                + "Learning includes:\n- her weight was not checked</div></article></body></html>";
        Path file = dir.resolve("cms-field-2036-08.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Two reviews were published this month."); // elsewhere a newline is a space

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child XE: Child safeguarding practice review", "Child XF: Serious case review");
        assertThat(entries.get(0).summary()).isEqualTo("Serious harm to a 13-year-old boy in 2035 who was stabbed.");
        assertThat(items(entries.get(0), SectionType.LEARNING))
                .containsExactly("his exclusion was not shared", "police saw him as an offender");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS))
                .containsExactly("share every exclusion with children's social care");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly("her weight was not checked");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }
}
