package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b50, kind 8): the permalink a documentation or blog theme puts after each heading (Sphinx's '¶',
 * a '#', a section sign, a link emoji) is no word of the heading. Invented page.
 */
class HeadingPermalinkTest {
    @TempDir
    Path dir;

    @Test
    void aHeadingsPermalinkGlyphIsLeftOutAndOtherLinksStay() throws Exception {
        Path file = dir.resolve("page.html");
        Files.writeString(file, """
                <html><body><div class="body" role="main">
                <h1>Case reviews published in May 2031<a class="headerlink" href="#case-reviews" title="Link to this heading">\u00b6</a></h1>
                <h2 id="qk">Child QK: Serious case review <a href="#qk" aria-hidden="true">#</a></h2>
                <p>Neglect of a 4-year-old girl in 2030.</p>
                <h2>Child QL: Child safeguarding practice review<a class="anchor" href="#ql">\ud83d\udd17</a></h2>
                <p><a href="https://example.org/ql.pdf">Read practice review (PDF)</a></p>
                </div></body></html>
                """);

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("# Case reviews published in May 2031\n", "## Child QK: Serious case review\n",
                "## Child QL: Child safeguarding practice review\n", "[Read practice review (PDF)](https://example.org/ql.pdf)");
        assertThat(text).doesNotContain("\u00b6", "\ud83d\udd17", "(#qk)");
    }
}
