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
 * The digest self-check survey of session 30 (issue 9.5): the groups of bad readings that still said {@code ok}, each
 * as an invented digest read badly and the same digest read well: a list's wrapped lines read as points, summaries cut
 * where a column's line ended, a learning list that goes on into the recommendations (their label not read), a label
 * inside a point after its sentence, and text of a table run on after every summary; and of session 31: a list's bullets
 * read into the summaries (columns read across), learning missing from most entries (its label not read, its list
 * dropped after the entry's link), the digest's dated heading read as an entry, and page numbers run into the titles. The evidence is what was read, never the score. Every child and family here is invented.
 */
class ReadingBreakSelfCheckTest {

    private static final String[] NAMES = {"WA", "WB", "WC", "WD"};
    private static final String SUMMARY = "Sudden death of a 4-month-old girl in 2025 who slept on a sofa with her"
            + " father. Child %s is White British.";

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void wrappedLinesReadAsPointsAreDoubtful() throws Exception {
        String lists = "Learning includes:\n- the mother's depression was not shared with the\n- health visitor\n"
                + "- safer sleep advice did not mention sofas\nRecommendations include:\n- give safer sleep advice"
                + " that covers sofas and\n- armchairs";
        DigestLoader.Reading bad = read("wrapped.txt", text(SUMMARY, i -> lists));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(3));
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).startsWith("8 of 20 points read as the wrapped"
                + " line of the point before"));

        DigestLoader.Reading good = read("whole.txt", text(SUMMARY, i -> lists.replace(" the\n- health", " the health")
                .replace(" and\n- armchairs", " and armchairs")));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void summariesCutWhereAColumnsLineEndedAreDoubtful() throws Exception {
        String lists = "Learning includes:\n- the father's drinking was not asked about\n- safer sleep advice was"
                + " given once\nRecommendations include:\n- ask about alcohol at every health visitor contact";
        DigestLoader.Reading bad = read("across.txt", text("Sudden death of a 4-month-old girl in 2025 who slept on a"
                + " sofa. Her father, aged 30, had been drinking and the", i -> lists));

        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).startsWith("4 of 4 summaries end mid-phrase"));
        assertThat(verdict(read("down.txt", text(SUMMARY, i -> lists))).quality()).isEqualTo("ok");
    }

    @Test
    void aLearningListThatGoesOnIntoActionsIsDoubtful() throws Exception {
        IntFunction<String> lists = label -> "Learning includes:\n- the father's drinking was not asked about\n"
                + "- safer sleep advice was given only once\n" + (label == 0 ? "" : "Recommendations include:\n")
                + "- ask about alcohol at every health visitor contact\n- midwives to repeat safer sleep advice before"
                + " the birth";
        DigestLoader.Reading bad = read("no-label.txt", text(SUMMARY, i -> lists.apply(0)));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(4));
        assertThat(verdict(bad).notes()).contains("4 of 4 learning lists end in points phrased as actions after findings"
                + " (the recommendations' label not read?)");

        DigestLoader.Reading good = read("label.txt", text(SUMMARY, i -> lists.apply(1)));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().recommendationCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void aLabelInsideAPointAfterItsSentenceIsDoubtful() throws Exception {
        IntFunction<String> lists = label -> "Learning themes include:\n- the role of fathers in safer sleep"
                + (label == 0 ? ". Agreed follow-up: " : "\nRecommendations include:\n- ")
                + "use a safer sleep assessment at every contact\n- include alcohol in safer sleep messages";
        DigestLoader.Reading bad = read("inside.txt", text(SUMMARY, i -> i % 2 == 0 ? lists.apply(0) : lists.apply(1)));

        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).startsWith("2 items are or end in a label"));
        assertThat(verdict(read("apart.txt", text(SUMMARY, i -> lists.apply(1)))).quality()).isEqualTo("ok");
    }

    @Test
    void aTablesCellsRunOnAfterEverySummaryAreDoubtful() throws Exception {
        String lists = "Learning includes:\n- the father's drinking was not asked about\n- safer sleep advice was"
                + " given once";
        DigestLoader.Reading bad = read("cells.txt", text(SUMMARY + " Sex Female", i -> lists));

        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).startsWith("no summary of 4 ends a sentence"));
        assertThat(verdict(read("prose.txt", text(SUMMARY, i -> lists))).quality()).isEqualTo("ok");
    }

    @Test
    void bulletsReadIntoTheSummariesAreDoubtful() throws Exception {
        String lists = "Learning includes:\n- the father's drinking was not asked about\n- safer sleep advice was"
                + " given once";
        DigestLoader.Reading bad = read("across-bullets.txt", text("Sudden death of a 4-month-old girl in 2025 who"
                + " slept \u2022 ask about alcohol at every contact on a sofa with her father. Child %s is White British.",
                i -> lists));

        assertThat(verdict(bad).notes()).contains("4 of 4 summaries hold a list's bullets between words (a list read"
                + " into the summary: columns read across?)");
        assertThat(verdict(read("down-bullets.txt", text(SUMMARY, i -> lists))).quality()).isEqualTo("ok");
    }

    @Test
    void learningMissingFromMostEntriesIsDoubtful() throws Exception {
        IntFunction<String> lists = label -> "Read practice review (PDF): https://learning.nspcc.org.uk/media/test/x.pdf"
                + "\n\n" + (label == 0 ? "Points to take away:" : "Learning includes:") + "\n\u25b6 the father's"
                + " drinking was not asked about\n\u25b6 safer sleep advice was given once\n\nRecommendations include:"
                + "\n\u25b6 ask about alcohol at every health visitor contact";
        DigestLoader.Reading bad = read("unknown-label.txt", text(SUMMARY, i -> lists.apply(0)));

        assertThat(bad.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isZero());
        assertThat(verdict(bad).notes()).contains("0 of 4 entries have a learning point, though others have points of"
                + " other kinds (the learning's label not read?)");

        DigestLoader.Reading good = read("known-label.txt", text(SUMMARY, i -> lists.apply(1)));
        assertThat(good.reviews()).hasSize(4).allSatisfy(r -> assertThat(r.row().learningCount()).isEqualTo(2));
        assertThat(verdict(good).quality()).isEqualTo("ok");
    }

    @Test
    void theDigestsDatedHeadingReadAsAnEntryIsDoubtful() throws Exception {
        String lists = "Learning includes:\n- the father's drinking was not asked about\n- safer sleep advice was"
                + " given once";
        String well = text(SUMMARY, i -> lists);
        DigestLoader.Reading bad = read("heading-entry.txt", well.replace("Every child and family in this digest is"
                + " invented.", "Learning includes:\n- four case reviews were published this month\n- every child and"
                + " family in this digest is invented"));

        assertThat(bad.reviews()).extracting(r -> r.row().title()).first().isEqualTo("Case review digest \u2013 May 2026");
        assertThat(verdict(bad).notes()).anySatisfy(n -> assertThat(n).startsWith("an entry is titled with a date and no"
                + " child ('Case review digest \u2013 May 2026'"));
        assertThat(verdict(read("heading.txt", well)).quality()).isEqualTo("ok");
    }

    @Test
    void pageNumbersRunIntoTheTitlesAreDoubtful() throws Exception {
        String lists = "Learning includes:\n- the father's drinking was not asked about\n- safer sleep advice was"
                + " given once";
        String well = text(SUMMARY, i -> lists);
        String bad = well;
        for (int i = 0; i < NAMES.length; i++) {
            bad = bad.replace("Child " + NAMES[i] + ": Child safeguarding practice review\n",
                    "Child " + NAMES[i] + ": Child safeguarding practice review " + (i + 2) + "\n");
        }

        assertThat(verdict(read("numbered-titles.txt", bad)).notes()).contains("4 of 4 titles end in a number counting"
                + " up (page numbers run into the titles?)");
        assertThat(verdict(read("titles.txt", well)).quality()).isEqualTo("ok");
    }

    private static Verdict verdict(DigestLoader.Reading reading) {
        return DigestChecks.judge(reading.reviews(), reading.traces());
    }

    private DigestLoader.Reading read(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return loader.read(loader.parse(file), name, YearMonth.of(2026, 11));
    }

    private static String text(String summary, IntFunction<String> lists) {
        StringBuilder out = new StringBuilder("Case review digest \u2013 May 2026\n\nEvery child and family in this"
                + " digest is invented.\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            out.append("Child ").append(NAMES[i]).append(": Child safeguarding practice review\n\n")
                    .append(summary.formatted(NAMES[i])).append("\n\n").append(lists.apply(i)).append("\n\n")
                    .append("Read practice review (PDF): https://learning.nspcc.org.uk/media/test/")
                    .append(NAMES[i].toLowerCase()).append(".pdf\n\n");
        }
        return out.toString();
    }
}
