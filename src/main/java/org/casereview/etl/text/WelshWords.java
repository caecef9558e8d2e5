package org.casereview.etl.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * The pattern's answer for each short word asked so far (a section's text repeats its short words: "the", "of",
     * "and"), so that the pattern (35 alternatives, a matcher a word) is asked once per word, not once per use of it.
     * The answers of at most {@value #REMEMBERED} words are kept; past that the pattern is asked as before.
     */
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 4_096;

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
                String bare = bare(text, start, i);
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
        if (bare.length() > LONGEST && bare.codePointCount(0, bare.length()) > LONGEST) {
            return false;
        }
        Boolean known = ANSWERS.get(bare);
        if (known != null) {
            return known;
        }
        boolean welsh = WELSH_WORD.matcher(bare).matches();
        if (ANSWERS.size() < REMEMBERED) {
            ANSWERS.put(bare, welsh);
        }
        return welsh;
    }

    /**
     * The word without the characters other than letters before its first letter, nor those other than letters and
     * apostrophes after its last letter or apostrophe ({@code ^[^\p{L}]+|[^\p{L}'’]+$} removed, without a regular
     * expression per word; {@code \p{L}} is {@link Character#isLetter(int)}).
     */
    static String bare(String word) {
        return bare(word, 0, word.length());
    }

    /** {@link #bare(String)} of the text's characters {@code from} to {@code to}, copying only the bare word. */
    private static String bare(String text, int from, int to) {
        int start = from;
        while (start < to && !Character.isLetter(codePointAt(text, start, to))) {
            start += Character.charCount(codePointAt(text, start, to));
        }
        if (start == to) {
            return "";
        }
        int end = to;
        while (end > start && !keptAtEnd(codePointBefore(text, end, start))) {
            end -= Character.charCount(codePointBefore(text, end, start));
        }
        return text.substring(start, end);
    }

    /** {@code text.substring(.., limit).codePointAt(index)}: a pair of surrogates only when both are before the limit. */
    private static int codePointAt(String text, int index, int limit) {
        char high = text.charAt(index);
        if (Character.isHighSurrogate(high) && index + 1 < limit && Character.isLowSurrogate(text.charAt(index + 1))) {
            return Character.toCodePoint(high, text.charAt(index + 1));
        }
        return high;
    }

    /** {@code text.substring(start, ..).codePointBefore(index)}: a pair only when both are from the start on. */
    private static int codePointBefore(String text, int index, int start) {
        char low = text.charAt(index - 1);
        if (Character.isLowSurrogate(low) && index - 2 >= start && Character.isHighSurrogate(text.charAt(index - 2))) {
            return Character.toCodePoint(text.charAt(index - 2), low);
        }
        return low;
    }

    private static boolean keptAtEnd(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’';
    }
}
