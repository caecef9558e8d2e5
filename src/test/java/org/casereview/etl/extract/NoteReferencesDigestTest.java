package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b68, kind 5): note references (EPUB's {@code epub:type="noteref"}, pandoc's {@code footnote-ref}, a
 * superscript in-page link) glued to the word before them: 'in 2024' and note 1 read 'in 20241', and the incident year
 * was lost. Names invented.
 */
class NoteReferencesDigestTest {

    @TempDir
    Path dir;

    @Test
    void noteMarksAreNoWordsOfTheSentence() throws Exception {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Chapter 2</title></head><body>"
                + "<section epub:type=\"chapter\"><h1>Case reviews published in September 2037</h1>"
                + "<section><h2>Child XG: Child safeguarding practice review</h2>"
                + "<p>Death of a 4-month-old girl in 2036<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn1\"><sup>1</sup></a>"
                + " who was shaken. See <a href=\"#fn9\">9</a> and <a href=\"#part2\">part 2</a>.</p>"
                + "<p>Learning includes:</p><ul><li>the father was not seen</li></ul>"
                + "<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn1\"><p>1. The trial ended in 2037.</p></aside></section>"
                + "<section><h2>Child XH: Serious case review</h2>"
                + "<p>Neglect of a 6-year-old boy in 2029<sup><a href=\"#fn2\">[2]</a></sup> and in 2030"
                + "<a class=\"footnote-ref\" href=\"#fn3\">3</a>. He is 1.5<sup>2</sup> metres tall.</p>"
                + "<p>Learning includes:</p><ul><li>his school did not refer him</li></ul></section></section></body></html>";
        Path file = dir.resolve("chapter-2037-09.xhtml");
        Files.writeString(file, xhtml, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("in 2036 who was shaken", "in 2029 and in 2030.")
                .contains("See [9](#fn9) and [part 2](#part2)") // an in-page link that is no superscript or note stays
                .contains("1.52 metres"); // a superscript that is no link stays

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child XG: Child safeguarding practice review", "Child XH: Serious case review");
        assertThat(entries.get(0).summary()).startsWith("Death of a 4-month-old girl in 2036 who was shaken.");
    }
}
