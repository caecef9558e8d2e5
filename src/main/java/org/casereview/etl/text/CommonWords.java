package org.casereview.etl.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * How much of a text is the small words every sentence is built of ({@code sentence_middle_words} and the plain
 * {@code welsh_words} of {@code vocabulary/layout-words.yml}): about a third of the words of English or Welsh prose,
 * none of a text read through a wrong character map ('7KLV UHYLHZ FRQFHUQV' for 'This review concerns').
 */
public final class CommonWords {

    /** Prose has at least this share of common words; a heading-only text may have fewer, so only the floor counts. */
    public static final float PROSE_SHARE = 0.15f;
    /** At most this share: no words, whatever the text's kind, once it has {@link #MIN_WORDS}. */
    public static final float GARBLED_SHARE = 0.03f;
    /** Fewer words than this say nothing either way. */
    public static final int MIN_WORDS = 20;
    /** A share of common words this far over {@link #GARBLED_SHARE} is not garbled whatever a float's rounding. */
    static final double SURELY_NOT_GARBLED = 0.04;

    private static final Set<String> WORDS = words();
    /**
     * The longest common word: a longer run of letters is none of them (lower-casing never shortens a text: {@code
     * WordCountsTest} holds it for every letter), so it is counted without being copied, lower-cased and looked up.
     * A section's self-check counts every word of its text; most words of prose are longer than this.
     */
    private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

    /** How many words (runs of letters) a text has and how many of them are common words. */
    public record Count(int words, int common) {
        public float share() {
            return words == 0 ? 0f : (float) common / words;
        }

        /** Enough words, and almost none of them a common word: the text is not words of a language. */
        public boolean garbled() {
            return garbled(MIN_WORDS);
        }

        /** At least {@code minWords} words, and almost none of them a common word. */
        public boolean garbled(int minWords) {
            return words >= minWords && share() <= GARBLED_SHARE;
        }

        /** Enough words, and common words among them as often as in prose. */
        public boolean prose() {
            return words >= MIN_WORDS && share() >= PROSE_SHARE;
        }
    }

    private CommonWords() {
    }

    private static Set<String> words() {
        Set<String> all = new HashSet<>(Vocabulary.bundled().strings("layout-words", "sentence_middle_words"));
        for (String welsh : Vocabulary.bundled().strings("layout-words", "welsh_words")) {
            if (welsh.chars().allMatch(Character::isLetter)) {
                all.add(welsh);
            }
        }
        return Set.copyOf(all);
    }

    /**
     * {@code count(text).garbled(minWords)}, without counting the whole text once it surely is not garbled: a prose
     * text's common words outrun the garbled share within its first quarter or so (a report's self-check asks this of
     * every section). After a word ending at {@code i}, the text can hold at most {@code (length - i) / 2} more words
     * (each needs a letter and a character before it that is none), so its share of common words is at least {@code
     * common / (words + (length - i) / 2)}; once that is over {@link #SURELY_NOT_GARBLED} (above {@link
     * #GARBLED_SHARE} by more than any rounding of a float share), the whole text's share is too.
     */
    public static boolean garbled(CharSequence text, int minWords) {
        Count count = scan(text, true);
        return count != null && count.garbled(minWords);
    }

    public static Count count(CharSequence text) {
        return scan(text, false);
    }

    /** The count; with {@code untilSurelyWords}, {@code null} once the text surely is not garbled (see above). */
    private static Count scan(CharSequence text, boolean untilSurelyWords) {
        int words = 0;
        int common = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (isCommon(text, start, i)) {
                    common++;
                    if (untilSurelyWords && common > SURELY_NOT_GARBLED * (words + (text.length() - i) / 2)) {
                        return null;
                    }
                }
                start = -1;
            }
        }
        return new Count(words, common);
    }

    private static boolean isCommon(CharSequence text, int start, int end) {
        return end - start <= LONGEST && WORDS.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    }
}
