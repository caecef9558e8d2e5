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
 * Issue 9 (digests b56, kind 3): a plain-text e-mail saved as HTML by its mail client (Thunderbird's 'Save As > File')
 * shows 'Read the review (PDF) &lt;https://...&gt;' with the typed address made a link whose text is the address itself
 * ({@code moz-txt-link-rfc2396E}). Written as a markdown link of its own address the line was no link line: it became
 * the last item of the list above it and the entry had no report link. The address stays as the message showed it, so
 * the line reads as the same line of plain text does. Invented digest: its children and places do not exist.
 */
class TypedAddressLinkDigestTest {
    private static final String URL1 = "https://library.example.org/2033/child-kw.pdf";
    private static final String URL2 = "https://library.example.org/2033/child-lw.pdf";
    private static final String PAGE = """
            <html><head><meta charset="utf-8"><title>Reviews published in May 2033</title></head><body>
            <table class="moz-header-part1 moz-main-header"><tbody><tr><th><div class="moz-header-display-name">Subject: </div>\
            </th><td>Reviews published in May 2033</td></tr></tbody></table><br>
            <div class="moz-text-flowed" style="font-family: -moz-fixed" lang="x-unicode">Dear all,<br>
            <br>
            Two reviews were published in May 2033. Every child, family and place here is invented for testing.<br>
            <br>
            <b class="moz-txt-star"><span class="moz-txt-tag">*</span>Child KW: Child safeguarding practice review\
            <span class="moz-txt-tag">*</span></b><br>
            Serious harm to a 14-year-old girl in 2032 who was exploited by older men she met at a bus station. Child KW is \
            White British.<br>
            <br>
            Learning includes:<br>
            - her missing episodes were not linked together<br>
            - the bus station staff did not know who to call<br>
            <br>
            Recommendations include:<br>
            - share missing episodes with the exploitation panel<br>
            - give transport staff a number to call<br>
            <br>
            Read the review (PDF) <a class="moz-txt-link-rfc2396E" href="URL1">&lt;URL1&gt;</a><br>
            <br>
            <b class="moz-txt-star"><span class="moz-txt-tag">*</span>Child LW: Child safeguarding practice review\
            <span class="moz-txt-tag">*</span></b><br>
            Death of a 2-month-old boy in 2033 who was found not breathing in a cot full of pillows. Child LW is of Polish \
            heritage.<br>
            <br>
            Learning includes:<br>
            - safer sleep advice was given in English only<br>
            <br>
            Read overview report (PDF) <a class="moz-txt-link-rfc2396E" href="URL2">&lt;URL2&gt;</a><br>
            </div></body></html>
            """.replace("URL1", URL1).replace("URL2", URL2);

    @TempDir
    Path dir;

    @Test
    void aTypedAddressAfterTheLinksWordsIsTheEntrysLink() throws Exception {
        Path file = dir.resolve("saved-message-2033-05.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child KW", "Child LW");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("share missing episodes with the exploitation panel", "give transport staff a number to call");
        assertThat(first.linkTarget()).isEqualTo(URL1);
        assertThat(first.linkText()).isEqualTo("Read the review (PDF)");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("safer sleep advice was given in English only");
        assertThat(second.linkTarget()).isEqualTo(URL2);
    }

    @Test
    void onlyALinkWhoseTextIsItsOwnAddressInAngleBracketsStaysText() {
        assertThat(LightMarkdownHandler.isTypedAddress("<" + URL1 + ">", URL1)).isTrue();
        assertThat(LightMarkdownHandler.isTypedAddress(URL1, URL1)).isFalse();
        assertThat(LightMarkdownHandler.isTypedAddress("<" + URL2 + ">", URL1)).isFalse();
        assertThat(LightMarkdownHandler.isTypedAddress("Read the review (PDF)", URL1)).isFalse();
    }
}
