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
 * Issue 9 (digests b72, kind 5): a page of a Zim Desktop Wiki notebook, the text file Zim keeps it in. Its
 * recommendations were Zim check boxes ('[*] done', '[ ] open'), which no reader took for list marks: the two points were
 * one. A file with Zim's header is read as Zim shows it. Invented digest: its children, families and places do not exist.
 */
class ZimWikiDigestTest {
    private static final String PAGE = String.join("\n",
            "Content-Type: text/x-zim-wiki",
            "Wiki-Format: zim 0.6",
            "Creation-Date: 2036-08-04T10:12:33+01:00",
            "",
            "====== Case reviews published in August 2036 ======",
            "Created Monday 04 August 2036",
            "",
            "Two reviews. Every child, family and place on this page is //invented// for testing.",
            "",
            "===== Children BU and CU: Serious case review =====",
            "",
            "Physical abuse of two brothers, aged 4 and 6, between 2031 and 2033. The children are White British.",
            "",
            "**Learning themes include:**",
            "",
            "* the bruises were explained as rough play",
            "",
            "**Recommendations include:**",
            "",
            "[*] see every adult living in the home",
            "[ ] check injuries explained as play with the child alone",
            "[x] write a new bruising protocol",
            "",
            "[[https://library.example.org/2036/children-bu-cu.pdf|Read overview report (PDF)]]",
            "",
            "===== Child DU: Child safeguarding practice review =====",
            "",
            "Death of a 17-year-old girl in 2035 from an overdose of her own prescribed medication. See [[Notes:Child DU]].",
            "",
            "**Learning themes include:**",
            "",
            "* her discharge plan named no lead",
            "");

    @TempDir
    Path dir;

    @Test
    void aZimPageIsReadAsZimShowsIt() throws Exception {
        Path file = dir.resolve("Case_reviews_August.txt");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Children BU and CU", "Child DU");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text).containsExactly(
                "see every adult living in the home", "check injuries explained as play with the child alone",
                "write a new bruising protocol");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2036/children-bu-cu.pdf");
        assertThat(digest.entries().get(1).summary()).contains("See Notes:Child DU.");
        assertThat(extracted.text()).doesNotContain("Content-Type", "Wiki-Format", "//invented//").contains("*invented*");
    }

    @Test
    void checkBoxesOutsideAZimPageAreNotItsAndAnotherHeaderIsNoZimPage() {
        assertThat(ZimWikiText.isZimPage("Content-Type: text/plain\n\nNotes\n")).isFalse();
        assertThat(ZimWikiText.isZimPage("Minutes\nContent-Type: text/x-zim-wiki\n")).isFalse();
        assertThat(ZimWikiText.isZimPage("\uFEFFContent-Type: text/x-zim-wiki\r\nWiki-Format: zim 0.6\r\n")).isTrue();
    }
}
