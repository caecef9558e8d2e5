package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (b51 kinds 2 and 4): a digest whose text keeps characters the reading could not give (U+FFFD, glyphs
 * without Unicode) says so with their count; so does a report; and a digest one of whose titles ends on a word no
 * title ends with ('..., aged': a summary's first line read as the title, the entry's own title lost) is doubtful.
 * Both said {@code ok} before. Invented digests: every child and place is invented.
 */
class UnreadTextSelfCheckTest {

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void replacementCharactersInTheTextAreCounted() throws Exception {
        DigestLoader.Reading bad = read("fffd.txt", digest("She had told sta\uFFFD she felt low; the \uFFFDat was cold."));
        assertThat(verdict(bad).notes()).contains("6 characters could not be read (U+FFFD: glyphs without Unicode)");
        assertThat(verdict(bad).quality()).isEqualTo("doubtful");

        DigestLoader.Reading good = read("whole.txt", digest("She had told staff she felt low; the flat was cold."));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void aReportKeepingReplacementCharactersIsDoubtful() {
        Section learning = new Section(SectionType.LEARNING, 1, "Learning", "The sta\uFFFD did not \uFFFDnd it.", 1, 1,
                List.of());
        assertThat(ReportChecks.judge(new ReportEvidence(3, List.of(learning), List.of()), null).notes())
                .contains("2 characters could not be read (U+FFFD: glyphs without Unicode)");
    }

    @Test
    void aTitleEndingOnAgedIsASummaryLineReadAsTitle() throws Exception {
        String cut = "## Child sexual abuse of an 8-year-old boy in 2024 by his uncle, aged\n\n"
                + "34, who looked after him at weekends. The uncle had been investigated before.\n\n"
                + "Learning includes: the investigation did not ask about contact with children; the school was not told."
                + "\n\nRead practice review (PDF): https://learning.nspcc.org.uk/media/test/wxx.pdf\n\n";
        DigestLoader.Reading bad = read("cut.md", digest("She had told staff she felt low.").replace(
                "Child UB: Child", "## Child UB: Child").replace("Child UC: Child", cut + "## Child UC: Child"));

        assertThat(bad.reviews()).extracting(r -> r.row().title())
                .contains("Child sexual abuse of an 8-year-old boy in 2024 by his uncle, aged");
        assertThat(verdict(bad).notes()).anyMatch(n -> n.startsWith("entry 3's title ends mid-phrase ('"));
        assertThat(verdict(bad).quality()).isEqualTo("doubtful");
    }

    @Test
    void aTitleEndingOnAChildsInitialsIsNoCutTitle() throws Exception {
        String named = digest("She had told staff she felt low.")
                .replace("Child UA: Child safeguarding practice review",
                        "## Serious case review – Orchard Vale and Selby Down - Child AT")
                .replace("Child UB: Child safeguarding practice review",
                        "## Local child safeguarding practice review for Holmbrook - Child A")
                .replace("Child UC: Child", "## Child UC: Child");
        DigestLoader.Reading reading = read("initials.md", named);

        assertThat(reading.reviews()).extracting(r -> r.row().title())
                .contains("Serious case review – Orchard Vale and Selby Down - Child AT");
        assertThat(verdict(reading).notes()).noneMatch(n -> n.contains("ends mid-phrase"));
    }

    private static Verdict verdict(DigestLoader.Reading reading) {
        return DigestChecks.judge(reading.reviews(), reading.traces());
    }

    private DigestLoader.Reading read(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return loader.read(loader.parse(file), name, YearMonth.of(2026, 11));
    }

    private static String digest(String sentence) {
        StringBuilder out = new StringBuilder("Case review digest – March 2026\n\nEvery child and family in this"
                + " digest is invented.\n\n");
        for (String name : List.of("UA", "UB", "UC")) {
            out.append("Child ").append(name).append(": Child safeguarding practice review\n\n")
                    .append("Death of a 15-year-old girl in 2025 who was found in a river. ").append(sentence)
                    .append("\n\nLearning includes: the school nurse was not told; the GP saw her twice.\n\n")
                    .append("Read practice review (PDF): https://learning.nspcc.org.uk/media/test/")
                    .append(name.toLowerCase()).append(".pdf\n\n");
        }
        return out.toString();
    }
}
