package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b34, kind 8): Word's filtered HTML wraps its source at 76 columns, inside a link's words too; the
 * line break is a space of the HTML, so the link is kept. Invented digest: its child and place do not exist.
 */
class WrappedLinkTextTest {
    @TempDir
    Path dir;

    @Test
    void aLinkWhoseWordsWrapInTheSourceIsStillALink() throws Exception {
        String html = "<html><body>\r\n<h2>Child TB: Serious case review</h2>\r\n"
                + "<p class=MsoNormal>Neglect of a 9-year-old girl in 2031 who was often hungry at school.</p>\r\n"
                + "<p class=MsoNormal><b>Learning includes:</b></p>\r\n<ul><li>hearing the child</li></ul>\r\n"
                + "<p class=MsoNormal><a href=\"https://library.example.org/child-tb.pdf\">Read\r\n"
                + "the overview report (PDF)</a></p>\r\n</body></html>\r\n";
        Path file = dir.resolve("digest.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("[Read the overview report (PDF)](https://library.example.org/child-tb.pdf)");
        DigestEntry entry = new DigestParser().parse(text).entries().get(0);
        assertThat(entry.linkTarget()).isEqualTo("https://library.example.org/child-tb.pdf");
    }
}
