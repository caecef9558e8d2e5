package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job reads the operator's vocabulary file named by the Spring property casereview.vocabulary. */
class OperatorVocabularyRunTest {

    private static final String DIGEST = """
            Case reviews - November 2021

            1. Child W: serious case review

            Neglect of a 3-year-old girl in 2020. She lived with her mother and two older brothers.

            Takeaways: agencies did not share information; the nursery's concerns were not followed up.

            Recommendations include: a shared record of concerns.
            """;

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Vocabulary.PROPERTY);
    }

    private int run(Path words) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("digest-2021-11.txt"), DIGEST);
        System.setProperty(Vocabulary.PROPERTY, words.toString());
        return CaseReviewEtl.execute("run", "--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--month", "2021-11");
    }

    @Test
    void aLabelOfTheOperatorFileOpensASectionInTheOutputs() throws IOException {
        Path words = Files.writeString(dir.resolve("words.yml"), """
                digest-labels:
                  labels:
                    learning: ['Takeaways']
                """);
        assertThat(run(words)).isZero();
        List<Map<String, String>> sections = CsvFiles.read(dir.resolve("out/sections.csv"));
        assertThat(sections).extracting(s -> s.get("section_type"), s -> s.get("heading"))
                .contains(org.assertj.core.groups.Tuple.tuple("learning", "Takeaways"));
        assertThat(CsvFiles.read(dir.resolve("out/reviews.csv")).get(0)).containsEntry("learning_count", "2");
    }

    @Test
    void aBadOperatorFileStopsTheRunWithItsLine() throws IOException {
        Path words = Files.writeString(dir.resolve("words.yml"), """
                digest-labels:
                  labels:
                    lessons: ['Takeaways']
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = run(words);
        } finally {
            System.setErr(original);
        }
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("vocabulary file " + words
                + ", line 3: unknown list name 'lessons' in digest-labels.labels");
    }
}
