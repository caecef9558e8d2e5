package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.IntFunction;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest self-check survey of session 29 (issue 9.5): the largest groups of bad readings that still said
 * {@code ok}, each as an invented digest read badly and the same digest read well. A label the vocabulary does not know
 * run into the last point of the list before ('... at any visit Agreed follow-up:'), the same label read as a point in
 * the middle of every entry's list, and lists whose drawn bullets were lost (one long point a list). The evidence is
 * what was read, never the score. Every child and family here is invented.
 */
class DigestListShapeSelfCheckTest {

    private static final String[] NAMES = {"UA", "UB", "UC", "UD"};

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void anUnknownLabelRunIntoTheLastPointOfTheListBeforeIsDoubtful() throws Exception {
        IntFunction<String> lists = label -> "Learning includes:\n- the family's move was not shared with the health"
                + " visitor\n- the father was not seen at any visit\n" + (label == 0 ? "Agreed follow-up:" : "Recommendations:")
                + "\n- check where a baby will sleep at every visit after a move";
        DigestLoader.Reading bad = read("follow-up.txt", text(i -> lists.apply(0)));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().recommendationCount()).isZero());
        assertThat(verdict(bad).quality()).isEqualTo("doubtful");
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).contains("items are or end in a label"));

        DigestLoader.Reading good = read("recommendations.txt", text(i -> lists.apply(1)));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().recommendationCount()).isEqualTo(1));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void anUnknownLabelReadAsAPointInsideEveryEntrysListIsDoubtful() throws Exception {
        IntFunction<String> lists = label -> "- **Learning**\n- the family's move was not shared with the health visitor\n"
                + "- the father was not seen at any visit\n- **" + (label == 0 ? "Agreed follow-up" : "Recommendations")
                + "**\n- check where a baby will sleep at every visit after a move\n- give safer sleep advice to fathers";
        DigestLoader.Reading bad = read("follow-up.md", markdown(i -> lists.apply(0)));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().recommendationCount()).isZero());
        assertThat(verdict(bad).notes()).contains(
                "4 of 4 entries have 'Agreed follow-up' as a point inside a list (a label read as a point?)");

        DigestLoader.Reading good = read("recommendations.md", markdown(i -> lists.apply(1)));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().recommendationCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void listsOfOneLongPointInMostEntriesAreDoubtful() throws Exception {
        IntFunction<String> lost = i -> "Learning includes:\n\nthe family's move was not shared with the health visitor"
                + " the father was not seen at any visit\n\nRecommendations include:\n\ncheck where a baby will sleep at"
                + " every visit after a move give safer sleep advice to fathers";
        DigestLoader.Reading bad = read("lost.txt", text(lost));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(1));
        assertThat(verdict(bad).notes()).contains(
                "8 of 8 item lists have one item, of 18 words on average (list items run together?)");

        DigestLoader.Reading good = read("kept.txt", text(i -> lost.apply(i)
                .replace("\n\nthe family", "\n\n- the family").replace(" the father", "\n- the father")
                .replace("\n\ncheck", "\n\n- check").replace(" give safer", "\n- give safer")));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    private static Verdict verdict(DigestLoader.Reading reading) {
        return DigestChecks.judge(reading.reviews(), reading.traces());
    }

    private DigestLoader.Reading read(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return loader.read(loader.parse(file), name, YearMonth.of(2026, 11));
    }

    private static String text(IntFunction<String> lists) {
        StringBuilder out = new StringBuilder("Case review digest – April 2026\n\nEvery child and family in this"
                + " digest is invented.\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            out.append("Child ").append(NAMES[i]).append(": Child safeguarding practice review\n\n")
                    .append("Sudden death of a 4-month-old girl in 2025 who slept on a sofa with her father. Child ")
                    .append(NAMES[i]).append(" is White British.\n\n").append(lists.apply(i)).append("\n\n")
                    .append("Read practice review (PDF): https://learning.nspcc.org.uk/media/test/")
                    .append(NAMES[i].toLowerCase()).append(".pdf\n\n");
        }
        return out.toString();
    }

    private static String markdown(IntFunction<String> lists) {
        StringBuilder out = new StringBuilder("# Case review digest – April 2026\n\nEvery child and family in this"
                + " digest is invented.\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            out.append("## Child ").append(NAMES[i]).append(": Child safeguarding practice review\n\n")
                    .append("Sudden death of a 4-month-old girl in 2025 who slept on a sofa with her father. Child ")
                    .append(NAMES[i]).append(" is White British.\n\n").append(lists.apply(i)).append("\n\n")
                    .append("[Read practice review (PDF)](https://learning.nspcc.org.uk/media/test/")
                    .append(NAMES[i].toLowerCase()).append(".pdf)\n\n");
        }
        return out.toString();
    }
}
