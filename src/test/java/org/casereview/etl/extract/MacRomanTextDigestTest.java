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
 * Issue 9 (digests b62, kind 4): a text saved by a classic Mac OS editor in Mac OS Roman, with CR line ends. Its
 * apostrophes (0xD5), bullets (0xA5), en dashes (0xD0) and curly quotes (0xD2 / 0xD3) were read as code page 850 letters
 * ('the nurseryıs concerns', 'Ñ' items, 'ð'), or as windows-1252 capitals ('Õ', '¥', 'Ð'). Invented digest: its children
 * and places do not exist.
 */
class MacRomanTextDigestTest {
    private static final Charset MAC = Charset.forName("x-MacRoman");
    private static final String TEXT = String.join("\r",
            "Case reviews update \u2013 June 2036",
            "",
            "Two reviews were published in June 2036. Every child and place here is invented for testing. The \u201cRead\u201d "
                    + "lines give each report\u2026",
            "",
            "Child KT: Child safeguarding practice review",
            "Neglect of a 5-year-old boy in 2035 who was left alone at home. Child KT is White British.",
            "",
            "Learning includes:",
            "\u2022 the nursery\u2019s concerns about his weight were not shared",
            "\u2022 earlier reports were closed after one visit",
            "",
            "Baby LT: Child safeguarding practice review",
            "Serious harm to a 7-month-old girl in 2035 who had a fractured arm. Baby LT is White British.",
            "",
            "Learning includes:",
            "\u2022 the mother\u2019s own history of care was not used to plan support",
            "",
            "Read practice review (PDF): https://library.example.org/2036/baby-lt.pdf",
            "");

    @TempDir
    Path dir;

    @Test
    void macRomanTextIsReadWithItsMarks() throws Exception {
        Path file = dir.resolve("mac-digest-2036-06.txt");
        Files.write(file, TEXT.getBytes(MAC));
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(extracted.charset()).isEqualTo("x-MacRoman");
        assertThat(extracted.text()).contains("Case reviews update \u2013 June 2036", "The \u201cRead\u201d lines give each report\u2026");
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child KT", "Baby LT");
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the nursery\u2019s concerns about his weight were not shared",
                        "earlier reports were closed after one visit");
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the mother\u2019s own history of care was not used to plan support");
    }

    @Test
    void windowsAndDosTextsKeepTheirCharsets() {
        String marks = "The child\u2019s mother\u2013and the worker\u2014said \u201cnot now\u201d\u2026 \u2022 caf\u00e9, "
                + "na\u00efve, \u00a3900. ";
        Charset windows = Charset.forName("windows-1252");
        assertThat(MacRomanText.orMacRoman(marks.repeat(3).getBytes(windows), windows)).isEqualTo(windows);
        byte[] dos = "Zo\u00e9 and the caf\u00e9 owed \u00a3900; Zo\u00e9's nursery. ".repeat(3).getBytes(OemCodePage.IBM850);
        assertThat(MacRomanText.orMacRoman(dos, OemCodePage.IBM850)).isEqualTo(OemCodePage.IBM850);
        byte[] mac = "the nursery\u2019s concerns \u2013 the baby\u2019s arm".getBytes(MAC);
        assertThat(MacRomanText.orMacRoman(mac, windows)).isEqualTo(MAC);
        assertThat(MacRomanText.orMacRoman(mac, OemCodePage.IBM850)).isEqualTo(MAC);
    }
}
