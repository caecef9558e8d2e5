package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b44 (kind 1): a mailing list's MIME digest (Mailman: a masthead part, a {@code multipart/digest} of the
 * posts as {@code message/rfc822} parts, a footer part) saved with its mbox 'From ' envelope line. The posts are the
 * digest's text, each read in turn; a reply's quoted lines are not read again; the envelope line does not make the
 * file a mailbox that is refused. Every list, person, child and place here is invented.
 */
class MailingListDigestTest {
    @TempDir
    Path dir;

    private static final String ENVELOPE = "From invented-list-bounces@lists.example.org  Wed Jun 11 12:00:03 2031\n";

    private static final String DIGEST_HEADERS = """
            From: invented-list-request@lists.example.org
            Subject: Invented-list Digest, Vol 3, Issue 2
            Date: Wed, 11 Jun 2031 12:00:02 +0100
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="==outer=="

            --==outer==
            Content-Type: text/plain; charset="us-ascii"
            Content-Description: Invented-list Digest, Vol 3, Issue 2

            Send Invented-list mailing list submissions to
            \tinvented-list@lists.example.org

            To subscribe or unsubscribe via the World Wide Web, visit
            \thttps://lists.example.org/mailman/listinfo/invented-list

            Today's Topics:

               1. Training dates for July (Ann Invented)
               2. Case reviews published in June 2031 (Ben Invented)
               3. Re: Case reviews published in June 2031 (Cai Invented)

            --==outer==
            Content-Type: multipart/digest; boundary="==posts=="

            --==posts==
            Content-Type: message/rfc822

            From: Ann Invented <ann@example.org>
            Subject: Training dates for July
            Content-Type: text/plain; charset="us-ascii"

            Hello all,

            The dates for next month's training are below.

              * 2 July 2031 - Neglect and the graded care profile
              * 9 July 2031 - Safer sleep for babies

            Ann

            --==posts==
            Content-Type: message/rfc822

            From: Ben Invented <ben@example.org>
            Subject: Case reviews published in June 2031
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            Dear colleagues,

            Two case reviews were published in June 2031 (invented for testing).

            Child QL: Child safeguarding practice review
            Serious harm to a 4-month-old boy in 2030 who was found to have a fractured
            arm. His father, aged 29, said the baby had rolled off a sofa. Child QL is
            White British.

            Learning includes:
              * the father=E2=80=99s account was accepted without asking how a baby of =
            that age could roll

            Recommendations include:
              * ask for a skeletal survey whenever a non-mobile baby has an
                unexplained fracture

            Read practice review (PDF): <https://example.org/media/2031/ql.pdf>

            Child QM: Serious case review
            Neglect of a 7-year-old girl between 2027 and 2029. Child QM is of Polish
            heritage.

            Learning includes:
              * the school's concerns were logged one at a time

            Read overview report (PDF): <https://example.org/media/2031/qm.pdf>

            Best wishes,
            Ben

            --==posts==
            Content-Type: message/rfc822

            From: Cai Invented <cai@example.org>
            Subject: Re: Case reviews published in June 2031
            Content-Type: text/plain; charset="us-ascii"

            Thanks Ben - we will take the first of these to the July forum.

            Cai

            On Tue, 10 Jun 2031 at 16:02, Ben Invented wrote:
            > Dear colleagues,
            >
            > Child QL: Child safeguarding practice review
            > Serious harm to a 4-month-old boy in 2030 who was found to have a fractured
            > [...]

            --==posts==--

            --==outer==
            Content-Type: text/plain; charset="us-ascii"
            Content-Description: Digest Footer

            _______________________________________________
            Invented-list mailing list
            https://lists.example.org/mailman/listinfo/invented-list

            End of Invented-list Digest, Vol 3, Issue 2
            --==outer==--
            """;

    private ExtractedText extract(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new DocumentTextExtractor().extract(file);
    }

    private static ParsedDigest parse(ExtractedText text) {
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void theDigestsPostsAreReadInOrderNotItsMastheadFooterOrAReplysQuotedLines() throws Exception {
        ExtractedText text = extract("invented-list-2031-06.eml", DIGEST_HEADERS);

        assertThat(text.text()).contains("dates for next month", "Child QL", "Child QM", "we will take the first")
                .doesNotContain("Today's Topics", "submissions to", "Digest Footer", "End of Invented-list",
                        "> Child QL", "wrote:");
        assertThat(text.text().indexOf("Child QL: Child")).isEqualTo(text.text().lastIndexOf("Child QL: Child"));
        ParsedDigest digest = parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QL: Child safeguarding practice review", "Child QM: Serious case review");
        // the month the reviews were published in, not the training post's dates before them
        assertThat(digest.month()).isEqualTo(YearMonth.of(2031, 6));
        DigestEntry ql = digest.entries().get(0);
        assertThat(ql.summary()).startsWith("Serious harm to a 4-month-old boy in 2030").endsWith("Child QL is White British.");
        assertThat(items(ql, SectionType.LEARNING)).containsExactly(
                "the father\u2019s account was accepted without asking how a baby of that age could roll");
        assertThat(ql.linkTarget()).isEqualTo("https://example.org/media/2031/ql.pdf");
    }

    @Test
    void anMboxEnvelopeLineBeforeTheMessageIsReadAsMail() throws Exception {
        ExtractedText text = extract("invented-list-2031-06.eml", ENVELOPE + DIGEST_HEADERS);

        assertThat(text.mediaType()).isEqualTo("application/mbox");
        assertThat(parse(text).entries()).extracting(DigestEntry::title)
                .containsExactly("Child QL: Child safeguarding practice review", "Child QM: Serious case review");
    }

    @Test
    void aSmallMailboxIsReadMessageByMessageItsEscapedFromLinesRestored() throws Exception {
        String first = ENVELOPE + """
                From: Ben Invented <ben@example.org>
                Subject: Case reviews published in June 2031
                Content-Type: text/plain; charset="us-ascii"

                Child QN: Serious case review
                Neglect of a 2-year-old boy in 2030. Child QN is White British.

                Learning includes:
                  * the health visitor's concerns were not shared
                >From the review: this line was escaped by the mailbox

                """;
        String second = "From ben@example.org  Thu Jun 12 09:00:00 2031\n" + """
                From: Ben Invented <ben@example.org>
                Subject: One more case review
                Content-Type: text/plain; charset="us-ascii"

                Child QP: Child safeguarding practice review
                Death of a 15-year-old girl in 2030. Child QP is Black African.

                Learning includes:
                  * missing episodes were not linked to exploitation
                """;
        ExtractedText text = extract("june-reviews.mbox", first + second);

        assertThat(text.text()).contains("\nFrom the review: this line was escaped").doesNotContain("From ben@example.org");
        assertThat(parse(text).entries()).extracting(DigestEntry::title)
                .containsExactly("Child QN: Serious case review", "Child QP: Child safeguarding practice review");
    }

    @Test
    void aMailboxSplitsAtEnvelopeLinesOnlyAndTextWithoutOneIsOneMessage() throws Exception {
        String mailbox = ENVELOPE + "Subject: One\n\nFrom the review: a body line after a blank line\n\n"
                + "From - Thu Jun 12 09:00:00 2031\nSubject: Two\n\nText.\n";
        assertThat(MailboxMessages.split(mailbox.getBytes(StandardCharsets.US_ASCII)))
                .extracting(bytes -> new String(bytes, StandardCharsets.US_ASCII)).containsExactly(
                        "Subject: One\n\nFrom the review: a body line after a blank line\n\n", "Subject: Two\n\nText.\n");
        byte[] noEnvelope = "Subject: Only\n\nText.\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(MailboxMessages.split(noEnvelope)).containsExactly(noEnvelope);
    }

    @Test
    void aMailboxOfMoreMessagesThanADigestHoldsIsRejectedSayingWhy() throws Exception {
        StringBuilder mailbox = new StringBuilder();
        for (int i = 1; i <= MailboxMessages.MAX_MESSAGES + 1; i++) {
            mailbox.append("From ben@example.org  Thu Jun 12 09:00:00 2031\nFrom: ben@example.org\nSubject: Note ")
                    .append(i).append("\n\nNote ").append(i).append(" of many.\n\n");
        }

        assertThatThrownBy(() -> extract("inbox.mbox", mailbox.toString()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
                    assertThat(e.getMessage()).contains(MailboxMessages.MAX_MESSAGES + 1 + " messages");
                });
    }
}
