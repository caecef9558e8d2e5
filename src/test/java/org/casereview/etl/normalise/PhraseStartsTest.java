package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.junit.jupiter.api.Test;

/** PhraseStarts finds the same first match as Matcher.find, for every code-list pattern of the vocabulary. */
class PhraseStartsTest {

    private static final List<String> LISTS = List.of("themes", "harm_types", "risk_factors", "child_context");

    @Test
    void everyPatternFindsWhatFindFindsInTheGoldenTextsAndEdgeCases() throws Exception {
        Vocabulary vocabulary = Vocabulary.standard();
        List<String> texts = new ArrayList<>(edgeCases());
        for (String folder : List.of("input", "digests", "reports")) {
            texts.addAll(column(Path.of("src/test/resources/golden", folder, "items.csv"), "text"));
            texts.addAll(column(Path.of("src/test/resources/golden", folder, "sections.csv"), "text"));
        }
        int patterns = 0;
        int matches = 0;
        for (String list : LISTS) {
            for (CodeRule rule : vocabulary.codeRules(list)) {
                for (Pattern pattern : rule.patterns()) {
                    patterns++;
                    PhraseStarts starts = PhraseStarts.of(pattern);
                    for (String text : texts) {
                        Matcher expected = pattern.matcher(text);
                        Matcher got = starts.find(text);
                        if (expected.find()) {
                            matches++;
                            assertThat(got).as("%s in %s", pattern, text).isNotNull();
                            assertThat(new int[] {got.start(), got.end()}).as("%s in %s", pattern, text)
                                    .containsExactly(expected.start(), expected.end());
                        } else {
                            assertThat(got).as("%s in %s", pattern, text).isNull();
                        }
                    }
                }
            }
        }
        assertThat(patterns).isGreaterThan(60);
        assertThat(matches).isGreaterThan(1000);
    }

    /** A whole report's text is read by every pattern of the harm, risk and context lists (firstAffirmed). */
    @Test
    void everyMatchInOrderIsWhatFindGivesAgainAndAgainInWholeTexts() throws Exception {
        Vocabulary vocabulary = Vocabulary.standard();
        List<String> texts = new ArrayList<>(edgeCases());
        for (String folder : List.of("input", "digests", "reports")) {
            List<String> sections = column(Path.of("src/test/resources/golden", folder, "sections.csv"), "text");
            texts.addAll(sections);
            texts.add(String.join("\n\n", sections)); // a month of sections as one text: many matches each
        }
        texts.add(String.join(" ", edgeCases()));
        int matches = 0;
        for (String list : LISTS) {
            for (CodeRule rule : vocabulary.codeRules(list)) {
                for (Pattern pattern : rule.patterns()) {
                    PhraseStarts starts = PhraseStarts.of(pattern);
                    for (String text : texts) {
                        List<String> expected = new ArrayList<>();
                        Matcher find = pattern.matcher(text);
                        while (find.find()) {
                            expected.add(find.start() + "-" + find.end() + " " + find.group());
                        }
                        List<String> got = new ArrayList<>();
                        PhraseStarts.Matches each = starts.matches(PhraseStarts.WordStarts.of(text));
                        for (Matcher m = each.next(); m != null; m = each.next()) {
                            got.add(m.start() + "-" + m.end() + " " + m.group());
                        }
                        assertThat(got).as("%s in %s", pattern, text).isEqualTo(expected);
                        matches += expected.size();
                    }
                }
            }
        }
        assertThat(matches).isGreaterThan(3000); // 3,298 today
    }

    @Test
    void mostThemePatternsAreTriedOnlyWhereOneOfTheirPhrasesCanStart() {
        List<CodeRule> themes = Vocabulary.standard().codeRules("themes");
        long narrowed = themes.stream().flatMap(r -> r.patterns().stream()).filter(p -> PhraseStarts.of(p).narrowed()).count();
        assertThat(narrowed).isGreaterThanOrEqualTo(themes.size() - 2);
    }

    @Test
    void optionalGroupsLookAroundsAndEscapesKeepEveryPossibleStart() {
        Pattern pattern = PhrasePatterns.anyOf(List.of("(?:very )?(?<!little\\s)big\\b dog", "\\.net", "(?:x)*cat",
                "an{0,2}t"));
        PhraseStarts starts = PhraseStarts.of(pattern);
        assertThat(starts.narrowed()).isTrue();
        for (String text : List.of("a Big dog", "a very big dog", "a little big dog", ".NET", "xxcat", "CAT", "at", "ant",
                "a-cat", "cat-", "the_cat", "\u00e9cat", "\ud83d\ude00cat")) {
            Matcher expected = pattern.matcher(text);
            Matcher got = starts.find(text);
            assertThat(got == null ? -1 : got.start()).as(text).isEqualTo(expected.find() ? expected.start() : -1);
        }
        assertThat(PhraseStarts.of(PhrasePatterns.anyOf(List.of("\\w+'s voice"))).narrowed()).isFalse();
        assertThat(PhraseStarts.of(PhrasePatterns.anyOf(List.of("(?:a)?"))).narrowed()).isFalse();
        assertThat(PhraseStarts.of(Pattern.compile("cat")).narrowed()).isFalse();
    }

    /**
     * Session 29: three code-list patterns were searched at every character of a whole report (a month of reports
     * without a digest: a third of the normalising's time) because one of their phrases opens with a class ("[1-9] year
     * old care leavers"), a case group ("(?-i:Prevent) referrals") or what cannot be read ("'s imprisonment" after a
     * look-behind, "\\w+"). Classes and case groups are read now; a phrase that still cannot be is searched on its own.
     */
    @Test
    void everyCodeListPatternOfAWholeReportIsTriedOnlyWhereOneOfItsPhrasesCanStart() {
        for (String list : List.of("harm_types", "risk_factors", "child_context")) {
            for (CodeRule rule : Vocabulary.standard().codeRules(list)) {
                for (Pattern pattern : rule.patterns()) {
                    assertThat(PhraseStarts.of(pattern).narrowed()).as(pattern.pattern()).isTrue();
                }
            }
        }
        Pattern split = PhrasePatterns.anyOf(List.of("child neglect", "(?<='s )(?:\\w+ )?imprisonment", "\\w+ prison"));
        PhraseStarts starts = PhraseStarts.of(split);
        assertThat(starts.narrowed()).isTrue();
        for (String text : List.of("the father's imprisonment", "father’s long imprisonment and child neglect",
                "imprisonment", "his imprisonment; the father's imprisonment", "a child neglect", "the open prison",
                "prison", "x's  imprisonment", "child neglect in the father's imprisonment")) {
            List<String> expected = new ArrayList<>();
            Matcher find = split.matcher(text);
            while (find.find()) {
                expected.add(find.start() + "-" + find.end());
            }
            List<String> got = new ArrayList<>();
            PhraseStarts.Matches each = starts.matches(PhraseStarts.WordStarts.of(text));
            for (Matcher m = each.next(); m != null; m = each.next()) {
                got.add(m.start() + "-" + m.end());
            }
            assertThat(got).as(text).isEqualTo(expected);
            Matcher first = starts.find(text);
            assertThat(first == null ? "none" : first.start() + "-" + first.end()).as(text)
                    .isEqualTo(expected.isEmpty() ? "none" : expected.get(0));
        }
    }

    @Test
    void aClassIsReadOnlyWhenEveryCharacterItMatchesIsWrittenInIt() {
        assertThat(RegexAtoms.chars("[a-c\\-x]", 0, 8)).containsExactlyInAnyOrder('a', 'b', 'c', '-', 'x');
        assertThat(RegexAtoms.chars("[['’]s]", 0, 7)).containsExactlyInAnyOrder('\'', '’', 's');
        assertThat(RegexAtoms.chars("[\\s\\d]", 0, 6)).contains(' ', '\n', '0', '9').hasSize(16);
        assertThat(RegexAtoms.chars("\\d", 0, 2)).hasSize(10);
        assertThat(RegexAtoms.chars("[a-]", 0, 4)).containsExactlyInAnyOrder('a', '-');
        for (String unread : List.of("[^a]", "[a&&b]", "[\\w]", "[\\p{L}]", "[\\u2019]", "[\u0000-\uffff]", "[]a]")) {
            assertThat(RegexAtoms.chars(unread, 0, unread.length())).as(unread).isNull();
        }
        assertThat(RegexAtoms.chars("\\w", 0, 2)).isNull();
    }

    @Test
    void pairsAreTheFirstTwoCharactersOfEveryPhraseOrNoneWhenTheyCannotBeTold() {
        int after = "(?<![\\w-])".length();
        Pattern pattern = PhrasePatterns.anyOf(List.of("(?:very )?(?<!little\\s)big\\b dog", "\\.net", "(?:x)*cat",
                "Ox+en"));
        assertThat(pairs(PhrasePairs.of(pattern.pattern(), after)))
                .containsExactlyInAnyOrder("ve", "bi", ".n", "ca", "xc", "xx", "ox");
        assertThat(PhrasePairs.of(PhrasePatterns.anyOf(List.of("a", "bc")).pattern(), after)).isNull();
        assertThat(PhrasePairs.of(PhrasePatterns.anyOf(List.of("an{0,2}t")).pattern(), after)).isNull();
        assertThat(PhrasePairs.of(PhrasePatterns.anyOf(List.of("\\w+'s voice")).pattern(), after)).isNull();
        Pattern classes = PhrasePatterns.anyOf(List.of("[aB]c", "(?-i:Prevent) panel"));
        assertThat(pairs(PhrasePairs.of(classes.pattern(), after))).containsExactlyInAnyOrder("ac", "bc", "pr");
        assertThat(PhrasePairs.of(PhrasePatterns.anyOf(List.of("[^ab]c")).pattern(), after)).isNull();
        List<Pattern> themes = Vocabulary.standard().codeRules("themes").stream().flatMap(r -> r.patterns().stream()).toList();
        assertThat(themes.stream().filter(p -> PhrasePairs.of(p.pattern(), after) != null).count())
                .isGreaterThanOrEqualTo(themes.size() - 4); // 28 of 32 today
    }

    @Test
    void prefixesAreThePhrasesFirstCharactersUpToWhatIsNotReadOrNoneWhenShorterThanAPair() {
        int after = "(?<![\\w-])".length();
        Pattern pattern = PhrasePatterns.anyOf(List.of("(?:very )?(?<!little\\s)big\\b dog", "\\.net", "(?:xy)*cat",
                "Ox+en", "child neglect", "parent's drinking", "safeguarding partnership", "chil?d protection"));
        assertThat(PhrasePrefixes.of(pattern.pattern(), after).all()).containsExactlyInAnyOrder("very", "big", ".net",
                "xy", "cat", "ox", "child", "parent", "safeguar", "chid");
        // a phrase that can begin with fewer known characters than a pair: such a pattern gets no prefixes
        assertThat(PhrasePrefixes.of(PhrasePatterns.anyOf(List.of("child neglect", "a")).pattern(), after)).isNull();
        assertThat(PhrasePrefixes.of(PhrasePatterns.anyOf(List.of("child neglect", "an{0,2}t")).pattern(), after)).isNull();
        assertThat(PhrasePrefixes.of(PhrasePatterns.anyOf(List.of("child neglect", "(?:x)*cat")).pattern(), after)).isNull();
        assertThat(PhrasePrefixes.of(PhrasePatterns.anyOf(List.of("child neglect", "\\w+'s voice")).pattern(), after))
                .isNull();
        assertThat(PhrasePrefixes.of(PhrasePatterns.anyOf(List.of("child neglect", "(?:very )?big")).pattern(), after)
                .all()).containsExactlyInAnyOrder("child", "very", "big");
    }

    @Test
    void positionsSkippedByTheirFirstWordsAreOnlyThoseWhereNoPhraseCanStart() {
        Pattern pattern = PhrasePatterns.anyOf(List.of("child neglect", "children's services", "chil?d protection",
                "(?:very )?big dog", "Ox+en", "safeguarding partnership"));
        PhraseStarts starts = PhraseStarts.of(pattern);
        for (String text : List.of("child neglect", "CHILD-NEGLECT", "children\u2019s services", "chid protection",
                "child protection", "chi", "ch", "very big dog", "very  bigdog", "big dog", "oxxen", "OXEN", "oen",
                "safeguarding partnerships", "safeguarding\npartnership", "safeguar", "the child neglect of a childish child",
                "\u0130child neglect", "x child neglect")) {
            Matcher expected = pattern.matcher(text);
            Matcher got = starts.find(text);
            assertThat(got == null ? -1 : got.start()).as(text).isEqualTo(expected.find() ? expected.start() : -1);
        }
    }

    private static List<String> pairs(int[] codes) {
        return java.util.Arrays.stream(codes).mapToObj(c -> "" + (char) (c >>> 16) + (char) (c & 0xffff)).toList();
    }

    private static List<String> edgeCases() {
        return List.of("", " ", "-", "Information was not shared.", "INFORMATION SHARING", "information-sharing",
                "re-information sharing", "the child's voice", "the child\u2019s voice", "child\u2019s voices were heard",
                "FGM and SEND", "fgm", "multi-agency working", "multi\u2010agency", "e-safety online",
                "Mental health needs of the child; mother's mental health", "safer sleep\nadvice", "co-sleeping",
                "\ud83d\ude00 domestic abuse", "domestic\u00a0abuse", "x-domestic abuse", "_domestic abuse");
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
