package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
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
 * Issue 9 (digests b56, kind 2): Word's 'Plain Text' saved with the MS-DOS encoding writes code page 850 (accented
 * letters in 0x80-0xA5, the pound sign 0x9C) and each bullet as byte 0x07 and a tab. Guessed as windows-1252, 'Zoé'
 * read 'Zo\u201ae' (no child's name) and the bullet byte, a control character, was stripped, so every list was one item.
 * Invented digest: its children and places do not exist.
 */
class DosCodePageDigestTest {
    private static final Charset CP850 = Charset.forName("IBM850");
    private static final String TEXT = String.join("\r\n",
            "Case reviews published in March 2034",
            "",
            "Two reviews were published in March 2034. Every child, family and place here is invented for testing.",
            "",
            "Zoé: Child safeguarding practice review",
            "Neglect of a 5-year-old girl in 2033 who was often left with a neighbour. Her mother, aged 26, owed more than £900 "
                    + "in rent. Zoé is of Portuguese heritage.",
            "",
            "Learning includes:",
            "\u0007\tthe nursery's worries about Zoé's weight were not shared",
            "\u0007\tthe family's rent arrears were known only to the housing officer",
            "",
            "Recommendations include:",
            "\u0007\task about money worries at every early help visit",
            "\u0007\tshare nursery concerns with the health visitor",
            "",
            "Child MW: Child safeguarding practice review",
            "Serious harm to a 15-year-old boy in 2033 who was stabbed outside a café. Child MW is White British.",
            "",
            "Learning includes:",
            "\u0007\this fear of going to school was not explored",
            "\u0007\tthe café's owner had reported fights there before",
            "",
            "Read practice review (PDF): https://library.example.org/2034/child-mw.pdf",
            "");

    @TempDir
    Path dir;

    @Test
    void codePage850TextWithBulletBytesIsReadAsItsWriterSawIt() throws Exception {
        Path file = dir.resolve("dos-digest-2034-03.txt");
        Files.write(file, TEXT.getBytes(CP850));
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(extracted.charset()).isEqualTo("IBM850");
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Zoé", "Child MW");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).contains("more than £900 in rent");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the nursery's worries about Zoé's weight were not shared",
                "the family's rent arrears were known only to the housing officer");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).hasSize(2);
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("his fear of going to school was not explored", "the café's owner had reported fights there before");
    }

    @Test
    void aWindowsTextKeepsItsGuessEvenWithDashesAndAccentsInWords() {
        String windows = "The mother\u2013child bond and the care\u2013plan were discussed at the caf\u00e9 with a na\u00efve "
                + "young man and his fianc\u00e9e; the parent\u2019s r\u00e9sum\u00e9 was read. Learning includes: the "
                + "child\u2019s wishes were not heard; she said \u201cnot now\u201d\u2026 and the worker\u2014who knew\u2014left. ";
        byte[] bytes = windows.repeat(3).getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetSniffer.detect(bytes).charset()).isNotEqualTo(OemCodePage.IBM850);
        assertThat(OemCodePage.orOem(bytes, Charset.forName("windows-1252"))).isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void aBulletByteOnlyOpensAnItemAtTheStartOfALine() {
        assertThat(DosBullets.read("Learning:\n\u0007\tone\n  \u0007 two\nring\u0007 bell")).isEqualTo(
                "Learning:\n\u2022 one\n  \u2022 two\nring\u0007 bell");
    }
}
