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
 * Issue 9 (digests b42, kind 2): a digest kept on a wiki and sent as its MediaWiki source in a '.txt' file. Its
 * '== title ==' lines are the entry headings, its {@code '''bold'''} lines the labels, its '*' / '#' lines the items,
 * its external links '[URL text]' the report links and its internal links '[[Target|text]]' their text; templates,
 * magic words, comments and category links are no text of the digest. Invented digests: their children and places do
 * not exist.
 */
class WikiTextDigestTest {
    private static final String SOURCE = """
            {{Banner|Every child, family and place on this page is invented.}}
            {{Digest box
            | heading = Reviews published in August 2033
            | owner   = Safeguarding Partnership
            }}
            __TOC__
            <!-- kept by the library team -->
            Two [[Case review|case reviews]] were published in August 2033.

            === Baby RL: Rapid review ===
            Death of a 4-week-old girl in 2033 who was found in an [[Unsafe sleep|unsafe sleeping]] place.<ref>Local figures.</ref> Her parents were both ''19''.

            '''Learning includes:'''
            * the midwife's advice about sleep was not repeated
            * the family's housing move was not passed on to the [[health visitor]]

            ;Recommendations
            # repeat safer sleep advice at every contact

            [https://library.example.org/2033/baby-rl.pdf Read the rapid review (PDF)]

            === Child SM: Serious case review ===
            Neglect of a 9-year-old boy in 2032 whose mother misused alcohol.

            '''''Learning:'''''
            * concerns from school were seen one at a time
            ** a second point under the first

            [https://library.example.org/2033/child-sm.pdf]
            ----
            [[Category:Case reviews]]
            """;

    @TempDir
    Path dir;

    @Test
    void headingsBoldLabelsListsAndLinksAreReadAsTheMarkupTheyAre() throws Exception {
        Path file = dir.resolve("wiki-digest-2033-08.txt");
        Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("[[").doesNotContain("'''")
                .doesNotContain("__TOC__").doesNotContain("<ref>").doesNotContain("Category:").doesNotContain("<!--")
                .doesNotContain("heading = ");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Baby RL", "Child SM");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Death of a 4-week-old girl in 2033 who was found in an unsafe "
                + "sleeping place.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the midwife's advice about sleep was not repeated",
                "the family's housing move was not passed on to the health visitor");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("repeat safer sleep advice at every contact");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2033/baby-rl.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .startsWith("concerns from school were seen one at a time");
        assertThat(second.linkTarget()).isEqualTo("https://library.example.org/2033/child-sm.pdf");
    }

    @Test
    void theMarkupBecomesLightMarkdown() {
        String markdown = WikiText.toMarkdown(SOURCE);
        assertThat(markdown).contains("\n### Baby RL: Rapid review\n", "\n**Learning includes:**\n",
                "\n* the midwife's advice about sleep was not repeated\n", "\n**Recommendations**\n",
                "\n1. repeat safer sleep advice at every contact\n",
                "\n[Read the rapid review (PDF)](https://library.example.org/2033/baby-rl.pdf)\n",
                "Two case reviews were published", "Her parents were both *19*.", "\n  * a second point under the first\n",
                "\n***Learning:***\n");
        assertThat(markdown).doesNotContain("Digest box").doesNotContain("Local figures").doesNotContain("----");
    }

    @Test
    void wikiMarkupIsEvidenceButAsciiDocAndPlainTextAreNot() {
        assertThat(WikiText.isWikiText(SOURCE)).isTrue();
        assertThat(WikiText.isWikiText("== Child A: Review ==\nText.\n'''Learning:'''\n* a\n"
                + "== Child B: Review ==\nText with a [[Link|link]].\n")).isTrue();
        assertThat(WikiText.isWikiText("= Reviews\n:toc:\n\n[[a]]\n== Child A: Review\n\n.Learning\n* a\n\n"
                + "'''\n\n[[b]]\n== Child B: Review\n")).isFalse();
        assertThat(WikiText.isWikiText("Reviews\n\n== Child A: Review ==\n\n[1] a note\n\n== Child B: Review ==\n"))
                .isFalse();
        assertThat(WikiText.isWikiText("Child A: Review\nHe said 'no' and 'yes'.\n* a point\n")).isFalse();
    }
}
