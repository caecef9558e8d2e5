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
 * Issue 9 (digests b19, kind 2): a definition list used as fields under the title, as docutils writes a field list
 * ({@code <dt>Published:</dt><dd><p>2031-06</p></dd>}), reads as "Label: value" lines; a definition list of entries
 * (a title term over a summary and labelled lists) stays as it is.
 */
class DefinitionListFieldsTest {

    @TempDir
    Path dir;

    private String text(String html) throws Exception {
        Path file = dir.resolve("digest.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return new DocumentTextExtractor().extract(file).text();
    }

    @Test
    void aTermWithOneParagraphDefinitionIsOneLabelValueLine() throws Exception {
        String text = text("""
                <html><body><main><h1 class="title">Case reviews published in June 2031</h1>
                <dl class="docinfo simple">
                <dt class="published">Published<span class="colon">:</span></dt>
                <dd class="published"><p>2031-06</p>
                </dd>
                <dt class="source">Source<span class="colon">:</span></dt>
                <dd class="source"><p>NSPCC Learning, case review summaries</p>
                </dd>
                <dt>Editor</dt><dd>Learning team</dd>
                </dl>
                <p>Two case reviews published in June 2031.</p>
                <section><h2>Child QZ: Serious case review</h2>
                <p>Neglect of a 6-year-old girl in 2030.</p>
                <p class="rubric">Learning includes:</p>
                <ul><li><p>the voice of the child was not heard</p></li></ul>
                </section></main></body></html>
                """);

        assertThat(text).startsWith("""
                # Case reviews published in June 2031

                Published: 2031-06

                Source: NSPCC Learning, case review summaries

                Editor: Learning team

                Two case reviews published in June 2031.""");
        assertThat(new DigestParser().parse(text).entries()).extracting(DigestEntry::title)
                .containsExactly("Child QZ: Serious case review");
    }

    @Test
    void aTitleTermOverSeveralDefinitionsOrAProseDefinitionStaysAsItIs() throws Exception {
        String text = text("""
                <html><body><h1>Case reviews update</h1>
                <dl>
                <dt>1. Child SA: Serious case review</dt>
                <dd><p>Physical abuse of a 1-year-old girl in 2030.</p></dd>
                <dd><strong>Learning includes:</strong> the history of violence was not shared.</dd>
                <dt>2. Child SB: Serious case review</dt>
                <dd><p>Neglect of a 3-year-old boy in 2029 who was often absent from nursery.</p></dd>
                <dt>Identifies good practice including</dt>
                <dd>a play specialist who noticed the baby was withdrawn and raised it</dd>
                </dl></body></html>
                """);

        assertThat(text).isEqualTo("""
                # Case reviews update

                1. Child SA: Serious case review

                Physical abuse of a 1-year-old girl in 2030.

                **Learning includes:** the history of violence was not shared.

                2. Child SB: Serious case review

                Neglect of a 3-year-old boy in 2029 who was often absent from nursery.

                Identifies good practice including

                a play specialist who noticed the baby was withdrawn and raised it""");
    }
}
