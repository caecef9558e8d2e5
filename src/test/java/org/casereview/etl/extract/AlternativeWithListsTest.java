package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b48 (kind 2): a {@code multipart/alternative} whose text part keeps the titles and summaries but leaves the
 * lists out ('Learning and recommendations: URL' in their place), beside an HTML part about twice as long that holds
 * them. The alternative with the lists is read. Every child, family and place here is invented.
 */
class AlternativeWithListsTest {
    @TempDir
    Path dir;

    private static final String PLAIN = """
            Case review round-up: May 2033

            Two case reviews were published in May 2033. Every child and place in this e-mail is invented.

            Child QX: Child safeguarding practice review

            Neglect of a 5-year-old boy in 2032 whose mother was drinking heavily. He often came to school hungry and
            in dirty clothes. Child QX is White British.

            Learning and recommendations: https://news.example.org/reviews/1

            Child QY: Child safeguarding practice review

            Physical abuse of a 2-year-old girl in 2032 by her mother's partner, aged 24. Child QY is of Polish heritage.

            Learning and recommendations: https://news.example.org/reviews/2

            Example Partnership, 1 High Street
            Manage preferences: https://news.example.org/prefs | Unsubscribe: https://news.example.org/unsub
            """;

    private static final String HTML = "<html><body><h1>Case review round-up: May 2033</h1>"
            + "<p>Two case reviews were published in May 2033. Every child and place in this e-mail is invented.</p>"
            + "<h2>Child QX: Child safeguarding practice review</h2>"
            + "<p>Neglect of a 5-year-old boy in 2032 whose mother was drinking heavily. He often came to school hungry and "
            + "in dirty clothes. Child QX is White British.</p>"
            + "<p><b>Learning</b></p><ul><li>the school did not tell children's social care about the hunger</li>"
            + "<li>the mother's drinking was known to her GP but not shared</li></ul>"
            + "<p><b>Recommendations</b></p><ul><li>ask about the parent's drinking at every school nurse visit</li></ul>"
            + "<p><a href=\"https://example.org/reviews/qx.pdf\">Read the review (PDF)</a></p>"
            + "<h2>Child QY: Child safeguarding practice review</h2>"
            + "<p>Physical abuse of a 2-year-old girl in 2032 by her mother's partner, aged 24. Child QY is of Polish heritage.</p>"
            + "<p><b>Learning</b></p><ul><li>the partner's history of violence was not checked</li>"
            + "<li>bruises were put down to falls</li></ul>"
            + "<p><a href=\"https://example.org/reviews/qy.pdf\">Read the review (PDF)</a></p>"
            + "<p>Example Partnership, 1 High Street. <a href=\"https://news.example.org/unsub\">Unsubscribe</a></p>"
            + "</body></html>";

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void theHtmlAlternativeThatHoldsTheListsIsReadBesideATextPartWithNone() throws Exception {
        String mail = """
                From: News <news@example.org>
                To: leads@example.org
                Subject: Case review round-up: May 2033
                Date: Tue, 10 May 2033 09:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=utf-8

                %s
                --alt
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: base64

                %s
                --alt--
                """.formatted(PLAIN, Base64.getMimeEncoder().encodeToString(HTML.getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("roundup-2033-05.eml");
        Files.writeString(file, mail, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QX: Child safeguarding practice review", "Child QY: Child safeguarding practice review");
        DigestEntry qx = digest.entries().get(0);
        assertThat(items(qx, SectionType.LEARNING)).containsExactly(
                "the school did not tell children's social care about the hunger",
                "the mother's drinking was known to her GP but not shared");
        assertThat(items(qx, SectionType.RECOMMENDATIONS)).containsExactly(
                "ask about the parent's drinking at every school nurse visit");
        assertThat(qx.linkTarget()).isEqualTo("https://example.org/reviews/qx.pdf");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "the partner's history of violence was not checked", "bruises were put down to falls");
    }
}
