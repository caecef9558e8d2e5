package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.InputDiscovery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b58, kind 1): a WordPress post's block markup copied from the editor into a .html file opens with a
 * comment ({@code <!-- wp:heading -->}) and has no {@code <html>}, so Tika types it {@code application/xml}; discovery
 * then refused it as a .html with XML content and the extractor had no reader for it. Invented digest: its children and
 * places do not exist.
 */
class CommentLedHtmlDigestTest {
    private static final String BLOCKS = String.join("\n",
            "<!-- wp:heading -->",
            "<h2 class=\"wp-block-heading\">Case reviews published in May 2035</h2>",
            "<!-- /wp:heading -->",
            "",
            "<!-- wp:paragraph -->",
            "<p>Two reviews were published in May 2035. Every child, family and place here is invented for testing.</p>",
            "<!-- /wp:paragraph -->",
            "",
            "<!-- wp:heading {\"level\":3} -->",
            "<h3 class=\"wp-block-heading\">Child QZ: Child safeguarding practice review</h3>",
            "<!-- /wp:heading -->",
            "",
            "<!-- wp:paragraph -->",
            "<p>Neglect of a 4-year-old boy in 2034 who was often left in a locked flat. Child QZ is White British.</p>",
            "<!-- /wp:paragraph -->",
            "",
            "<!-- wp:paragraph -->",
            "<p><strong>Learning includes:</strong></p>",
            "<!-- /wp:paragraph -->",
            "",
            "<!-- wp:list -->",
            "<ul class=\"wp-block-list\"><!-- wp:list-item -->",
            "<li>the nursery's reports of hunger were not shared</li>",
            "<!-- /wp:list-item -->",
            "",
            "<!-- wp:list-item -->",
            "<li>the locked door was not asked about</li>",
            "<!-- /wp:list-item --></ul>",
            "<!-- /wp:list -->",
            "",
            "<!-- wp:buttons -->",
            "<div class=\"wp-block-buttons\"><!-- wp:button -->",
            "<div class=\"wp-block-button\"><a class=\"wp-block-button__link wp-element-button\" "
                    + "href=\"https://library.example.org/2035/child-qz.pdf\">Read practice review (PDF)</a></div>",
            "<!-- /wp:button --></div>",
            "<!-- /wp:buttons -->",
            "",
            "<!-- wp:heading {\"level\":3} -->",
            "<h3 class=\"wp-block-heading\">Child RZ: Child safeguarding practice review</h3>",
            "<!-- /wp:heading -->",
            "",
            "<!-- wp:paragraph -->",
            "<p>Serious harm to a 14-year-old girl in 2034 who was groomed online. Child RZ is of Polish heritage.</p>",
            "<!-- /wp:paragraph -->",
            "",
            "<!-- wp:paragraph -->",
            "<p><strong>Recommendations include:</strong></p>",
            "<!-- /wp:paragraph -->",
            "",
            "<!-- wp:list -->",
            "<ul class=\"wp-block-list\"><!-- wp:list-item -->",
            "<li>teach parents about privacy settings</li>",
            "<!-- /wp:list-item --></ul>",
            "<!-- /wp:list -->",
            "");

    @TempDir
    Path dir;

    @Test
    void blockMarkupOpenedByACommentIsReadAsAWebPage() throws Exception {
        Path file = Files.createDirectories(dir.resolve("in")).resolve("reviews-2035-05.html");
        Files.writeString(file, BLOCKS, StandardCharsets.UTF_8);

        var found = new InputDiscovery((pdf, sha) -> false).discover(file.getParent()).get(0);
        assertThat(found.reject()).isNull();
        assertThat(found.document().mediaType()).isEqualTo("text/html");
        assertThat(found.document().status()).isEqualTo(DocumentStatus.PENDING);

        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());
        assertThat(extracted.mediaType()).isEqualTo("text/html");
        assertThat(extracted.text()).doesNotContain("wp:");
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QZ", "Child RZ");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the nursery's reports of hunger were not shared", "the locked door was not asked about");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2035/child-qz.pdf");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items()).hasSize(1);
    }

    @Test
    void anXmlFileKeepsItsTypeThoughItOpensWithAComment() {
        byte[] catalog = "<!-- exported 2035-05-01 -->\n<catalog><p>not a web page</p></catalog>".getBytes(StandardCharsets.UTF_8);
        byte[] declared = "<?xml version=\"1.0\"?>\n<!-- c -->\n<p>text</p>".getBytes(StandardCharsets.UTF_8);
        byte[] fragment = "\u00ef\u00bb\u00bf<!-- one -->\n  <!-- two -->\n<p class=\"x\">text</p>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] runsOn = "<!-- never closed <p>text</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(CommentLedHtml.isHtml("page.html", "application/xml", fragment)).isTrue();
        assertThat(CommentLedHtml.isHtml("page.htm", "application/xml", "<!--x--><!DOCTYPE html>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(CommentLedHtml.isHtml("page.html", "application/xml", catalog)).isFalse();
        assertThat(CommentLedHtml.isHtml("page.html", "application/xml", declared)).isFalse();
        assertThat(CommentLedHtml.isHtml("page.html", "application/xml", runsOn)).isFalse();
        assertThat(CommentLedHtml.isHtml("feed.xml", "application/xml", fragment)).isFalse();
        assertThat(CommentLedHtml.isHtml("page.html", "text/plain", fragment)).isFalse();
        assertThat(CommentLedHtml.opensWithComment(fragment)).isTrue();
        assertThat(CommentLedHtml.opensWithComment(declared)).isFalse();
    }
}
