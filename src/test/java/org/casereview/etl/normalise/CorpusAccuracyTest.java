package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Test;

/**
 * Measures the normaliser on the shared corpus digests against truth.tsv, field by field.
 * Skipped when the corpus is not on this machine (it lives outside the repository).
 */
class CorpusAccuracyTest {
    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir",
            Files.isDirectory(Path.of("../shared/corpus")) ? "../shared/corpus" : "/work/shared/corpus"));
    private static final Set<String> LIST_FIELDS = Set.of("harm_types", "risk_factors", "child_context");

    private static final Map<String, Function<ReviewFacts, String>> FIELDS = new java.util.LinkedHashMap<>();

    static {
        FIELDS.put("review_type", ReviewFacts::reviewType);
        FIELDS.put("thematic", f -> String.valueOf(f.thematic()));
        FIELDS.put("document_type", ReviewFacts::documentType);
        FIELDS.put("outcome", ReviewFacts::outcome);
        FIELDS.put("incident_year", f -> f.incidentYear() == null ? "" : f.incidentYear().toString());
        FIELDS.put("age_text", f -> f.ageText() == null ? "" : f.ageText());
        FIELDS.put("age_years", f -> f.ageYears() == null ? "" : f.ageYears().toPlainString());
        FIELDS.put("age_band", ReviewFacts::ageBand);
        FIELDS.put("sex", ReviewFacts::sex);
        FIELDS.put("n_children", f -> String.valueOf(f.nChildren()));
        FIELDS.put("ethnicity", ReviewFacts::ethnicity);
        FIELDS.put("harm_types", f -> String.join("; ", f.harmTypes()));
        FIELDS.put("risk_factors", f -> String.join("; ", f.riskFactors()));
        FIELDS.put("child_context", f -> String.join("; ", f.childContext()));
    }

    @Test
    void normalisedFieldsMatchTheCorpusTruth() throws IOException {
        Path truthFile = CORPUS.resolve("truth/digests/truth.tsv");
        assumeTrue(Files.exists(truthFile), "corpus not available");
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
            for (Map.Entry<String, Function<ReviewFacts, String>> field : FIELDS.entrySet()) {
                String want = cell.apply(field.getKey());
                if (want.equals("*")) {
                    continue;
                }
                scored++;
                String got = field.getValue().apply(facts);
                if (matches(field.getKey(), want, got)) {
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

    private static boolean matches(String field, String want, String got) {
        for (String alternative : want.split("\\|", -1)) {
            if (LIST_FIELDS.contains(field) ? codes(alternative).equals(codes(got)) : same(field, alternative, got)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String field, String want, String got) {
        if (field.equals("age_years") && !want.isEmpty() && !got.isEmpty()) {
            return new BigDecimal(want).subtract(new BigDecimal(got)).abs().compareTo(new BigDecimal("0.02")) <= 0;
        }
        return normalised(want).equals(normalised(got));
    }

    private static String normalised(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]+", " ").strip();
    }

    private static Set<String> codes(String value) {
        return Arrays.stream(value.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
