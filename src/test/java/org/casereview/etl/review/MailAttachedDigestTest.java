package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b50, kind 1): a digest passed on as an e-mail attachment under a covering note ('Please see the
 * attached summary ...') is read from the attachment when the message's own text has no entries. Real MIME messages
 * (multipart/mixed with a multipart/alternative note and a base64 attachment) and a real DOCX written with POI.
 * Every child, person and place is invented.
 */
class MailAttachedDigestTest {

    private static final YearMonth RUN_MONTH = YearMonth.of(2026, 11);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void aDigestAttachedAsDocxUnderACoveringNoteIsRead() throws Exception {
        Path mail = write("note.eml", message(COVERING_NOTE, attachment("Case reviews May 2031.docx", DOCX, digestDocx())));

        DigestLoader.ParsedFile parsed = loader.parse(mail);
        DigestLoader.Reading reading = loader.read(parsed, "note.eml", RUN_MONTH);

        assertThat(parsed.text().mediaType()).isEqualTo("message/rfc822");
        assertThat(reading.noEntries()).isFalse();
        assertThat(reading.reviews()).extracting(r -> r.row().title()).containsExactly(
                "Child QD: Child safeguarding practice review", "Child QE: Serious case review");
        assertThat(reading.reviews().get(0).row().digestMonth()).isEqualTo("2031-05");
        assertThat(parsed.text().text()).doesNotContain("Please see the attached", "disclaimer");
    }

    @Test
    void anAttachmentThatCannotBeReadRejectsTheMessageNamingIt() throws Exception {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> damaged".getBytes(StandardCharsets.US_ASCII);
        Path mail = write("note.eml", message(COVERING_NOTE, attachment("Case reviews May 2031.pdf", "application/pdf", broken)));

        assertThatThrownBy(() -> loader.parse(mail)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("note.eml: the attached 'Case reviews May 2031.pdf'")
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).reason()).isEqualTo(RejectReason.CORRUPT));
    }

    @Test
    void aMessageWhoseOwnTextIsTheDigestKeepsItAndAPictureIsNoDigest() throws Exception {
        String body = """
                Case reviews published in June 2031 (invented for testing)

                Child QF: Child safeguarding practice review
                Neglect of a 3-year-old boy in 2030.

                Learning includes:
                - the nursery's worries were not shared
                """;
        Path mail = write("digest.eml", message(body, attachment("logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                + attachment("Old digest.docx", DOCX, digestDocx())));

        DigestLoader.Reading reading = loader.read(loader.parse(mail), "digest.eml", RUN_MONTH);

        assertThat(reading.reviews()).extracting(r -> r.row().title())
                .containsExactly("Child QF: Child safeguarding practice review");
    }

    @Test
    void aNoteWithoutAnyDigestAttachedStaysWithoutEntries() throws Exception {
        Path mail = write("note.eml", message(COVERING_NOTE, attachment("logo.png", "image/png", new byte[] {1, 2, 3})));

        DigestLoader.Reading reading = loader.read(loader.parse(mail), "note.eml", RUN_MONTH);

        assertThat(reading.noEntries()).isTrue();
    }

    private static final String COVERING_NOTE = """
            Dear colleagues,

            Please see the attached summary of the case reviews published in May 2031, for your team meetings.

            Kind regards,
            Alex Example
            Business Manager (invented)

            This e-mail and any attachments are confidential. If you are not the intended recipient, please tell the
            sender and delete it (a disclaimer).
            """;

    private static String message(String note, String attachments) {
        return """
                From: Alex Example <alex@example.org>
                To: Team <team@example.org>
                Subject: Case reviews May 2031
                Date: Mon, 2 Jun 2031 09:15:00 +0100
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="mixed-1"

                --mixed-1
                Content-Type: multipart/alternative; boundary="alt-1"

                --alt-1
                Content-Type: text/plain; charset="utf-8"
                Content-Transfer-Encoding: 8bit

                """ + note + """

                --alt-1
                Content-Type: text/html; charset="utf-8"

                <html><body><p>""" + note.replace("\n\n", "</p><p>") + """
                </p></body></html>
                --alt-1--

                """ + attachments + "--mixed-1--\n";
    }

    private static String attachment(String name, String type, byte[] bytes) {
        return "--mixed-1\nContent-Type: " + type + "; name=\"" + name + "\"\nContent-Disposition: attachment; filename=\""
                + name + "\"\nContent-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(bytes) + "\n\n";
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return file;
    }

    /** A plain Word digest: a title, Heading 2 entries, bold labels and bulleted items. */
    private static byte[] digestDocx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Case reviews published in May 2031 (invented for testing)");
            entry(doc, "Child QD: Child safeguarding practice review", "Neglect of a 7-year-old girl in 2030.",
                    "her school attendance fell for a year", "share attendance worries with social care");
            entry(doc, "Child QE: Serious case review", "Serious harm to a 15-year-old boy in 2029.",
                    "his missing episodes were not linked", "hold a return interview after every missing episode");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void entry(XWPFDocument doc, String title, String summary, String learning, String recommendation) {
        XWPFRun heading = doc.createParagraph().createRun();
        heading.setBold(true);
        heading.setFontSize(14);
        heading.setText(title);
        doc.createParagraph().createRun().setText(summary);
        bold(doc, "Learning includes:");
        doc.createParagraph().createRun().setText("\u2022 " + learning);
        bold(doc, "Recommendations include:");
        doc.createParagraph().createRun().setText("\u2022 " + recommendation);
    }

    private static void bold(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setText(text);
    }
}
