package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.casereview.etl.document.CodeEvidence;
import org.junit.jupiter.api.Test;

/**
 * A code list's patterns tried through the index of their pairs (the items' themes) find what Matcher.find finds: the
 * same first match, for every pattern of the vocabulary's lists and for patterns of every shape PhraseStarts reads.
 */
class PhrasePairIndexTest {

    @Test
    void everyVocabularyPatternFindsThroughTheIndexWhatFindFinds() throws Exception {
        Vocabulary vocabulary = Vocabulary.standard();
        List<String> texts = new ArrayList<>(edgeCases());
        for (String folder : List.of("input", "digests", "reports")) {
            texts.addAll(column(Path.of("src/test/resources/golden", folder, "items.csv"), "text"));
        }
        int indexed = 0;
        int matches = 0;
        for (String list : List.of("themes", "harm_types", "risk_factors", "child_context")) {
            List<Pattern> patterns = vocabulary.codeRules(list).stream().flatMap(r -> r.patterns().stream()).toList();
            List<PhraseStarts> starts = patterns.stream().map(PhraseStarts::of).toList();
            PhrasePairIndex index = PhrasePairIndex.of(starts);
            if (patterns.size() > PhrasePairIndex.MOST) {
                assertThat(index).as(list).isNull();
                continue;
            }
            indexed++;
            for (String text : texts) {
                matches += sameAsFind(patterns, starts, index, text);
            }
        }
        assertThat(indexed).isGreaterThanOrEqualTo(1); // the themes
        assertThat(matches).isGreaterThan(500);
    }

    @Test
    void patternsOfEveryShapeFindThroughTheIndexWhatFindFindsInRandomTexts() {
        List<Pattern> patterns = List.of(
                PhrasePatterns.anyOf(List.of("child neglect", "children's services", "chil?d protection")), // prefixes
                PhrasePatterns.anyOf(List.of("(?:very )?big dog", "Ox+en", "an{0,2}t")), // pairs, short prefixes
                PhrasePatterns.anyOf(List.of("[1-9] year old", "(?-i:Prevent) referrals", "child's room")), // classes
                PhrasePatterns.anyOf(List.of("\\w+'s voice", "voice of the child")), // others beside pairs
                PhrasePatterns.anyOf(List.of("(?:a)?")), // any start
                PhrasePatterns.anyOf(List.of("x", "an")), // shorter than a pair
                Pattern.compile("(?<![\\w-])(?:Big|CAT)"), // case-sensitive
                Pattern.compile("cat"), // not read at all
                PhrasePatterns.anyOf(List.of("big")), PhrasePatterns.anyOf(List.of("oxen", "ox")));
        List<PhraseStarts> starts = patterns.stream().map(PhraseStarts::of).toList();
        PhrasePairIndex index = PhrasePairIndex.of(starts);
        assertThat(index).isNotNull();
        List<String> words = List.of("child", "neglect", "children's", "children\u2019s", "services", "chid", "protection",
                "very", "big", "BIG", "Big", "dog", "oxxen", "OXEN", "oen", "ant", "at", "annnt", "3", "year", "old",
                "Prevent", "prevent", "referrals", "voice", "Sam's", "of", "the", "a", "x", "an", "cat", "CAT", "-", "_",
                "\u0130", "\ud83d\ude00", "oxen", "ox", ".", "\n", "\u00a0");
        Random random = new Random(40);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w > 0; w--) {
                text.append(words.get(random.nextInt(words.size())));
                text.append(random.nextInt(4) == 0 ? "" : random.nextInt(5) == 0 ? "-" : " ");
            }
            matches += sameAsFind(patterns, starts, index, text.toString());
        }
        assertThat(matches).isGreaterThan(20_000);
    }

    @Test
    void morePatternsThanTheIndexHoldsGiveNoIndex() {
        PhraseStarts one = PhraseStarts.of(PhrasePatterns.anyOf(List.of("child neglect")));
        assertThat(PhrasePairIndex.of(Collections.nCopies(PhrasePairIndex.MOST, one))).isNotNull();
        assertThat(PhrasePairIndex.of(Collections.nCopies(PhrasePairIndex.MOST + 1, one))).isNull();
    }

    @Test
    void anItemsThemesAreTheFirstPhraseOfEachCodeInVocabularyOrder() {
        ReviewNormaliser normaliser = ReviewNormaliser.withDefaultVocabulary();
        List<CodeEvidence> themes = normaliser.themes(
                "Information was not shared between agencies, and the voice of the child was not heard; "
                        + "information sharing must improve.");
        assertThat(themes).extracting(CodeEvidence::code)
                .containsExactly("child_lived_experience", "information_sharing", "multi_agency_working");
        assertThat(themes).filteredOn(c -> c.code().equals("information_sharing")).extracting(CodeEvidence::evidence)
                .containsExactly("Information was not shared");
    }

    /** Asserts each pattern's match through the index is find's; returns how many patterns matched. */
    private static int sameAsFind(List<Pattern> patterns, List<PhraseStarts> starts, PhrasePairIndex index, String text) {
        PhrasePairIndex.Lookup lookup = index.lookup(PhraseStarts.WordStarts.of(text));
        int matched = 0;
        for (int slot = 0; slot < patterns.size(); slot++) {
            Matcher expected = patterns.get(slot).matcher(text);
            Matcher got = starts.get(slot).find(lookup, slot);
            if (expected.find()) {
                matched++;
                assertThat(got).as("%s in %s", patterns.get(slot), text).isNotNull();
                assertThat(new int[] {got.start(), got.end()}).as("%s in %s", patterns.get(slot), text)
                        .containsExactly(expected.start(), expected.end());
            } else {
                assertThat(got).as("%s in %s", patterns.get(slot), text).isNull();
            }
        }
        return matched;
    }

    private static List<String> edgeCases() {
        return List.of("", " ", "-", "Information was not shared.", "INFORMATION SHARING", "information-sharing",
                "re-information sharing", "the child's voice", "the child\u2019s voice", "FGM and SEND", "fgm",
                "multi-agency working", "multi\u2010agency", "e-safety online", "safer sleep\nadvice", "co-sleeping",
                "\ud83d\ude00 domestic abuse", "domestic\u00a0abuse", "x-domestic abuse", "_domestic abuse", "a", "ab");
    }

    private static List<String> column(Path csv, String name) throws IOException, CsvValidationException {
        List<String> values = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv); CSVReader rows = new CSVReader(reader)) {
            String[] header = rows.readNext();
            int index = -1;
            for (int i = 0; i < header.length; i++) {
                if (header[i].replace("\ufeff", "").equals(name)) {
                    index = i;
                }
            }
            String[] row;
            while ((row = rows.readNext()) != null) {
                values.add(row[index]);
            }
        }
        return values;
    }
}
