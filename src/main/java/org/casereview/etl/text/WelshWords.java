package org.casereview.etl.text;

import java.util.List;
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

    private static final List<String> ALTERNATIVES = Vocabulary.bundled().strings("layout-words", "welsh_words");
    private static final Pattern WELSH_WORD = Pattern.compile("(?iu)(?:" + String.join("|", ALTERNATIVES) + ")");
    /**
     * The most characters (code points) a Welsh word can match: each character of a word's pattern (a letter, or a
     * class such as {@code ['’]}) matches one character, so no match is longer than the longest pattern; a longer
     * word is counted without asking the pattern (most words of English prose are). None when a pattern repeats
     * (a quantifier or an escape): then every word is asked.
     */
    private static final int LONGEST = ALTERNATIVES.stream()
            .anyMatch(a -> a.chars().anyMatch(c -> "*+?{\\".indexOf(c) >= 0))
            ? Integer.MAX_VALUE : ALTERNATIVES.stream().mapToInt(String::length).max().orElse(0);

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

    /**
     * The words are the text's runs of characters other than {@code \\s} ({@code [ \\t\\n\\x0B\\f\\r]}), found by a scan:
     * what {@code text.strip().split("\\s+")} gives, less only empty words and the ends' other white space, which
     * {@link #bare} removes from a word anyway (none of it is a letter or an apostrophe). A self-check counts every
     * item of every report.
     */
    public static Count count(String text) {
        int words = 0;
        int welsh = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || isSpace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                String bare = bare(text.substring(start, i));
                if (!bare.isEmpty()) {
                    words++;
                    welsh += isWelsh(bare) ? 1 : 0;
                }
                start = -1;
            }
        }
        return new Count(words, welsh);
    }

    /** The regular expressions' {@code \\s}, without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isWelsh(String bare) {
        return (bare.length() <= LONGEST || bare.codePointCount(0, bare.length()) <= LONGEST)
                && WELSH_WORD.matcher(bare).matches();
    }

    /**
     * The word without the characters other than letters before its first letter, nor those other than letters and
     * apostrophes after its last letter or apostrophe ({@code ^[^\p{L}]+|[^\p{L}'’]+$} removed, without a regular
     * expression per word; {@code \p{L}} is {@link Character#isLetter(int)}).
     */
    static String bare(String word) {
        int start = 0;
        while (start < word.length() && !Character.isLetter(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        if (start == word.length()) {
            return "";
        }
        int end = word.length();
        while (end > start && !keptAtEnd(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    private static boolean keptAtEnd(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }
}
