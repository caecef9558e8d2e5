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
 * Issue 9 (digests b42, kind 4a): a digest PDF's text selected in a viewer and pasted into a text file, CRLF, without
 * form feeds: page 1's foot (the site and the page number, far apart) and page 2's running head stand between the two
 * halves of a sentence. Invented digests: their children and places do not exist.
 */
class PastedPageBreaksTest {
    private static final String PASTED = String.join("\r\n",
            "Safeguarding Library \u2013 Reviews of June 2035",
            "Two reviews were published in June 2035. Every child and place here is invented.",
            "Child QA: Serious case review",
            "Neglect of a 6-year-old boy in 2034 whose school raised concerns about his weight. His mother",
            "library.example.org                                                        1",
            "Reviews of June 2035",
            "had been treated for depression and the family moved three times in a year.",
            "Learning includes:",
            "\uF0B7\trecords did not follow the family between areas",
            "Child RB: Rapid review",
            "Serious harm to a 9-month-old girl in 2035 who had a fractured arm.",
            "Cases seen in 2034          12",
            "Learning includes:",
            "\uF0B7\tthe fracture was not explained", "");

    @TempDir
    Path dir;

    @Test
    void aFootAndRunningHeadInsideASentenceAreTakenOut() throws Exception {
        Path file = dir.resolve("reviews-2035-06.txt");
        Files.writeString(file, PASTED, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("library.example.org").contains("His mother\nhad been treated");

        DigestEntry first = new DigestParser().parse(text).entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 6-year-old boy in 2034 whose school raised concerns about "
                + "his weight. His mother had been treated for depression and the family moved three times in a year.");
    }

    @Test
    void aNumberedLineThatCutsNoSentenceStays() {
        String text = PASTED.replace("\r\n", "\n");
        assertThat(PastedPageBreaks.withoutFurniture(text)).contains("\nCases seen in 2034          12\n");
        String endsASentence = "Title\nHis mother was ill.\nsite.example.org          2\nthen more text\n";
        assertThat(PastedPageBreaks.withoutFurniture(endsASentence)).isEqualTo(endsASentence);
        String capitalAfter = "Title\nHis mother was\nsite.example.org          2\nTitle\nAnother entry\n";
        assertThat(PastedPageBreaks.withoutFurniture(capitalAfter)).isEqualTo(capitalAfter);
    }
}
