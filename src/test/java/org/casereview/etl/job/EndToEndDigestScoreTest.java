package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole digest pipeline on held-out invented digests, scored the way the acceptance check scores
 * a run ({@code score.py digests}): every batch under {@code digests-e2e/<batch>/} (its {@code input/}
 * digests and {@code truth/}) is run in process and must find every entry, with field accuracy and
 * item recall of at least 97%.
 */
class EndToEndDigestScoreTest {
    private static final double BAR = 0.97;

    @TempDir
    Path output;

    static Stream<String> batches() throws IOException, URISyntaxException {
        Path root = Path.of(EndToEndDigestScoreTest.class.getResource("/digests-e2e").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            List<String> names = dirs.filter(d -> Files.isDirectory(d.resolve("input")) && Files.isDirectory(d.resolve("truth")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).as("held-out batches").isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "batch {0}")
    @MethodSource("batches")
    void meetsTheAcceptanceBar(String batch) throws Exception {
        Path dir = Path.of(getClass().getResource("/digests-e2e/" + batch).toURI());
        int exit = CaseReviewEtl.execute("run", "--input", dir.resolve("input").toString(), "--output", output.toString(),
                "--month", "2026-11");
        assertThat(exit).isZero();

        DigestScore.Result score = DigestScore.score(output, dir.resolve("truth"));

        String report = score.summary() + "\n" + String.join("\n", score.misses());
        assertThat(score.entries()).as(report).isGreaterThanOrEqualTo(5);
        assertThat(score.found()).as(report).isEqualTo(score.entries());
        assertThat(score.fieldAccuracy()).as(report).isGreaterThanOrEqualTo(BAR);
        assertThat(score.itemRecall()).as(report).isGreaterThanOrEqualTo(BAR);
    }

    /** The scorer itself, against values printed by Python's difflib and score.py's rules. */
    @Nested
    class Scorer {
        @Test
        void ratioIsDifflibsWithoutAutojunk() {
            assertThat(SequenceRatio.ratio("the boy was seen", "the boys were seen")).isCloseTo(0.8235294, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(SequenceRatio.ratio("abcd", "bcda")).isEqualTo(0.75);
            assertThat(DigestScore.similar("unborn", "unborn baby")).isCloseTo(0.7058824, org.assertj.core.data.Offset.offset(1e-6));
        }

        @Test
        void textIsComparedWithoutCaseQuotesAndPunctuation() {
            assertThat(DigestScore.normText("Ensure that “Child A’s” plan is reviewed.")).isEqualTo("ensure that child a s plan is reviewed");
            assertThat(DigestScore.similar("Review the policy.", "review the policy")).isEqualTo(1.0);
        }

        @Test
        void fieldsFollowTheTruthNotation() {
            assertThat(DigestScore.fieldOk("harm_types", "neglect|neglect; other", "other; neglect")).isTrue();
            assertThat(DigestScore.fieldOk("harm_types", "neglect", "neglect; other")).isFalse();
            assertThat(DigestScore.fieldOk("age_years", "0.13", "0.14")).isTrue();
            assertThat(DigestScore.fieldOk("age_years", "0.13", "0.16")).isFalse();
            assertThat(DigestScore.fieldOk("incident_year", "2021|", "")).isTrue();
            assertThat(DigestScore.fieldOk("thematic", "false", "true")).isFalse();
            assertThat(DigestScore.fieldOk("digest_month", "*", "2026-11")).isNull();
            assertThat(DigestScore.fieldOk("area", "", "Anonymous")).isFalse();
        }

        @Test
        void itemsMatchOneToOneAtNinetyPercent() {
            assertThat(DigestScore.matchItems(List.of("train staff", "train staff"), List.of("Train staff."))).isEqualTo(1);
            assertThat(DigestScore.matchItems(List.of("professionals were too optimistic about mothers engagement"),
                    List.of("professionals were too optimistic about mothers engagement NSPCC Repository March 2019 Page 2 of 3")))
                    .isZero();
        }
    }
}
