package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 40: a report replaced by a FIFO after discovery was rejected "the file is empty" by the report step (the
 * FIFO's size is 0); a link out of the folder made then would have been opened. A step now looks again first.
 */
class StillAsFoundTest {

    private static final byte[] CONTENT = "%PDF-1.7\n% a report as discovery found it\n".getBytes();

    @TempDir
    Path dir;

    @Test
    void theFileAsFoundMayBeRead() throws IOException {
        Path file = Files.write(dir.resolve("Report.pdf"), CONTENT);

        assertThat(StillAsFound.refusal(file, CONTENT.length)).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFifoInItsPlaceIsNotRead() throws Exception {
        Path file = dir.resolve("Report.pdf");
        assertThat(new ProcessBuilder("mkfifo", file.toString()).start().waitFor()).isZero();

        assertThat(StillAsFound.refusal(file, CONTENT.length)).hasValue(new DocumentOutcome.Rejected<>(
                RejectReason.UNSUPPORTED_TYPE, "the file changed after the run found it: it is now a FIFO (named pipe),"
                + " not a regular file; not read"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aLinkToDevZeroInItsPlaceIsNotRead() throws IOException {
        Path file = Files.createSymbolicLink(dir.resolve("Report.pdf"), Path.of("/dev/zero"));

        assertThat(StillAsFound.refusal(file, CONTENT.length)).hasValue(new DocumentOutcome.Rejected<>(
                RejectReason.UNSUPPORTED_TYPE, "the file changed after the run found it: it is now a symbolic link to a"
                + " character device, not a regular file; not read"));
    }

    @Test
    void aLinkOutOfItsFolderInItsPlaceIsNotFollowed() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path secret = Files.write(dir.resolve("secret.pdf"), CONTENT);
        Path file = Files.createSymbolicLink(input.resolve("Report.pdf"), secret);

        assertThat(StillAsFound.refusal(file, CONTENT.length)).hasValue(new DocumentOutcome.Rejected<>(
                RejectReason.UNSAFE_LINK, "the file changed after the run found it: it is now a symbolic link to a place"
                + " outside its folder; not followed"));
    }

    @Test
    void aFileRewrittenToAnotherSizeIsNotRead() throws IOException {
        Path file = Files.write(dir.resolve("digest-2021-11.md"), CONTENT);

        assertThat(StillAsFound.refusal(file, CONTENT.length - 5)).hasValue(new DocumentOutcome.Rejected<>(
                RejectReason.OTHER, "the file changed after the run found it (" + (CONTENT.length - 5) + " bytes then, "
                + CONTENT.length + " now); not read: run the month again to load it"));
    }

    @Test
    void aFileGoneIsNotRead() {
        assertThat(StillAsFound.refusal(dir.resolve("gone.pdf"), CONTENT.length)).hasValue(new DocumentOutcome.Rejected<>(
                RejectReason.OTHER, "the file was removed after the run found it; not read: run the month again to load"
                + " it"));
    }
}
