package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b70 (kinds 2 and 3): a mail folder exported as an mbox holding a partnership list's posts, one review a post,
 * whose texts name no month. The second post is HTML only, so the list manager (Mailman) added its footer as a plain
 * part of its own after it ({@code multipart/mixed}: the HTML, then the footer). On main 1f8c4ec1 that post's footer was
 * read as its whole text (the review lost), and every review had the run's month and no publication year; the posts'
 * Date headers say when the digest was sent. The list's footer, a part of its own or under a signature, is no text. Every list, person, child and place here is invented.
 */
class MailboxListPostsDigestTest {
    @TempDir
    Path dir;

    private static final String FOOTER = """
            _______________________________________________
            Invented-announce mailing list
            invented-announce@lists.example.org
            https://lists.example.org/mailman/listinfo/invented-announce
            """;

    private static final String HTML = """
            <html><body><p>Dear colleagues,</p>
            <p><b>Child TZV: Child safeguarding practice review</b></p>
            <p>Death of a 3-month-old boy in 2031 who was shaken by his father. Child TZV is White British.</p>
            <p><b>Learning includes:</b></p>
            <ul><li>the father was not seen by the health visitor</li><li>the coping with crying advice was not given</li></ul>
            <p><a href="https://learning.nspcc.org.uk/media/203104/tzv.pdf">Read practice review (PDF)</a></p>
            <p>-- <br>Invented Vale Safeguarding Children Partnership<br>Business Unit</p>
            </body></html>
            """;

    private static String mailbox(String secondDate) {
        return "From - Wed Apr 02 09:41:17 2031\n"
                + """
                From: Ann Invented <ann@example.org>
                To: invented-announce@lists.example.org
                Subject: [Invented-announce] New case review published: Child SZV
                Date: Wed, 02 Apr 2031 09:41:05 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset="utf-8"

                Dear colleagues,

                Child SZV: Child safeguarding practice review

                Serious harm to a 9-year-old girl in 2030 who was neglected. Child SZV is White British.

                Learning includes:
                * the school's concerns were not shared
                * the girl was not seen alone

                Read practice review (PDF): https://learning.nspcc.org.uk/media/203104/szv.pdf

                --\u0020
                Invented Vale Safeguarding Children Partnership

                """ + FOOTER + "\n"
                + "From - Tue Apr 22 16:55:40 2031\n"
                + "From: Invented Vale SCP <scp@example.org>\n"
                + "Subject: [Invented-announce] New case review published: Child TZV\n"
                + "Date: " + secondDate + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"==list==\"\n\n"
                + "--==list==\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(HTML.getBytes(StandardCharsets.UTF_8)) + "\n"
                + "--==list==\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Disposition: inline\n\n"
                + FOOTER + "--==list==--\n";
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void everyPostIsReadTheHtmlOneBeforeTheFooterPartItsListAddedAndTheSignatureLeftOut() throws Exception {
        ExtractedText text = new DocumentTextExtractor().extract(write("posts.mbox", mailbox("Tue, 22 Apr 2031 16:55:21 +0100")));
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child SZV: Child safeguarding practice review", "Child TZV: Child safeguarding practice review");
        DigestEntry html = digest.entries().get(1);
        assertThat(html.summary()).isEqualTo("Death of a 3-month-old boy in 2031 who was shaken by his father. Child TZV is White British.");
        assertThat(items(html, SectionType.LEARNING)).containsExactly(
                "the father was not seen by the health visitor", "the coping with crying advice was not given");
        assertThat(html.linkTarget()).isEqualTo("https://learning.nspcc.org.uk/media/203104/tzv.pdf");
        // the list's footer, a part of its own after the HTML and lines under the plain post's signature, is no text
        assertThat(text.text()).doesNotContain("Business Unit", "mailing list", "listinfo");
        assertThat(digest.month()).isNull();
        assertThat(text.edgeMonth()).isEqualTo(YearMonth.of(2031, 4));
    }

    @Test
    void theMonthMostPostsWereSentInIsTheDigestsMonthAndItsYearThePublicationYear() throws Exception {
        DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(), ReviewNormaliser.withDefaultVocabulary());
        Path file = write("posts.mbox", mailbox("Thu, 01 May 2031 08:02:11 +0100"));

        DigestLoader.Reading reading = loader.read(loader.parse(file), "posts.mbox", YearMonth.of(2032, 11));

        // one post each in April and May: the later month of the tie
        assertThat(reading.reviews()).extracting(r -> r.row().digestMonth()).containsExactly("2031-05", "2031-05");
        assertThat(reading.reviews()).extracting((LoadedReview r) -> r.row().publicationYear()).containsExactly(2031, 2031);
    }

    @Test
    void aRuleOfUnderscoresIsAFootersOnlyWhenAFewLinesFollowIt() {
        String footer = "Learning includes:\n* the GP was not told\n\n" + FOOTER;
        assertThat(MailBody.withoutListFooter(footer)).isEqualTo("Learning includes:\n* the GP was not told\n\n");
        String longer = "Intro\n\n________________________________\n" + "Child VZV: Child safeguarding practice review\n".repeat(8);
        assertThat(MailBody.withoutListFooter(longer)).isEqualTo(longer);
    }

    @Test
    void aMessageWithOneBodyAndAnAttachmentIsReadAsBefore() throws Exception {
        String message = """
                From: Ann Invented <ann@example.org>
                Subject: Case reviews
                Date: Wed, 02 Apr 2031 09:41:05 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="==m=="

                --==m==
                Content-Type: text/plain; charset="utf-8"

                Case reviews published in March 2031

                Child UZV: Child safeguarding practice review

                Serious harm to a 4-year-old boy in 2030. Child UZV is White British.

                Learning includes:
                * the nursery's concerns were not shared
                * the father was not seen

                --==m==
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                Attached notes that are not the digest.
                --==m==--
                """;
        ExtractedText text = new DocumentTextExtractor().extract(write("one.eml", message));
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).doesNotContain("Attached notes");
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child UZV: Child safeguarding practice review");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2031, 3));
    }
}
