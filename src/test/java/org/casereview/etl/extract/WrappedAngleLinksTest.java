package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b30, not scored): a plain-text message wrapped at a fixed width cuts a link written 'text<url>' inside
 * its address; the address goes on, with no space, on the next line up to its '>'. Invented digest.
 */
class WrappedAngleLinksTest {

    @TempDir
    Path dir;

    @Test
    void anAddressLeftOpenAtALineEndGoesOnUpToItsClosingBracket() throws Exception {
        Path file = dir.resolve("digest-2031-03.txt");
        Files.writeString(file, """
                Case reviews published in March 2031

                Two invented case reviews.

                1. Child QM: Serious case review

                Neglect of a 5-year-old girl in 2030 whose mother misused alcohol and left
                her alone at night.

                Learning includes:
                \u2022\tthe school did not ask why she was tired

                Read overview report (PDF)<https://reviews.example.org/media/2031/03/over
                view-report.pdf>

                2. Baby QN: Child safeguarding practice review

                Serious injury to a 2-month-old boy in 2030. Baby QN is White British.

                Learning includes:
                \u2022\tbruising was not referred

                Read practice review (PDF)<https://reviews.example.org/qn.pdf>
                """.replace("\n", "\r\n"), StandardCharsets.UTF_8);

        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::linkTarget).containsExactly(
                "https://reviews.example.org/media/2031/03/overview-report.pdf", "https://reviews.example.org/qn.pdf");
    }

    @Test
    void onlyAnOpenAddressBeforeALineThatClosesItWithoutASpaceIsJoined() {
        assertThat(WrappedAngleLinks.join("See <https://example.org/a\nb.pdf> now")).isEqualTo("See <https://example.org/ab.pdf> now");
        String closed = "See <https://example.org/a.pdf>\nb> c";
        assertThat(WrappedAngleLinks.join(closed)).isEqualTo(closed);
        String prose = "See <https://example.org/a\nand then more > here";
        assertThat(WrappedAngleLinks.join(prose)).isEqualTo(prose);
        String notALink = "a < b and c\nd>";
        assertThat(WrappedAngleLinks.join(notALink)).isEqualTo(notALink);
    }
}
