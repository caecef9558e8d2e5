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

    public static Count count(CharSequence text) {
        int words = 0;
        int common = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                common += i - start <= LONGEST
                        && WORDS.contains(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT)) ? 1 : 0;
                start = -1;
            }
        }
        return new Count(words, common);
    }
}
