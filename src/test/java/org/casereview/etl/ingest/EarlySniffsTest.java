package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.DigestPdfFixture;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.job.GeneratedInputsAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: the sniff's decisions made during the start-up are the ones discovery would make, or none. */
class EarlySniffsTest {

    private static final DigestParser PARSER = new DigestParser();
    private static final DocumentLimits LIMITS = DocumentLimits.DEFAULTS;

    @TempDir
    Path dir;

    private Path input;
    private Path digest;
    private Path report;

    @BeforeEach
    void inputs() throws IOException {
        input = GeneratedInputsAccess.withReports(dir.resolve("in"), 1, 6);
        report = input.resolve("Testshire_CSPR_Child_Z01.pdf");
        digest = input.resolve("digest.pdf");
        DigestPdfFixture.write(Files.readString(Path.of("input/seed-2021-11.txt")), digest, 14f);
    }

    @Test
    void theDecisionsAreTheSniffersOwnForTheSameContent() throws IOException {
        EarlySniffs early = new EarlySniffs(LIMITS);
        early.sniff(input, PARSER, FileHashes.none());
        assertThat(early.digest(digest, Sha256.ofFile(digest), PARSER, LIMITS)).contains(true);
        assertThat(early.digest(report, Sha256.ofFile(report), PARSER, LIMITS)).contains(false);
        assertThat(new PdfDigestSniffer(PARSER).test(digest)).isTrue();
        assertThat(new PdfDigestSniffer(PARSER).test(report)).isFalse();
    }

    @Test
    void aFileWhoseContentIsNotTheOneSniffedGetsNoDecision() throws IOException {
        EarlySniffs early = new EarlySniffs(LIMITS);
        early.sniff(input, PARSER, FileHashes.none());
        assertThat(early.digest(digest, Sha256.ofText("other content"), PARSER, LIMITS)).isEmpty();
    }

    @Test
    void anotherParserOrOtherLimitsGetNoDecision() throws IOException {
        EarlySniffs early = new EarlySniffs(LIMITS);
        early.sniff(input, PARSER, FileHashes.none());
        String sha = Sha256.ofFile(digest);
        assertThat(early.digest(digest, sha, new DigestParser(), LIMITS)).isEmpty();
        DocumentLimits fewerPages = new DocumentLimits(LIMITS.maxFileBytes(), 3, LIMITS.maxExpandedBytes(),
                LIMITS.maxZipEntries(), LIMITS.maxPageChars(), LIMITS.maxDigestChars(), Duration.ofSeconds(60));
        assertThat(early.digest(digest, sha, PARSER, fewerPages)).isEmpty();
        assertThat(early.digest(digest, sha, PARSER, LIMITS)).contains(true);
    }

    @Test
    void onceDiscoveryAsksNothingMoreIsSniffed() throws IOException {
        EarlySniffs early = new EarlySniffs(LIMITS);
        assertThat(early.digest(report, Sha256.ofFile(report), PARSER, LIMITS)).isEmpty();
        early.sniff(input, PARSER, FileHashes.none());
        assertThat(early.digest(digest, Sha256.ofFile(digest), PARSER, LIMITS)).isEmpty();
    }

    @Test
    void aFileReadByAnEarlierRunIsLeftAlone() throws IOException {
        Path output = dir.resolve("out");
        FileHashes before = FileHashes.load(output, "build", () -> System.currentTimeMillis() + 10_000);
        before.remember(before.start(report), Sha256.ofFile(report), "application/pdf");
        before.save();
        EarlySniffs early = new EarlySniffs(LIMITS);
        early.sniff(input, PARSER, FileHashes.load(output, "build", () -> System.currentTimeMillis() + 10_000));
        assertThat(early.digest(report, Sha256.ofFile(report), PARSER, LIMITS)).isEmpty();
    }

    @Test
    void anUnreadablePdfGetsNoDecisionSoDiscoveryRejectsItItself() throws IOException {
        Files.writeString(input.resolve("broken.pdf"), "%PDF-1.7 not really a PDF");
        EarlySniffs early = new EarlySniffs(LIMITS);
        early.sniff(input, PARSER, FileHashes.none());
        Path broken = input.resolve("broken.pdf");
        assertThat(early.digest(broken, Sha256.ofFile(broken), PARSER, LIMITS)).isEmpty();
        assertThat(early.digest(digest, Sha256.ofFile(digest), PARSER, LIMITS)).contains(true);
    }

    @Test
    void aFifoNamedAsAPdfIsNotOpened() throws Exception {
        Path fifo = input.resolve("a-pipe.pdf");
        assumeTrue(InputDiscoveryTest.mkfifo(fifo), "mkfifo is not available");
        EarlySniffs early = new EarlySniffs(LIMITS);
        // opening the FIFO would block for ever
        CompletableFuture.runAsync(() -> early.sniff(input, PARSER, FileHashes.none())).get(60, TimeUnit.SECONDS);
        assertThat(early.digest(fifo, "", PARSER, LIMITS)).isEmpty();
        assertThat(early.digest(digest, Sha256.ofFile(digest), PARSER, LIMITS)).contains(true);
    }

    @Test
    void nothingIsSniffedWithoutAWarmUp() throws IOException {
        EarlySniffs.NONE.sniff(input, PARSER, FileHashes.none());
        assertThat(EarlySniffs.NONE.digest(digest, Sha256.ofFile(digest), PARSER, LIMITS)).isEmpty();
    }
}
