package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.LimitExceededException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile digests of session 39 (docs/HOSTILE-INPUTS.md), each written here: an HTML digest nested past Tika's depth
 * limit was refused as a "suspected zip bomb"; an e-mail of 10,000 multiparts inside each other ran mime4j's stack out
 * ({@code internal_error}).
 */
class HostileDigestLimitsTest {

    @TempDir
    Path dir;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();

    @Test
    void anHtmlDigestNestedPastTheReadersDepthIsRefusedSayingSoNotAsAZipBomb() throws Exception {
        Path file = dir.resolve("nested-digest.html");
        Files.writeString(file, "<html><body>" + "<div>".repeat(150) + "1. Child N; Serious case review"
                + "</div>".repeat(150) + "</body></html>");
        assertThatThrownBy(() -> extractor.extract(file)).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("nested-digest.html: the text/html file is refused: its elements nest"
                    + " more than 100 deep, more than the reader follows");
        });
    }

    @Test
    void anEmailOfMultipartsNestedPastTheLimitIsRefusedBeforeParsingAndOneOfAFewIsRead() throws Exception {
        Path deep = dir.resolve("deep.eml");
        Files.writeString(deep, nestedMultiparts(MimeNesting.MAX_DEPTH + 1), StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> extractor.extract(deep)).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("refused before parsing it: its MIME multiparts nest more than 64 deep");
        });
        Path few = dir.resolve("few.eml");
        Files.writeString(few, nestedMultiparts(3), StandardCharsets.US_ASCII);
        assertThat(extractor.extract(few).text()).contains("1. Child E; Serious case review")
                .contains("Neglect of a 5-year-old boy in 2020.");
    }

    @Test
    void siblingMultipartsOfAMailingListDigestAreNoNesting() {
        StringBuilder digest = new StringBuilder("Content-Type: multipart/digest; boundary=\"top\"\n\n");
        for (int post = 0; post < 200; post++) {
            digest.append("--top\nContent-Type: multipart/alternative; boundary=\"p").append(post).append("\"\n\n--p")
                    .append(post).append("\nContent-Type: text/plain\n\nPost ").append(post).append("\n--p").append(post)
                    .append("--\n");
        }
        digest.append("--top--\n");
        MimeNesting.check(digest.toString().getBytes(StandardCharsets.US_ASCII)); // 200 multiparts, two deep: no limit
    }

    /** A message whose text part sits inside {@code depth} multiparts, each inside the one before. */
    private static String nestedMultiparts(int depth) {
        StringBuilder mail = new StringBuilder("From: digest@example.invalid\nTo: ops@example.invalid\n"
                + "Subject: NSPCC Repository November 2021\nMIME-Version: 1.0\n");
        for (int level = 0; level < depth; level++) {
            mail.append("Content-Type: multipart/mixed; boundary=\"b").append(level).append("\"\n\n--b").append(level).append('\n');
        }
        mail.append("Content-Type: text/plain\n\n1. Child E; Serious case review\n\nNeglect of a 5-year-old boy in 2020.\n\n");
        for (int level = depth - 1; level >= 0; level--) {
            mail.append("--b").append(level).append("--\n");
        }
        return mail.toString();
    }
}
