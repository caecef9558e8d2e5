package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.casereview.etl.SharedCorpus;
import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Measures the normaliser on the shared corpus digests against truth.tsv, field by field.
 * Needs the shared corpus ({@link SharedCorpus}).
 */
class CorpusAccuracyTest {
    private static final Path CORPUS = SharedCorpus.resolve("corpus");

    @Test
    void normalisedFieldsMatchTheCorpusTruth() throws IOException {
        Path truthFile = CORPUS.resolve("truth/digests/truth.tsv");
        SharedCorpus.require(Files.exists(truthFile), truthFile + " is missing");
        ReviewNormaliser normaliser = ReviewNormaliser.withDefaultVocabulary();
        List<String> lines = Files.readAllLines(truthFile, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        Map<String, List<CorpusDigestSplitter.Entry>> digests = new HashMap<>();
        int scored = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Function<String, String> cell = name -> cells[header.indexOf(name)];
            List<CorpusDigestSplitter.Entry> entries = digests.computeIfAbsent(cell.apply("file"), this::split);
            CorpusDigestSplitter.Entry entry = entries.get(Integer.parseInt(cell.apply("entry_no")) - 1);
            ReviewFacts facts = normaliser.normalise(reviewText(entry, cell.apply("title"), cell.apply("child_name")));
            if (Boolean.getBoolean("normalise.verbose")) {
                System.out.println(cell.apply("file") + "#" + cell.apply("entry_no") + " " + facts.evidence());
            }
            for (Map.Entry<String, Function<ReviewFacts, String>> field : ExpectedFields.fields().entrySet()) {
                String want = cell.apply(field.getKey());
                if (want.equals("*")) {
                    continue;
                }
                scored++;
                String got = field.getValue().apply(facts);
                if (ExpectedFields.matches(field.getKey(), want, got)) {
                    right++;
                } else {
                    misses.add(cell.apply("file") + "#" + cell.apply("entry_no") + " " + field.getKey()
                            + ": want [" + want + "] got [" + got + "]");
                }
            }
        }
        double accuracy = 100.0 * right / scored;
        misses.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "normaliser field accuracy: %d/%d = %.1f%%%n", right, scored, accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(98.0);
    }

    private List<CorpusDigestSplitter.Entry> split(String file) {
        try {
            return CorpusDigestSplitter.split(CORPUS.resolve("digests").resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ReviewText reviewText(CorpusDigestSplitter.Entry entry, String title, String childName) {
        return new ReviewText(title, childName.isEmpty() ? null : childName, entry.summary(),
                entry.section("Learning") != null ? entry.section("Learning") : entry.section("Key issues"),
                entry.section("Recommendations"), entry.section("Identifies good practice"),
                entry.section("Background"), entry.section("Keywords"), entry.linkText(), null);
    }
}
