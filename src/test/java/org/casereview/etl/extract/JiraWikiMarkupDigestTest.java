package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b44 (kind 2): a Jira / Confluence page's wiki-markup source sent as '.txt' ('h2.' headings, '#' numbered and
 * '*' bulleted items, '*bold*' labels, '[text|URL]' links, '{panel:title=…}' / '{info}' macros, '||head||' tables) is
 * read as the page its reader sees. Every child, family and place here is invented.
 */
class JiraWikiMarkupDigestTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            {toc:maxLevel=2}

            h1. Case reviews – June 2031

            {info:title=About this page}
            All of the children, families and places on this page are invented for testing.
            {info}

            ||Published||Reviews||
            |June 2031|2|

            ----
            h2. Baby QR: Child safeguarding practice review
            Death of a 6-week-old boy in 2030 who was found unresponsive in an adult bed. His father, aged 33, had drunk alcohol that evening. Baby QR is White British.

            *Key learning:*
            * safer sleep advice was given once, at the birth, and not repeated

            *Recommendations:*
            # repeat safer sleep advice at every health visitor contact
            # give families who have no cot a safe place for the baby to sleep

            [Read practice review (PDF)|https://example.org/media/2031/qr.pdf]

            ----
            h2. Child QS: Serious case review
            Sexual abuse of a 12-year-old girl by her mother's partner, disclosed to a teacher in 2029. Child QS is of Polish heritage.

            *Recommendations:*
            # check the history of any new adult who joins a household known to services

            {panel:title=Good practice identified:|borderStyle=dashed}
            * the teacher who listened to Child QS and referred the same day
            {panel}

            [Read executive summary (PDF)|https://example.org/media/2031/qs.pdf]

            ----
            _Summaries written for testing._
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void aWikiMarkupPageIsReadAsItsReaderSeesIt() throws Exception {
        Path file = dir.resolve("jira-2031-06.txt");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).doesNotContain("h2.", "{panel", "{info", "{toc", "|https");
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Baby QR: Child safeguarding practice review", "Child QS: Serious case review");
        DigestEntry qr = digest.entries().get(0);
        assertThat(qr.summary()).startsWith("Death of a 6-week-old boy in 2030").endsWith("Baby QR is White British.");
        assertThat(items(qr, SectionType.LEARNING))
                .containsExactly("safer sleep advice was given once, at the birth, and not repeated");
        assertThat(items(qr, SectionType.RECOMMENDATIONS)).containsExactly(
                "repeat safer sleep advice at every health visitor contact",
                "give families who have no cot a safe place for the baby to sleep");
        assertThat(qr.linkTarget()).isEqualTo("https://example.org/media/2031/qr.pdf");
        DigestEntry qs = digest.entries().get(1);
        assertThat(items(qs, SectionType.RECOMMENDATIONS))
                .containsExactly("check the history of any new adult who joins a household known to services");
        assertThat(items(qs, SectionType.GOOD_PRACTICE))
                .containsExactly("the teacher who listened to Child QS and referred the same day");
        assertThat(qs.linkTarget()).isEqualTo("https://example.org/media/2031/qs.pdf");
    }

    @Test
    void onlyTextWithTheMarkupsOwnEvidenceIsReadSo() {
        assertThat(JiraWikiMarkup.isWikiMarkup(PAGE)).isTrue();
        // markdown: '#' is a heading there, and no 'hN.' line
        assertThat(JiraWikiMarkup.isWikiMarkup("# Case reviews\n\n## Child QT: Serious case review\n\n"
                + "Summary.\n\n* an item\n\n[Read the review](https://example.org/qt.pdf)\n")).isFalse();
        // MediaWiki: '== Title ==' headings, '[URL text]' links
        assertThat(JiraWikiMarkup.isWikiMarkup("== Child QT: Serious case review ==\nSummary.\n"
                + "* an item\n# a recommendation\n[https://example.org/qt.pdf Read the review]\n{{Infobox}}\n")).isFalse();
        // plain text with one line that happens to open 'h1.'
        assertThat(JiraWikiMarkup.isWikiMarkup("h1. is a cell in the grid\nChild QT: Serious case review\nSummary.\n"))
                .isFalse();
    }
}
