package org.casereview.etl.text;

import java.util.regex.Pattern;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * Whether a text is Welsh: many of its words are the short Welsh words that English lacks ("yr", "mae", "gyda",
 * {@code welsh_words} of {@code vocabulary/layout-words.yml}), while an English text's words almost never are. The
 * test a bilingual page's Welsh column is told by, for texts that are not columns (a digest's translated blocks).
 */
public final class WelshWords {

    /** At least this share of the words of a Welsh text are Welsh words. */
    public static final float WELSH_SHARE = 0.12f;
    /** At most this share of the words of an English text are Welsh words (names, a bilingual label). */
    public static final float OTHER_SHARE = 0.03f;

    private static final Pattern WELSH_WORD = Pattern.compile("(?iu)(?:"
            + String.join("|", Vocabulary.bundled().strings("layout-words", "welsh_words")) + ")");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'’]+$");

    /** How many words a text has and how many of them are Welsh words. */
    public record Count(int words, int welsh) {
        public float share() {
            return words == 0 ? 0f : (float) welsh / words;
        }

        /** At least {@code minWords} words, and Welsh ones among them as often as in Welsh text. */
        public boolean isWelsh(int minWords) {
            return words >= minWords && share() >= WELSH_SHARE;
        }

        /** At least {@code minWords} words, and Welsh ones among them no more often than in English text. */
        public boolean isOther(int minWords) {
            return words >= minWords && share() <= OTHER_SHARE;
        }
    }

    private WelshWords() {
    }

    public static Count count(String text) {
        int words = 0;
        int welsh = 0;
        for (String word : text.strip().split("\\s+")) {
            String bare = WORD_EDGES.matcher(word).replaceAll("");
            if (!bare.isEmpty()) {
                words++;
                welsh += WELSH_WORD.matcher(bare).matches() ? 1 : 0;
            }
        }
        return new Count(words, welsh);
    }
}
