package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.guard.Mutations;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: the digest grammar and the normaliser take any text, random or a real digest
 * mutated line by line, and give a parse (entries and problems) within the document deadline;
 * never an exception, never a time-out. Seeded: a failure names its seed.
 */
class DigestGrammarPropertyTest {

    private static final int CASES = 100;
    private static final DocumentGuard GUARD = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofSeconds(20)));

    private static final DigestParser PARSER = new DigestParser();
    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();
    private static final List<String> DIGESTS = new ArrayList<>();

    @BeforeAll
    static void readRealDigests() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("input/seed-2021-11.txt"), Path.of("input/invented-2026-10.md")));
        Path corpus = Path.of("../shared/corpus/digests");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> listing = Files.list(corpus)) {
                listing.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            DIGESTS.add(Files.readString(file));
        }
    }

    @Test
    void randomTextParsesIntoEntriesAndProblemsOnly() {
        for (int seed = 0; seed < CASES; seed++) {
            String text = Mutations.randomText(new Random(seed), 400);
            assertParsesAndNormalises(text, "random seed " + seed);
        }
    }

    @Test
    void mutatedDigestsParseIntoEntriesAndProblemsOnly() {
        int parsedWithEntries = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            String text = Mutations.mutateLines(random, DIGESTS.get(seed % DIGESTS.size()));
            parsedWithEntries += assertParsesAndNormalises(text, "mutation seed " + seed).entries().isEmpty() ? 0 : 1;
        }
        // the mutations leave most digests recognisable: the property is not met by parsing nothing
        assertThat(parsedWithEntries).isGreaterThan(CASES / 2);
    }

    private static ParsedDigest assertParsesAndNormalises(String text, String label) {
        DocumentOutcome<ParsedDigest> outcome = GUARD.run(label, () -> {
            ParsedDigest parsed = PARSER.parse(text);
            for (DigestEntry entry : parsed.entries()) {
                NORMALISER.normalise(ReviewText.of(entry));
            }
            return parsed;
        });
        assertThat(outcome).as(label).isInstanceOf(DocumentOutcome.Done.class);
        return ((DocumentOutcome.Done<ParsedDigest>) outcome).value();
    }
}
