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
 * Digests b70 (kind 1): a practitioners' forum post's BBCode source (phpBB's post editor) saved as text: the digest's
 * title and every review's title a line set larger ('[size=150]', '[size=125]') and bold, labels '[b]…[/b]' lines, items
 * '[list][*]…[/list]' one a line or the whole list on one line, the link '[url=…]…[/url]', the intro in a '[quote]'.
 * On main 1f8c4ec1 the file was rejected (no entry found: '[size=125][b][color=#1F3864]Child …' is no title line).
 * Every child, person, forum and place here is invented.
 */
class BbCodeDigestTest {
    @TempDir
    Path dir;

    private static final String POST = String.join("\r\n",
            "[size=150][b]Case reviews published in March 2031[/b][/size]",
            "",
            "[quote=\"Invented Vale SCP\"]Two case reviews were published in March 2031. Every child in this post is invented.[/quote]",
            "",
            "[size=125][b][color=#1F3864]Child QZV: Child safeguarding practice review[/color][/b][/size]",
            "Serious harm to a 6-year-old girl in 2030 who was neglected. Child QZV is White British.",
            "",
            "[b]Learning includes:[/b]",
            "[list]",
            "[*]the school's concerns were not shared",
            "[*]the family's moves were not tracked",
            "[/list]",
            "",
            "[b]Recommendations include:[/b]",
            "[list][*]share every concern about neglect[*]track children who move [i]between areas[/i][/list]",
            "",
            "[url=https://learning.nspcc.org.uk/media/203103/qzv.pdf]Read practice review (PDF)[/url]",
            "",
            "[size=125][b][color=#1F3864]Child RZV: Child safeguarding practice review[/color][/b][/size]",
            "Death of a 15-year-old boy in 2030 who was stabbed. Child RZV is Black British.",
            "",
            "[b]Learning includes:[/b]",
            "[list=1][*]his exclusion was not reviewed[*]the youth offending team was not told[/list]",
            "",
            "[url]https://learning.nspcc.org.uk/media/203103/rzv.pdf[/url]",
            "",
            "[img]https://forum.example.org/smilies/sad.gif[/img][i]Every child in this post is invented.[/i]",
            "");

    private ParsedDigest parse(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void aForumPostsBbCodeIsReadAsTheDigestItShows() throws Exception {
        ParsedDigest digest = parse("forum-post.txt", POST);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QZV: Child safeguarding practice review", "Child RZV: Child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Serious harm to a 6-year-old girl in 2030 who was neglected. Child QZV is White British.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "the school's concerns were not shared", "the family's moves were not tracked");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "share every concern about neglect", "track children who move between areas");
        assertThat(first.linkTarget()).isEqualTo("https://learning.nspcc.org.uk/media/203103/qzv.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.LEARNING)).containsExactly(
                "his exclusion was not reviewed", "the youth offending team was not told");
        assertThat(second.linkTarget()).isEqualTo("https://learning.nspcc.org.uk/media/203103/rzv.pdf");
        assertThat(digest.month()).hasToString("2031-03");
    }

    @Test
    void theTagsAreMarkdownAndTheLargerLinesHeadingsByTheirSize() {
        String markdown = BbCodeText.toMarkdown(POST.replace("\r\n", "\n"));

        assertThat(markdown).startsWith("# Case reviews published in March 2031\n")
                .contains("\n## Child QZV: Child safeguarding practice review\n")
                .contains("\n**Learning includes:**\n")
                .contains("\n- share every concern about neglect\n- track children who move *between areas*\n")
                .contains("\n1. his exclusion was not reviewed\n2. the youth offending team was not told\n")
                .contains("[Read practice review (PDF)](https://learning.nspcc.org.uk/media/203103/qzv.pdf)")
                .doesNotContain("[/", "[*]", "[size", "color=", "sad.gif");
    }

    @Test
    void proseWithBracketsIsNoBbCode() {
        assertThat(BbCodeText.isBbCode("Learning includes [1] the GP [see note] and [b] the school.\n")).isFalse();
        assertThat(BbCodeText.isBbCode("One tag [b]only[/b] in a line of prose.\n")).isFalse();
        assertThat(BbCodeText.isBbCode(POST)).isTrue();
    }
}
