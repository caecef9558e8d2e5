package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.digest.DigestParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digest text enters the pipeline in {@link DocumentTextExtractor}: no NUL or other control character gets past it. */
class ControlCharactersInDigestsTest {

    @TempDir
    Path dir;

    @Test
    void nulBellAndEscapeAreStrippedFromATextDigest() throws Exception {
        String seed = Files.readString(Path.of("input/seed-2021-11.txt"));
        String dirty = seed.replace("Child V; Child", "Child V;\u0000 Child").replace("knife", "kn\u0007ife\u001b")
                .replace("\n", "\r\n");
        Path file = Files.write(dir.resolve("digest.txt"), dirty.getBytes(StandardCharsets.UTF_8));

        ExtractedText text = new DocumentTextExtractor().extract(file);

        assertThat(text.text()).doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]");
        DigestEntry first = new DigestParser().parse(text.text()).entries().get(0);
        assertThat(first.title()).isEqualTo("Child V; Child safeguarding practice review");
        assertThat(text.text()).contains("Near-fatal knife injury");
    }

    @Test
    void controlCharactersInAnHtmlDigestAreStrippedToo() throws Exception {
        Path file = Files.writeString(dir.resolve("digest.html"), "<html><body><h2>Child\u0001 Z: serious case review</h2>"
                + "<p>Death of a baby\u0000 in 2020.</p></body></html>");
        String text = new DocumentTextExtractor().extract(file).text();
        // the HTML parser itself turns some controls into U+FFFD; none reaches the text as a control
        assertThat(text).contains("Z: serious case review").contains("Death of a baby in 2020.");
        assertThat(text).doesNotContainPattern("[\\p{Cc}&&[^\\n\\t]]");
    }

    @Test
    void aFileOfNothingButControlsIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("controls.txt"), "\u0007\u0007\u0008 \n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocumentTextExtractor().extract(file))
                .hasMessageContaining("no text found");
    }
}
