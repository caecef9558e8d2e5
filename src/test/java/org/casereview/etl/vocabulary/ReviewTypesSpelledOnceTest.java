package org.casereview.etl.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The review_type codes are spelled in review-types.yml only, so they cannot drift apart again. */
class ReviewTypesSpelledOnceTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path REVIEW_TYPES = MAIN.resolve("resources/vocabulary/review-types.yml");

    @Test
    void noOtherMainFileSpellsAReviewTypeCode() throws IOException {
        List<String> codes = ((List<?>) Vocabulary.bundled().value("review-types", "review_types")).stream()
                .map(entry -> ((Map<?, ?>) entry).get("code").toString())
                .filter(code -> code.contains("_")) // "other" is an ordinary word
                .toList();
        assertThat(codes).contains("serious_case_review", "child_safeguarding_practice_review", "learning_review");
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> offenders = files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(REVIEW_TYPES))
                    .flatMap(file -> codes.stream().filter(code -> read(file).contains(code)).map(code -> file + ": " + code))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void eachCodeHasOneEntry() {
        List<?> entries = (List<?>) Vocabulary.bundled().value("review-types", "review_types");
        assertThat(entries.stream().map(e -> ((Map<?, ?>) e).get("code")).distinct()).hasSameSizeAs(entries);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
