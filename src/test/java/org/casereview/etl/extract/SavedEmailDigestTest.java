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

/** Issue 9.6 (digests b18, kind 1): a saved e-mail is a digest; its body is read with its transfer encoding undone. */
class SavedEmailDigestTest {
    @TempDir
    Path dir;

    private static final String HEADERS = """
            From: Learning team <learning@example.org>
            To: Safeguarding leads <leads@example.org>
            Subject: Case reviews published in May 2031
            Date: Tue, 13 May 2031 09:00:00 +0000
            Message-ID: <invented-2031-05@example.org>
            MIME-Version: 1.0
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private ExtractedText extract(String name, byte[] mail) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, mail);
        return new DocumentTextExtractor().extract(file);
    }

    private static ParsedDigest parse(ExtractedText text) {
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    @Test
    void aQuotedPrintableBodyIsDecodedWordsJoinedAtSoftBreaksAndTheSignatureDropped() throws Exception {
        String mail = HEADERS + """
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: quoted-printable

                Case reviews published in May 2031

                1. Child QA: Serious case review

                Neglect of a 3-year-old boy in 2030 whose mother had a learning disabilit=
                y. Child QA is Whit=
                e British.

                Key learning:
                * the mother=E2=80=99s needs were not assessed by the heal=
                th visitor
                * the nursery did not share its worries

                Recommendations:
                * assess the needs of every parent with a learning disability

                Read overview report (PDF): https://example.org/media/2031/re=
                view-qa.pdf

                --=20
                Learning team, Example Safeguarding Partnership
                Key learning: this line is a signature
                """;
        ExtractedText text = extract("digest-2031-05.txt", mail.getBytes(StandardCharsets.US_ASCII));

        assertThat(text.mediaType()).isEqualTo("message/rfc822");
        assertThat(text.text()).doesNotContain("Message-ID", "=E2", "Whit=", "signature");
        ParsedDigest digest = parse(text);
        assertThat(digest.entries()).hasSize(1);
        DigestEntry qa = digest.entries().get(0);
        assertThat(qa.title()).isEqualTo("Child QA: Serious case review");
        assertThat(qa.summary()).isEqualTo("Neglect of a 3-year-old boy in 2030 whose mother had a learning disability. "
                + "Child QA is White British.");
        assertThat(items(qa, SectionType.LEARNING)).containsExactly(
                "the mother\u2019s needs were not assessed by the health visitor", "the nursery did not share its worries");
        assertThat(items(qa, SectionType.RECOMMENDATIONS)).containsExactly("assess the needs of every parent with a learning disability");
        assertThat(qa.linkTarget()).isEqualTo("https://example.org/media/2031/review-qa.pdf");
    }

    @Test
    void aMultipartMessageGivesItsPlainTextPartBeforeItsHtmlPart() throws Exception {
        String plain = "Case reviews published in May 2031\n\n1. Child QC: Serious case review\n\n"
                + "Physical abuse of a 7-month-old girl in 2030. Child QC is White Irish.\n\n"
                + "Learning includes:\n- bruising in a baby who does not move was not referred\n";
        String mail = HEADERS + """
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64

                %s
                --b1
                Content-Type: text/html; charset=utf-8

                <html><body><h1>Not this part</h1></body></html>
                --b1--
                """.formatted(Base64.getMimeEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8)));
        ParsedDigest digest = parse(extract("digest-2031-05.eml", mail.getBytes(StandardCharsets.US_ASCII)));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child QC: Serious case review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING))
                .containsExactly("bruising in a baby who does not move was not referred");
    }

    /** Digests b40 (kind 1): a newsletter whose text alternative only sends the reader to a browser. */
    @Test
    void aPlainTextStubThatPointsToTheWebVersionGivesWayToItsHtmlAlternative() throws Exception {
        String html = "<html><head><style>td{color:#333}</style></head><body><table><tr><td>"
                + "<p style=\"font-size:22px\"><b>Practice learning roundup \u2013 March 2032</b></p>"
                + "<p>Two reviews came out this month; the people in them are made up for this test.</p>"
                + "<table border=\"1\"><tr><td><b>Child XW: Local child safeguarding practice review</b></td></tr>"
                + "<tr><td>Neglect of a 6-year-old girl in 2031 who often missed meals at home. Child XW is White Welsh.</td></tr>"
                + "<tr><td style=\"background:#005ea5;text-transform:uppercase\">Learning</td></tr>"
                + "<tr><td><ul><li>free school meal holidays hid the hunger</li><li>the GP was not asked about her weight</li></ul></td></tr>"
                + "<tr><td><a href=\"https://example.org/reviews/xw.pdf\">Open the review</a></td></tr></table>"
                + "<table border=\"1\"><tr><td><b>Child XY: Local child safeguarding practice review</b></td></tr>"
                + "<tr><td>Physical abuse of a 3-year-old boy in 2031 by his uncle. Child XY is of Polish heritage.</td></tr>"
                + "<tr><td style=\"background:#005ea5;text-transform:uppercase\">Learning</td></tr>"
                + "<tr><td><ul><li>relatives caring for the boy were never checked</li></ul></td></tr>"
                + "<tr><td><a href=\"https://example.org/reviews/xy.pdf\">Open the review</a></td></tr></table>"
                + "</td></tr></table></body></html>";
        String mail = HEADERS + """
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=us-ascii

                Practice learning roundup - March 2032

                Your mail program cannot show this message. Open it in a web browser:
                https://news.example.org/roundup/2032-03

                --alt
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: text/html; charset=windows-1252
                Content-Transfer-Encoding: base64

                %s
                --rel
                Content-Type: image/png
                Content-ID: <logo@news>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --rel--
                --alt--
                """.formatted(Base64.getMimeEncoder().encodeToString(
                html.replace('\u2013', '\u0096').getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        ParsedDigest digest = parse(extract("roundup-2032-03.eml", mail.getBytes(StandardCharsets.US_ASCII)));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child XW: Local child safeguarding practice review", "Child XY: Local child safeguarding practice review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "free school meal holidays hid the hunger", "the GP was not asked about her weight");
        assertThat(digest.entries()).extracting(DigestEntry::linkTarget)
                .containsExactly("https://example.org/reviews/xw.pdf", "https://example.org/reviews/xy.pdf");
    }

    /** Digests b40 (kind 1): a complete text alternative is read, even beside a longer HTML one and a web-version line. */
    @Test
    void aCompletePlainTextAlternativeIsStillReadBesideItsHtmlOne() throws Exception {
        String plain = """
                View this message in your browser (https://news.example.org/roundup/2032-04)

                Child XZ: Rapid review

                Serious harm to a 2-month-old boy in 2031 who had a fractured skull. Child XZ is White British.

                Learning includes:
                * the midwife's worry about the father was not passed on
                * the injury was first put down to a fall

                Read the rapid review (PDF) (https://example.org/reviews/xz.pdf)
                """;
        String html = "<html><body><p><a href=\"https://news.example.org/roundup/2032-04\">View this message in your browser</a></p>"
                + "<h2>HTML ONLY HEADING Child XZ: Rapid review</h2><p>Serious harm to a 2-month-old boy in 2031 who had a "
                + "fractured skull, as the review sets out in detail over several pages. Child XZ is White British.</p>"
                + "<p><b>Learning includes:</b></p><ul><li>the midwife's worry about the father was not passed on</li>"
                + "<li>the injury was first put down to a fall</li></ul>"
                + "<p><a href=\"https://example.org/reviews/xz.pdf\">Read the rapid review (PDF)</a></p>"
                + "<p>You receive this because you asked for practice learning news. Update your preferences or unsubscribe.</p>"
                + "</body></html>";
        String mail = HEADERS + """
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=utf-8

                %s
                --alt
                Content-Type: text/html; charset=utf-8

                %s
                --alt--
                """.formatted(plain, html);
        ExtractedText text = extract("roundup-2032-04.eml", mail.getBytes(StandardCharsets.UTF_8));

        assertThat(text.text()).doesNotContain("HTML ONLY HEADING");
        ParsedDigest digest = parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child XZ: Rapid review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).hasSize(2);
    }

    @Test
    void anHtmlOnlyMessageIsReadAsAnHtmlDigestInItsDeclaredCharset() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body>"
                + "<h2>Child QD: Serious case review</h2><p>Neglect of a 9-year-old boy in 2030. Child QD is Fran\u00e7ais.</p>"
                + "<p><strong>Learning includes:</strong></p><ul><li>the school\u2019s concerns were not shared</li></ul>"
                + "<p><a href=\"https://example.org/qd.pdf\">Read overview report (PDF)</a></p></body></html>";
        String mail = HEADERS + """
                Content-Type: multipart/mixed; boundary="m1"

                --m1
                Content-Type: text/html; charset=ISO-8859-15
                Content-Transfer-Encoding: base64

                %s
                --m1
                Content-Type: text/plain; charset=utf-8
                Content-Disposition: attachment; filename="notes.txt"

                An attached note, not the digest.
                --m1--
                """.formatted(Base64.getMimeEncoder().encodeToString(
                html.replace('\u2019', '\'').getBytes(java.nio.charset.Charset.forName("ISO-8859-15"))));
        ParsedDigest digest = parse(extract("digest-2031-05.eml", mail.getBytes(StandardCharsets.US_ASCII)));

        assertThat(digest.entries()).hasSize(1);
        DigestEntry qd = digest.entries().get(0);
        assertThat(qd.title()).isEqualTo("Child QD: Serious case review");
        assertThat(qd.summary()).contains("Fran\u00e7ais");
        assertThat(items(qd, SectionType.LEARNING)).containsExactly("the school's concerns were not shared");
        assertThat(qd.linkTarget()).isEqualTo("https://example.org/qd.pdf");
    }

    @Test
    void aForwardedQuotedFlowedDigestIsReadAsItsSenderWroteIt() throws Exception {
        String mail = HEADERS + """
                Content-Type: text/plain; charset=utf-8; format=flowed

                Forwarding this for our next meeting.\s

                -------- Forwarded Message --------
                Subject: \tCase reviews published in May 2031
                From: \tLearning team <learning@example.org>
                To: \tleads@example.org

                > CASE REVIEWS PUBLISHED IN MAY 2031
                >
                > Child QG: Serious case review
                >
                > Neglect of a 3-year-old boy in 2030 whose mother had a learning\s
                > disability. Child QG is White British.
                >
                > Learning includes:
                > * the mother's needs were not assessed by the health\s
                >   visitor
                > * the nursery did not share its worries
                >
                > Read overview report (PDF): <https://example.org/media/2031/qg.pdf>
                """;
        ParsedDigest digest = parse(extract("digest-2031-05.txt", mail.getBytes(StandardCharsets.UTF_8)));

        assertThat(digest.entries()).hasSize(1);
        DigestEntry qg = digest.entries().get(0);
        assertThat(qg.title()).isEqualTo("Child QG: Serious case review");
        assertThat(qg.summary()).isEqualTo("Neglect of a 3-year-old boy in 2030 whose mother had a learning disability. "
                + "Child QG is White British.");
        assertThat(items(qg, SectionType.LEARNING)).containsExactly(
                "the mother's needs were not assessed by the health visitor", "the nursery did not share its worries");
        assertThat(qg.linkTarget()).isEqualTo("https://example.org/media/2031/qg.pdf");
    }
}
