package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generalisation check: invented digest entries nobody tuned the vocabulary on
 * ({@code normalise/unseen-entries.txt}), scored field by field like the corpus truth.
 */
class UnseenEntriesTest {
    private static final String RESOURCE = "/normalise/unseen-entries.txt";
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();
    /** What an entry expects for a field it does not list. */
    private static final Map<String, String> DEFAULTS = Map.of("thematic", "false", "n_children", "1",
            "ethnicity", "not_stated", "age_band", "unknown");

    record Entry(String id, Map<String, String> keys) {
        String get(String key) {
            return keys.get(key);
        }

        String expected(String field) {
            return keys.getOrDefault(field, DEFAULTS.getOrDefault(field, ""));
        }

        ReviewText text() {
            return new ReviewText(get("title"), get("child_name"), get("summary"), get("learning"), null, null,
                    get("background"), get("keywords"), get("link"), null);
        }

        @Override
        public String toString() {
            return id + " " + get("title");
        }
    }

    record Miss(String entry, String field, String want, String got) {
        @Override
        public String toString() {
            return entry + " " + field + ": want [" + want + "] got [" + got + "]";
        }
    }

    static List<Entry> entries() {
        try (InputStream in = UnseenEntriesTest.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String id = null;
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            if (line.startsWith("## ")) {
                if (id != null) {
                    entries.add(new Entry(id, keys));
                }
                id = line.substring(3).strip();
                keys = new LinkedHashMap<>();
            } else if (id != null && !line.isBlank() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                keys.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        if (id != null) {
            entries.add(new Entry(id, keys));
        }
        return entries;
    }

    private static List<Miss> misses(Entry entry, ReviewFacts facts) {
        List<Miss> misses = new ArrayList<>();
        for (Map.Entry<String, Function<ReviewFacts, String>> field : ExpectedFields.fields().entrySet()) {
            String want = entry.expected(field.getKey());
            String got = field.getValue().apply(facts);
            if (!want.equals(ExpectedFields.NOT_SCORED) && !ExpectedFields.matches(field.getKey(), want, got)) {
                misses.add(new Miss(entry.id(), field.getKey(), want, got));
            }
        }
        return misses;
    }

    private static int scoredFields(Entry entry) {
        return (int) ExpectedFields.fields().keySet().stream()
                .filter(field -> !entry.expected(field).equals(ExpectedFields.NOT_SCORED)).count();
    }

    @Test
    void theDataFileHoldsEnoughEntriesWithTheRequiredFields() {
        List<Entry> entries = entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.keys())
                .containsKeys("title", "summary", "review_type", "document_type", "outcome", "sex"));
        assertThat(entries.stream().map(Entry::id).distinct()).hasSameSizeAs(entries);
    }

    @Test
    void fieldAccuracyOnUnseenEntriesIsAtLeast97Percent() {
        int scored = 0;
        List<Miss> misses = new ArrayList<>();
        for (Entry entry : entries()) {
            scored += scoredFields(entry);
            misses.addAll(misses(entry, NORMALISER.normalise(entry.text())));
        }
        double accuracy = 100.0 * (scored - misses.size()) / scored;
        misses.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "unseen entries field accuracy: %d/%d = %.1f%%%n",
                scored - misses.size(), scored, accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(97.0);
    }

    @Nested
    class EachEntry {
        static Stream<Entry> allEntries() {
            return entries().stream();
        }

        /** No single entry may be badly wrong, even when the overall score is high. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("allEntries")
        void hasAtMostOneFieldWrong(Entry entry) {
            assertThat(misses(entry, NORMALISER.normalise(entry.text()))).hasSizeLessThanOrEqualTo(1);
        }
    }
}
