package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.ingest.InputDiscovery.Discovered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDiscoveryTest {

    @TempDir
    Path dir;
    Path input;
    private final InputDiscovery discovery = new InputDiscovery((pdf, sha) -> false);

    @BeforeEach
    void folder() throws IOException {
        input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("seed-2021-11.txt"));
    }

    private Discovered only(String name) throws IOException {
        return discovery.discover(input).stream().filter(d -> d.document().sourceFile().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not discovered"));
    }

    @Nested
    class TypeByContent {
        @Test
        void aWebPageNamedPdfIsUnsupported() throws IOException {
            Files.writeString(input.resolve("Child_Z.pdf"), "<!DOCTYPE html><html><body><h1>Child Z: serious case review</h1>"
                    + "<p>Summary.</p><p>Learning includes: a; b</p></body></html>");
            Discovered d = only("Child_Z.pdf");
            assertThat(d.loadable()).isFalse();
            assertThat(d.reject().reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE);
            assertThat(d.reject().message()).startsWith("named .pdf but its content is text/html");
            assertThat(d.document().status()).isEqualTo(DocumentStatus.REJECTED);
            assertThat(d.document().mediaType()).isEqualTo("text/html");
        }

        @Test
        void anImageNamedPdfIsUnsupported() throws IOException {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0};
            Files.write(input.resolve("report.pdf"), png);
            Discovered d = only("report.pdf");
            assertThat(d.reject().reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE);
            assertThat(d.document().mediaType()).isEqualTo("image/png");
        }

        /** Digests b44 (kind 1a): a message saved with its mbox 'From ' envelope line is still a saved e-mail. */
        @Test
        void aMessageBehindAnMboxEnvelopeLineNamedEmlIsADigest() throws IOException {
            Files.writeString(input.resolve("list-digest.eml"), "From list-bounces@example.org  Wed Jun 11 12:00:03 2031\n"
                    + "From: list-request@example.org\nSubject: Invented-list Digest, Vol 3, Issue 2\n"
                    + "Date: Wed, 11 Jun 2031 12:00:02 +0100\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
                    + "Child QL: Serious case review\nNeglect of a 2-year-old boy in 2030 (invented).\n");
            Discovered d = only("list-digest.eml");
            assertThat(d.loadable()).isTrue();
            assertThat(d.document().kind()).isEqualTo("digest");
            assertThat(d.document().mediaType()).isEqualTo("application/mbox");
        }

        @Test
        void aMailboxNamedPdfIsStillUnsupported() throws IOException {
            Files.writeString(input.resolve("report.pdf"), "From list-bounces@example.org  Wed Jun 11 12:00:03 2031\n"
                    + "From: list-request@example.org\nSubject: Digest\n\nText.\n");
            assertThat(only("report.pdf").reject().message()).startsWith("named .pdf but its content is application/mbox");
        }

        @Test
        void aPdfNamedTxtIsUnsupported() throws IOException {
            Files.writeString(input.resolve("digest.txt"), "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.ISO_8859_1);
            assertThat(only("digest.txt").reject().message()).startsWith("named .txt but its content is application/pdf");
        }

        @Test
        void aSavedEmailNamedTxtOrEmlIsADigest() throws IOException {
            String mail = "From: Learning team <learning@example.org>\nTo: Leads <leads@example.org>\n"
                    + "Subject: Case reviews published in May 2031\nDate: Tue, 13 May 2031 09:00:00 +0000\n"
                    + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                    + "1. Child QA: Serious case review\n\nNeglect of a 3-year-old boy in 2030.\n";
            Files.writeString(input.resolve("digest-2031-05.txt"), mail);
            Files.writeString(input.resolve("digest-2031-06.eml"), mail.replace("May", "June"));
            for (String name : List.of("digest-2031-05.txt", "digest-2031-06.eml")) {
                Discovered d = only(name);
                assertThat(d.loadable()).isTrue();
                assertThat(d.document().mediaType()).isEqualTo("message/rfc822");
                assertThat(d.document().kind()).isEqualTo("digest");
            }
        }

        @Test
        void aWebPageSavedAsOneFileIsADigest() throws IOException {
            String archive = "From: <Saved by a browser>\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"b1\"\r\n\r\n"
                    + "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                    + "<html><body><h3>2031 - Wend - Child QB</h3><p>Neglect of a 3-year-old boy.</p></body></html>\r\n"
                    + "--b1--\r\n";
            Files.writeString(input.resolve("reviews-2031.mhtml"), archive);
            Files.writeString(input.resolve("reviews-2032.mht"), archive.replace("2031", "2032"));
            for (String name : List.of("reviews-2031.mhtml", "reviews-2032.mht")) {
                Discovered d = only(name);
                assertThat(d.loadable()).isTrue();
                assertThat(d.document().mediaType()).isEqualTo("multipart/related");
                assertThat(d.document().kind()).isEqualTo("digest");
            }
        }

        @Test
        void aDigestWithoutExtensionIsTypedByItsContent() throws IOException {
            Files.copy(Path.of("input/seed-2021-11.txt"), input.resolve("digest-november"));
            Discovered d = only("digest-november");
            assertThat(d.document().mediaType()).isEqualTo("text/plain");
            assertThat(d.document().kind()).isEqualTo("digest");
            assertThat(d.loadable()).isTrue();
        }

        @Test
        void aTextDigestIsPending() throws IOException {
            Discovered d = only("seed-2021-11.txt");
            assertThat(d.loadable()).isTrue();
            assertThat(d.document().kind()).isEqualTo("digest");
            assertThat(d.document().status()).isEqualTo(DocumentStatus.PENDING);
        }
    }

    @Nested
    class EntriesThatAreNotFiles {
        @Test
        void aSymbolicLinkOutOfTheFolderIsRejectedWithoutReadingIt() throws IOException {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "password=hunter2\n");
            Files.createSymbolicLink(input.resolve("notes.txt"), secret);
            Discovered d = only("notes.txt");
            assertThat(d.reject().reason()).isEqualTo(RejectReason.UNSAFE_LINK);
            assertThat(d.reject().message()).contains("outside the input folder");
            assertThat(d.document().sha256()).isNull();
            assertThat(d.document().bytes()).isZero();
        }

        @Test
        void aRelativeLinkThatClimbsOutIsRejected() throws IOException {
            Files.writeString(dir.resolve("other.txt"), "text\n");
            Files.createSymbolicLink(input.resolve("up.txt"), Path.of("../other.txt"));
            assertThat(only("up.txt").reject().reason()).isEqualTo(RejectReason.UNSAFE_LINK);
        }

        @Test
        void aBrokenLinkOutOfTheFolderIsUnsafeAndOneInsideLeadsNowhere() throws IOException {
            Files.createSymbolicLink(input.resolve("gone.txt"), dir.resolve("missing.txt"));
            Files.createSymbolicLink(input.resolve("missing-here.txt"), Path.of("nothing.txt"));
            assertThat(only("gone.txt").reject().reason()).isEqualTo(RejectReason.UNSAFE_LINK);
            assertThat(only("missing-here.txt").reject().reason()).isEqualTo(RejectReason.OTHER);
        }

        @Test
        void aLinkToAFileInsideTheFolderIsRead() throws IOException {
            Files.createSymbolicLink(input.resolve("alias.txt"), Path.of("seed-2021-11.txt"));
            Discovered d = only("alias.txt");
            assertThat(d.loadable()).isTrue();
            // the file it leads to comes later in name order: the same content, loaded once
            assertThat(only("seed-2021-11.txt").reject().reason()).isEqualTo(RejectReason.DUPLICATE);
            assertThat(d.document().sha256()).isEqualTo(only("seed-2021-11.txt").document().sha256());
        }

        @Test
        void aFifoIsRejectedAndNotOpened() throws Exception {
            Path fifo = input.resolve("pipe.txt");
            assumeTrue(mkfifo(fifo), "mkfifo is not available");
            // reading the FIFO would block this test for ever; discovery must not open it
            Discovered d = only("pipe.txt");
            assertThat(d.reject().reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE);
            assertThat(d.reject().message()).isEqualTo("a FIFO (named pipe), not a regular file; not read");
        }

        @Test
        void aFileNameWithANewlineIsRejectedUnderItsEscapedName() throws IOException {
            Files.writeString(input.resolve("evil\nname.txt"), "text\n");
            List<Discovered> all = discovery.discover(input);
            Discovered d = all.stream().filter(x -> x.document().sourceFile().startsWith("evil")).findFirst().orElseThrow();
            assertThat(d.document().sourceFile()).isEqualTo("evil\\nname.txt");
            assertThat(d.reject().sourceFile()).isEqualTo("evil\\nname.txt");
            assertThat(d.reject().reason()).isEqualTo(RejectReason.OTHER);
        }

        @Test
        void aSubFolderIsNotAnInput() throws IOException {
            Files.createDirectories(input.resolve("old"));
            assertThat(discovery.discover(input)).extracting(d -> d.document().sourceFile()).containsExactly("seed-2021-11.txt");
        }
    }

    @Nested
    class OnSeveralThreads {
        @Test
        void filesAreListedInNameOrderAndTheLaterCopyIsTheDuplicateWhicheverFinishesFirst() throws Exception {
            Files.copy(Path.of("input/Ashdown_CSPR_Child_Q.pdf"), input.resolve("a.pdf"));
            Files.copy(Path.of("input/Ashdown_CSPR_Child_Q.pdf"), input.resolve("b.pdf"));
            Files.copy(Path.of("input/Brambleford_SCR_Baby_T.pdf"), input.resolve("c.pdf"));
            CountDownLatch laterFilesSniffed = new CountDownLatch(2);
            AtomicBoolean aWaitedForThem = new AtomicBoolean();
            // a.pdf's sniff waits for b.pdf's and c.pdf's, so on two threads they finish before it
            InputDiscovery waiting = new InputDiscovery((pdf, sha) -> {
                if (pdf.getFileName().toString().equals("a.pdf")) {
                    try {
                        aWaitedForThem.set(laterFilesSniffed.await(30, TimeUnit.SECONDS));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    laterFilesSniffed.countDown();
                }
                return pdf.getFileName().toString().equals("c.pdf");
            });
            List<Discovered> parallel = waiting.discover(input, 2);
            assertThat(aWaitedForThem).isTrue(); // sniffed one after the other, a.pdf would wait in vain
            assertThat(parallel).extracting(d -> d.document().sourceFile())
                    .containsExactly("a.pdf", "b.pdf", "c.pdf", "seed-2021-11.txt");
            assertThat(parallel).extracting(d -> d.document().kind()).containsExactly("report", "report", "digest", "digest");
            assertThat(parallel.get(0).loadable()).isTrue();
            assertThat(parallel.get(1).document().status()).isEqualTo(DocumentStatus.DUPLICATE);
            assertThat(parallel.get(1).reject().message()).isEqualTo("same content (SHA-256) as a.pdf; loaded once, from a.pdf");
            InputDiscovery sequential = new InputDiscovery((pdf, sha) -> pdf.getFileName().toString().equals("c.pdf"));
            assertThat(parallel).isEqualTo(sequential.discover(input, 1));
        }
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }
}
