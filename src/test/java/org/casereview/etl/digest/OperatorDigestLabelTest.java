package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's vocabulary file adds a digest section label without a rebuild. */
class OperatorDigestLabelTest {

    private static final String DIGEST = """
            Child W: serious case review

            Neglect of a 3-year-old girl in 2020. She lived with her mother and two older brothers.

            Takeaways: agencies did not share information; the nursery's concerns were not followed up.

            Recommendations include: a shared record of concerns.
            """;

    @TempDir
    Path dir;

    @Test
    void aLabelFromTheOperatorFileOpensASectionOfItsType() throws Exception {
        Path words = Files.writeString(dir.resolve("words.yml"), """
                digest-labels:
                  labels:
                    learning: ['Takeaways']
                """);

        DigestEntry bundled = new DigestParser().parse(DIGEST).entries().get(0);
        DigestEntry withOperatorWords = new DigestParser(Vocabulary.withOperatorFile(words)).parse(DIGEST)
                .entries().get(0);

        assertThat(bundled.sections()).extracting(Section::type).doesNotContain(SectionType.LEARNING);
        assertThat(withOperatorWords.sections()).extracting(Section::type, Section::text).contains(
                tuple(SectionType.LEARNING,
                        "agencies did not share information; the nursery's concerns were not followed up."));
    }
}
