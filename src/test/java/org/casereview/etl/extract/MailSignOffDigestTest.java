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
 * Digests b52 (kind 6, behind the charset): an e-mail's sign-off after the digest ('Kind regards', the sender's name,
 * a role line 'Officer – Some Partnership' in a dated heading's 'A – B' shape, a phone line) is the sender's, not a
 * review. Invented review, sender and places.
 */
class MailSignOffDigestTest {

    private static final String MAIL = """
            From: Learning team <learning@example.org>
            Subject: Case reviews published in November 2031
            MIME-Version: 1.0
            Content-Type: text/html; charset="utf-8"

            <html><body><div>Dear colleagues,</div>
            <div><b><font size="5">Case reviews published in November 2031</font></b></div>
            <div><b><font size="4">Child ZH: Child safeguarding practice review</font></b></div>
            <div>Neglect of a 4-year-old girl in 2030 whose home had no food. Child ZH is White British.</div>
            <div><b>Learning includes:</b></div>
            <ul><li>the food bank referrals were not shared</li><li>the health visitor did not visit</li></ul>
            <div><a href="https://example.org/zh.pdf">Read practice review (PDF)</a></div>
            <div>&nbsp;</div>
            <div>Kind regards</div>
            <div>&nbsp;</div>
            <div>Sam Ellery</div>
            <div>Learning and Improvement Officer \u2013 Fenwold Safeguarding Children Partnership</div>
            <div>Tel: 01632 960 000</div>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void theSignOffIsNoReview() throws Exception {
        Path file = Files.write(dir.resolve("reviews-2031-11.eml"), MAIL.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child ZH: Child safeguarding practice review");
        List<String> learning = digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items().stream()
                .map(Item::text).toList();
        assertThat(learning).containsExactly("the food bank referrals were not shared", "the health visitor did not visit");
        assertThat(digest.entries().get(0).linkTarget()).isEqualTo("https://example.org/zh.pdf");
        assertThat(digest.problems()).isEmpty();
    }
}
