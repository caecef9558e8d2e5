package org.casereview.etl.text;

import java.util.Locale;
import java.util.Set;

/**
 * The one de-hyphenation rule: joins a line to the text before it, rejoining a word broken at
 * the line end. A soft or typographic hyphen (U+00AD, U+2010) after a letter and before a letter
 * splits a word: it goes. An ASCII hyphen after a letter and before a lower-case letter is read
 * as the caller says ({@link AsciiHyphen}). Anything else is joined with one space.
 */
public final class LineJoiner {

    private static final char SOFT_HYPHEN = '\u00ad';
    private static final char TYPOGRAPHIC_HYPHEN = '\u2010';

    /** What an ASCII hyphen at a line end, before a lower-case word, is. */
    public enum AsciiHyphen {
        /**
         * It joins a compound ("decision-" "making"): it stays. For text whose split words were
         * marked with soft hyphens beforehand (report lines, see report.HyphenResolver).
         */
        JOINS_COMPOUND,
        /**
         * It splits a word ("exploit-" "ation"): it goes, unless the letters before it are a prefix
         * that keeps its hyphen ("co-" "sleeping"). For digest text, where nothing was marked.
         */
        SPLITS_WORD
    }

    private enum Join { DROP_HYPHEN, KEEP_HYPHEN, SPACE }

    private final AsciiHyphen asciiHyphen;
    private final Set<String> keptPrefixes;

    private LineJoiner(AsciiHyphen asciiHyphen, Set<String> keptPrefixes) {
        this.asciiHyphen = asciiHyphen;
        this.keptPrefixes = Set.copyOf(keptPrefixes);
    }

    /** ASCII hyphens at line ends join compounds. */
    public static LineJoiner keepingAsciiHyphens() {
        return new LineJoiner(AsciiHyphen.JOINS_COMPOUND, Set.of());
    }

    /** ASCII hyphens at line ends split words, except after the given lower-case prefixes. */
    public static LineJoiner rejoiningWords(Set<String> keptPrefixes) {
        return new LineJoiner(AsciiHyphen.SPLITS_WORD, keptPrefixes);
    }

    /** {@code before} (trailing space dropped) and {@code after} (stripped) as one text. */
    public String join(String before, String after) {
        String b = before.stripTrailing();
        String a = after.strip();
        return switch (decide(b, a)) {
            case DROP_HYPHEN -> b.substring(0, b.length() - 1) + a;
            case KEEP_HYPHEN -> b + a;
            case SPACE -> b + " " + a;
        };
    }

    /** Appends a non-empty line to the text; the first line goes in as it is. */
    public void append(StringBuilder text, String line) {
        if (text.isEmpty()) {
            text.append(line);
            return;
        }
        switch (decide(text, line)) {
            case DROP_HYPHEN -> text.setLength(text.length() - 1);
            case KEEP_HYPHEN -> { }
            case SPACE -> text.append(' ');
        }
        text.append(line);
    }

    /** True when {@code before} ends in a letter and an ASCII hyphen and {@code after} starts in lower case. */
    public boolean asciiHyphenBeforeLowerCase(String before, String after) {
        String b = before.stripTrailing();
        String a = after.strip();
        return endsInLetterAnd(b, '-') && !a.isEmpty() && Character.isLowerCase(a.codePointAt(0));
    }

    private Join decide(CharSequence before, String after) {
        if (after.isEmpty()) {
            return Join.SPACE;
        }
        int next = after.codePointAt(0);
        if ((endsInLetterAnd(before, SOFT_HYPHEN) || endsInLetterAnd(before, TYPOGRAPHIC_HYPHEN))
                && Character.isLetter(next)) {
            return Join.DROP_HYPHEN;
        }
        if (!endsInLetterAnd(before, '-') || !Character.isLowerCase(next)) {
            return Join.SPACE;
        }
        if (asciiHyphen == AsciiHyphen.JOINS_COMPOUND) {
            return Join.KEEP_HYPHEN;
        }
        return keptPrefixes.contains(lettersBefore(before, before.length() - 1)) ? Join.KEEP_HYPHEN : Join.DROP_HYPHEN;
    }

    private static boolean endsInLetterAnd(CharSequence text, char hyphen) {
        int end = text.length();
        return end >= 2 && text.charAt(end - 1) == hyphen
                && Character.isLetter(Character.codePointBefore(text, end - 1));
    }

    /** The run of letters ending at {@code end}, in lower case: "Co" of "Co-". */
    private static String lettersBefore(CharSequence text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(Character.codePointBefore(text, start))) {
            start -= Character.charCount(Character.codePointBefore(text, start));
        }
        return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
}
