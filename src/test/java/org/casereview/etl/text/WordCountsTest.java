package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * {@link CommonWords} and {@link WelshWords} count as they did before they skipped work (a word too long to be one of
 * theirs is not looked up; a word's edges are cut without a regular expression): each is compared with the earlier
 * code, kept here, on texts made of their own words in every case, long words, apostrophes, punctuation, line
 * separators, letters outside the BMP and lone surrogates.
 */
class WordCountsTest {

    private static final Pattern WELSH_WORD = Pattern.compile("(?iu)(?:"
            + String.join("|", Vocabulary.bundled().strings("layout-words", "welsh_words")) + ")");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'’]+$");

    private static final List<String> PIECES = List.of("the", "The", "THE", "between", "Between", "betweens", "yr", "YR",
            "Yr", "o'r", "O’R", "â'r", "Â’R", "i’r", "mae", "gyda", "Gyda", "safeguarding", "practitioners", "a", "A", "ſ",
            "\u212A", "İ", "İn", "ın", "Σ", "ΟΣ", "𝐀𝐁", "𝐚", "\uD835", "\uDC00", "'", "’", "''", "(", ")", ".", ",", ";", "-", "—",
            "1", "42", "3.5", "\u2028", "\u0085", "\u2029", "é", "ŵ", "Ŷ", "x", "review", "multi-agency", "child’s", "a.b");
    private static final List<String> GAPS = List.of(" ", " ", " ", "  ", "\n", "\t", "", "", "\r\n", "\u00A0", "\u000B", "\f", "\u2003", "\u001F", " \u2003 ");

    @Test
    void lowerCasingNeverShortensALetter() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (Character.isLetter(c)) {
                String letter = new String(Character.toChars(c));
                assertThat(letter.toLowerCase(Locale.ROOT).length()).as("U+%04X", c).isGreaterThanOrEqualTo(letter.length());
            }
        }
    }

    @Test
    void commonWordsAreCountedAsBefore() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            assertThat(CommonWords.count(text)).as(text).isEqualTo(commonWordsBefore(text));
        }
    }

    @Test
    void welshWordsAreCountedAsBefore() {
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            assertThat(WelshWords.count(text)).as(text).isEqualTo(welshWordsBefore(text));
        }
    }

    @Test
    void garbledIsTheWholeCountsVerdict() {
        Random random = new Random(13);
        List<String> shifted = List.of("Wkh", "uhylhz", "frqfhuqv", "Fklog", "dqg", "klv", "idplob", "zkr", "olyhg");
        int garbled = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 20 + random.nextInt(200);
            int commonEvery = 10 + random.nextInt(60); // 1.7% to 10% common words
            for (int w = 0; w < words; w++) {
                text.append(w % commonEvery == commonEvery - 1 ? "the" : shifted.get(random.nextInt(shifted.size())));
                text.append(GAPS.get(random.nextInt(GAPS.size())));
            }
            for (int minWords : List.of(1, 20, 40)) {
                assertThat(CommonWords.garbled(text, minWords)).as(text.toString()).isEqualTo(CommonWords.count(text).garbled(minWords));
            }
            garbled += CommonWords.garbled(text, 40) ? 1 : 0;
        }
        assertThat(garbled).as("texts garbled").isBetween(1_000, 19_000);
    }

    @Test
    void aWordsEdgesAreCutAsTheExpressionCutThem() {
        for (String word : List.of("(yr)", "“o'r”", "o’r’.", "'yr", "...", "", "1yr2", "yr\u2028", "yr'\u2028", "𝐀.", ".𝐀",
                "\uD835yr\uDC00", "'", "a'", "-gyda-", "mae,", "ŵ!")) {
            assertThat(WelshWords.bare(word)).as(word).isEqualTo(WORD_EDGES.matcher(word).replaceAll(""));
        }
    }

    @Test
    void countsOfAKnownText() {
        assertThat(CommonWords.count("The review of the practitioners, between agencies.")).isEqualTo(new CommonWords.Count(7, 4));
        assertThat(WelshWords.count("Mae'r adolygiad yn dangos bod y plentyn, gyda'i fam")).isEqualTo(new WelshWords.Count(9, 3));
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            text.append(GAPS.get(random.nextInt(GAPS.size())));
        }
        return text.toString();
    }

    /** The count as CommonWords made it before: every run of letters looked up. */
    private static CommonWords.Count commonWordsBefore(String text) {
        Set<String> common = new HashSet<>(Vocabulary.bundled().strings("layout-words", "sentence_middle_words"));
        Vocabulary.bundled().strings("layout-words", "welsh_words").stream()
                .filter(w -> w.chars().allMatch(Character::isLetter)).forEach(common::add);
        int words = 0;
        int found = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                found += common.contains(text.substring(start, i).toLowerCase(Locale.ROOT)) ? 1 : 0;
                start = -1;
            }
        }
        return new CommonWords.Count(words, found);
    }

    /** The count as WelshWords made it before: each word's edges cut by an expression, every word matched. */
    private static WelshWords.Count welshWordsBefore(String text) {
        int words = 0;
        int welsh = 0;
        for (String word : text.strip().split("\\s+")) {
            String bare = WORD_EDGES.matcher(word).replaceAll("");
            if (!bare.isEmpty()) {
                words++;
                welsh += WELSH_WORD.matcher(bare).matches() ? 1 : 0;
            }
        }
        return new WelshWords.Count(words, welsh);
    }
}
