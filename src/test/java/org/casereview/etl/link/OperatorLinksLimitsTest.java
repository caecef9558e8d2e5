package org.casereview.etl.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 40: a links.csv of 2,000,000 rows (60 MB) was read whole into text and lines and failed the run ("Java heap
 * space", 256 MB) in the assembly step. One past {@link OperatorLinksReader#MAX_BYTES} is not read, and says so; a link
 * named links.csv that points out of the input folder is not followed.
 */
class OperatorLinksLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aLinksFileLargerThanTheLimitIsNotReadAndSaysWhy() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        long written;
        try (Writer out = Files.newBufferedWriter(input.resolve("links.csv"))) {
            out.write("entry,file\n");
            for (int n = 0; n < 45_000; n++) {
                out.write("Child X" + n + ",Report_" + n + ".pdf\n");
            }
        }
        written = Files.size(input.resolve("links.csv"));

        OperatorLinks links = OperatorLinksReader.readFolder(input);

        assertThat(written).isGreaterThan(OperatorLinksReader.MAX_BYTES);
        assertThat(links.links()).isEmpty();
        assertThat(links.problems()).containsExactly(new ParseProblem("links.csv", RejectReason.TOO_LARGE,
                written + " bytes is more than the 1048576 bytes a links file may have; not read, no entry is linked by it"));
    }

    @Test
    void aLinksFileWithinTheLimitIsRead() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("links.csv"), "entry,file\n2021-11-child-v,a.pdf\n");

        assertThat(OperatorLinksReader.readFolder(input).links()).containsExactly(new OperatorLink(2, "2021-11-child-v", "a.pdf"));
    }

    @Test
    void aLinksFileLinkingOutOfTheInputFolderIsNotFollowed() throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(dir.resolve("elsewhere.csv"), "entry,file\n2021-11-child-v,a.pdf\n");
        Files.createSymbolicLink(input.resolve("links.csv"), dir.resolve("elsewhere.csv"));

        OperatorLinks links = OperatorLinksReader.readFolder(input);

        assertThat(links.links()).isEmpty();
        assertThat(links.problems()).containsExactly(new ParseProblem("links.csv", RejectReason.UNSAFE_LINK,
                "a symbolic link to a place outside the input folder; not followed"));
    }
}
