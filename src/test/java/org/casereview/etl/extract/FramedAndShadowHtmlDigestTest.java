package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b62, kinds 1 and 2): HTML whose reviews a browser shows from markup Tika passes as no text or as
 * a template. (1) A bulletin tool's preview page holds the whole bulletin in an {@code <iframe srcdoc="...">}: an
 * attribute, so the page read as its chrome alone, and its 'From: ... Safeguarding Children Partnership' setting as an
 * entry. (2) Server-rendered web components (Lit SSR) write each card's content as a declarative shadow root
 * ({@code <template shadowrootmode="open">}), which the browser attaches and shows; it was left out as a template a
 * script clones. Invented digests.
 */
class FramedAndShadowHtmlDigestTest {
    private static final String BULLETIN = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Reviews published in August 2036</title></head>
            <body><h1>Reviews published in August 2036</h1>
            <p>Two reviews were published in August 2036. Every child and place here is invented & made up.</p>
            <h2>Child AT: Child safeguarding practice review</h2>
            <p>Death of a 4-month-old girl in 2035 from a head injury. Child AT is White British.</p>
            <p><b>Learning includes:</b></p><ul><li>the father's release from prison was not shared</li></ul>
            <p><a href="https://library.example.org/2036/child-at.pdf">Read practice review (PDF)</a></p>
            <h2>Child BT: Child safeguarding practice review</h2>
            <p>Serious harm to a 15-year-old boy in 2035 who was criminally exploited. Child BT is Black British.</p>
            <p><b>Learning includes:</b></p><ul><li>missing episodes were treated separately</li></ul>
            </body></html>""";

    @TempDir
    Path dir;

    @Test
    void aFramesSourceDocumentIsReadWhereTheFrameStands() throws Exception {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Preview - Bulletin builder</title></head><body>"
                + "<div class=\"toolbar\"><button>Edit</button><button>Send test</button></div>"
                + "<dl class=\"settings\"><dt>Subject</dt><dd>Reviews published in August 2036</dd>"
                + "<dt>From</dt><dd>Eastmere Safeguarding Children Partnership</dd></dl>"
                + "<iframe title=\"Preview\" sandbox srcdoc=\"" + BULLETIN.replace("&", "&amp;").replace("\"", "&quot;")
                + "\"></iframe><p>This is a preview.</p></body></html>";
        Path file = dir.resolve("preview.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("# Reviews published in August 2036", "invented & made up",
                "[Read practice review (PDF)](https://library.example.org/2036/child-at.pdf)");
        assertThat(text.indexOf("From: Eastmere")).isLessThan(text.indexOf("# Reviews published"));
        assertThat(text.indexOf("## Child BT")).isLessThan(text.indexOf("This is a preview."));
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child AT: Child safeguarding practice review",
                "Child BT: Child safeguarding practice review");
        assertThat(learning(entries.get(1))).containsExactly("missing episodes were treated separately");
    }

    @Test
    void aFrameInsideAFrameIsReadToALimitAndAnEmptyFrameIsNothing() throws Exception {
        String inner = "<p>Innermost words.</p>";
        String doc = inner;
        for (int i = 0; i < 5; i++) {
            doc = "<p>Level " + i + "</p><iframe srcdoc=\"" + doc.replace("&", "&amp;").replace("\"", "&quot;") + "\"></iframe>";
        }
        Path file = dir.resolve("nested.html");
        Files.writeString(file, "<html><body>" + doc + "<iframe srcdoc=\"\"></iframe><iframe src=\"x.html\">Fallback</iframe>"
                + "</body></html>", StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("Level 4", "Level 3", "Level 2", "Level 1").doesNotContain("Level 0", "Innermost", "Fallback");
    }

    @Test
    void aDeclarativeShadowRootIsShownAndAPlainTemplateIsNot() throws Exception {
        String card = """
                <case-review-card><template shadowrootmode="open"><style>h3{color:red}</style><!--lit-part abc=-->
                <article><h3><!--lit-part-->%s<!--/lit-part--></h3><p>%s</p><h4>Key learning includes:</h4>
                <ul><!--lit-part--><li>%s</li><!--/lit-part--></ul></article><!--/lit-part--></template></case-review-card>""";
        String page = "<!DOCTYPE html><html><head><title>Reviews published in September 2036</title></head><body><main>"
                + "<h1>Reviews published in September 2036</h1><p>Two reviews were published. Invented for testing.</p>"
                + card.formatted("Baby FT: Child safeguarding practice review",
                        "Death of a 3-week-old boy in 2036 who was found unresponsive on a sofa. Baby FT is White British.",
                        "safer sleep advice was given to the mother only")
                + card.formatted("Child GT: Child safeguarding practice review",
                        "Sexual abuse of a 12-year-old girl in 2035 by a football coach. Child GT is White British.",
                        "the club had no safeguarding lead")
                + "<div shadowroot-less><template shadowroot=\"closed\"><p>Closed roots show too.</p></template></div>"
                + "<template id=\"card-skeleton\"><article><h3>Loading case review</h3><p>Please wait.</p></article></template>"
                + "</main></body></html>";
        Path file = dir.resolve("lit.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).contains("### Baby FT: Child safeguarding practice review", "Closed roots show too.")
                .doesNotContain("Loading case review", "color:red");
        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Baby FT: Child safeguarding practice review",
                "Child GT: Child safeguarding practice review");
        assertThat(learning(entries.get(0))).containsExactly("safer sleep advice was given to the mother only");
        assertThat(learning(entries.get(1))).containsExactly("the club had no safeguarding lead");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
