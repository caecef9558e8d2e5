package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b72, kind 4): the text of a typeset digest PDF copied with MuPDF (as SumatraPDF copies it): every
 * printed line a line, blank lines between blocks, page 1's number alone between blank lines and page 2's running head,
 * wrapped over two lines, between two points of a list. The head was read as a learning point. A page number alone whose
 * next one or two lines repeat the document's title line is a page's foot and head, left out wherever it falls.
 * Invented digest: its children, families and places do not exist.
 */
class TitledPageBreaksTest {
    private static final String COPIED = String.join("\n",
            "Case reviews published in July 2036",
            "",
            "Two reviews were published in July 2036. Every child, fam-",
            "ily and place in this digest is invented for testing.",
            "",
            "Child ZT: Serious case review",
            "",
            "Sexual abuse of a 14-year-old girl between 2031 and 2033 by her",
            "uncle. Child ZT is of Indian heritage.",
            "",
            "Learning includes:",
            "",
            "\u2022 the family's wish to keep the matter private delayed the police",
            "investigation",
            "1",
            "",
            "",
            "Ashvale Safeguarding Children Partnership | Case reviews published in",
            "July 2036",
            "",
            "\u2022 her self-harm at 15 was not linked to abuse at home",
            "",
            "Recommendations include:",
            "",
            "\u2022 ask about abuse at home whenever a child self-harms",
            "",
            "2",
            "");

    @TempDir
    Path dir;

    @Test
    void aPageNumberAndARunningHeadRepeatingTheTitleBetweenTwoPointsAreNoPoint() throws Exception {
        Path file = dir.resolve("copied-2036-07.txt");
        Files.writeString(file, COPIED, StandardCharsets.UTF_8);
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child ZT");
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the family's wish to keep the matter private delayed the police investigation",
                        "her self-harm at 15 was not linked to abuse at home");
    }

    @Test
    void aNumberAloneBeforeOtherLinesStays() {
        String text = String.join("\n", "Case reviews published in July 2036", "", "Learning includes:", "",
                "3", "", "Child AU: Rapid review", "Neglect of a boy.");

        assertThat(PastedPageBreaks.withoutTitledBreaks(text)).isEqualTo(text);
    }
}
