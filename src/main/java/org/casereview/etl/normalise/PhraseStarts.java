package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phrase pattern's first match by trying it only where a match can start: at a word start
 * (the pattern's own {@code (?<![\w-])}) whose character can begin one of its phrases. The same
 * match as {@link Matcher#find()}: a position skipped is one where the pattern cannot match, and at
 * every other position, in order, the pattern itself decides. A pattern whose first characters
 * cannot be told from its source (a class, {@code \w}, a flag group) is searched with
 * {@link Matcher#find()}.
 */
final class PhraseStarts {

    private static final String WORD_START = "(?<![\\w-])";
    /** What a pattern's alternatives cannot be searched apart with: back-references, flags for the rest of a group. */
    private static final Pattern NOT_SPLIT = Pattern.compile("\\\\(?:[1-9]|k<)|\\(\\?[a-zA-Z-]+\\)");
    /** No match of the other alternatives is left in the text. */
    private static final int NONE = Integer.MAX_VALUE;

    private final Pattern pattern;
    /** Characters a match can begin with, or null when any character can. */
    private final BitSet first;
    /** The first two characters a match can begin with ({@link PhrasePairs}), or null when not known. */
    private final int[] pairs;
    /** The first characters a match can begin with ({@link PhrasePrefixes}: mostly a first word), or null. */
    private final PhrasePrefixes prefixes;
    /**
     * The alternatives whose first two characters cannot be told (a class or {@code \w} first, a flag group), as a
     * pattern of their own that is searched for where they match; null when the others are read for all of them.
     */
    private final Pattern others;

    private PhraseStarts(Pattern pattern, BitSet first, int[] pairs, PhrasePrefixes prefixes, Pattern others) {
        this.pattern = pattern;
        this.first = first;
        this.pairs = pairs;
        this.prefixes = pairs == null ? null : prefixes;
        this.others = others;
    }

    static PhraseStarts of(Pattern pattern) {
        String source = pattern.pattern();
        boolean plainFlags = (pattern.flags() & ~Pattern.CASE_INSENSITIVE) == 0;
        if (!plainFlags || !source.startsWith(WORD_START)) {
            return new PhraseStarts(pattern, null, null, null, null);
        }
        PhraseStarts whole = read(pattern, source, null);
        if (whole.pairs != null) {
            return whole;
        }
        PhraseStarts split = split(pattern, source);
        return split != null ? split : whole;
    }

    /** The starts read from {@code source} (the pattern's or some alternatives'), with the other alternatives. */
    private static PhraseStarts read(Pattern pattern, String source, Pattern others) {
        FirstChars chars = new FirstChars(source, (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0);
        FirstChars.Result result = chars.alternation(WORD_START.length(), source.length());
        if (result == null || result.nullable()) {
            return new PhraseStarts(pattern, null, null, null, null);
        }
        return new PhraseStarts(pattern, result.chars(), PhrasePairs.of(source, WORD_START.length()),
                PhrasePrefixes.of(source, WORD_START.length()), others);
    }

    /**
     * "(?<![\w-])(?:a|b|c)...", where some alternatives' first two characters cannot be told: a position can start a
     * match only where one alternative matches, so the ones read ({@code pairs}) narrow the positions as for a whole
     * pattern and the others are searched on their own (one cheap pass instead of the whole pattern at every position);
     * at each position either gives, the pattern itself decides as before. Null when the pattern is not of that shape,
     * or none or all of its alternatives can be read.
     */
    private static PhraseStarts split(Pattern pattern, String source) {
        int open = WORD_START.length();
        if (!source.startsWith("(?:", open) || NOT_SPLIT.matcher(source).find()) {
            return null;
        }
        int close = RegexAtoms.skip(source, open) - 1;
        List<String> read = new ArrayList<>();
        List<String> others = new ArrayList<>();
        int start = open + 3;
        for (int i = start; i <= close; i++) {
            if (i == close || source.charAt(i) == '|') {
                String alternative = source.substring(start, i);
                PhraseStarts alone = read(pattern, WORD_START + "(?:" + alternative + ")", null);
                (alone.pairs != null ? read : others).add(alternative);
                start = i + 1;
            } else {
                i = RegexAtoms.skip(source, i) - 1;
            }
        }
        if (read.isEmpty() || others.isEmpty()) {
            return null;
        }
        Pattern searched = Pattern.compile(WORD_START + "(?:" + String.join("|", others) + ")", pattern.flags());
        return read(pattern, WORD_START + "(?:" + String.join("|", read) + ")", searched);
    }

    /** Whether only some characters can start a match (else every position is tried). */
    boolean narrowed() {
        return first != null;
    }

    /** A matcher positioned on the first match in the text, or null when there is none. */
    Matcher find(String text) {
        return find(WordStarts.of(text));
    }

    /**
     * As {@link #find(String)}, with the text's word starts found once for all the patterns tried on it (a code
     * list tries each of its patterns on one item's text).
     */
    Matcher find(WordStarts text) {
        return find(text, null, -1);
    }

    /**
     * As {@link #find(WordStarts)}, with the text's word starts looked up in the index of its code list's patterns,
     * where this pattern is in {@code slot} (the same positions tried, each told more cheaply).
     */
    Matcher find(PhrasePairIndex.Lookup lookup, int slot) {
        if (first == null || pairs == null || others != null) {
            return find(lookup.text(), lookup, slot);
        }
        // a match begins only where one of the pairs is: those word starts alone are tried
        WordStarts text = lookup.text();
        Matcher matcher = null;
        for (int i = lookup.first(slot); i < lookup.end(slot); i++) {
            int k = lookup.start(i);
            if (!lookup.begins(k, slot) || !first.get(text.firstChar(k))) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text.text()).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(text.start(k), text.text().length());
            if (matcher.lookingAt()) {
                return matcher;
            }
        }
        return null;
    }

    private Matcher find(WordStarts text, PhrasePairIndex.Lookup lookup, int slot) {
        if (first == null) {
            Matcher matcher = pattern.matcher(text.text());
            return matcher.find() ? matcher : null;
        }
        Matcher matcher = null; // made at the first position worth trying: most texts have none
        int length = text.text().length();
        OtherStarts other = others == null ? null : new OtherStarts(text.text());
        for (int k = 0; k < text.count(); k++) {
            if (lookup == null ? !canStart(text, k, other) : !canStart(lookup, slot, k, other)) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text.text()).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(text.start(k), length);
            if (matcher.lookingAt()) {
                return matcher;
            }
        }
        return null;
    }

    /**
     * Every match in the text, in order, as {@link Matcher#find()} called again and again gives them: each search
     * begins where the last match ended (the matches are never empty). A whole report's text is read by every
     * code-list pattern (firstAffirmed): only its word starts that can begin a phrase are tried.
     */
    Matches matches(WordStarts text) {
        return new Matches(text);
    }

    /** The matches of {@link #matches}, one at a time. */
    final class Matches {
        private final WordStarts text;
        private final OtherStarts other;
        private Matcher matcher;
        private int k;
        /** Where the last match ended: the next one begins there or later. */
        private int from;

        private Matches(WordStarts text) {
            this.text = text;
            this.other = others == null || first == null ? null : new OtherStarts(text.text());
        }

        /** A matcher on the next match, or null when there is none (the same matcher each time). */
        Matcher next() {
            if (first == null) {
                if (matcher == null) {
                    matcher = pattern.matcher(text.text());
                }
                return matcher.find() ? matcher : null;
            }
            int length = text.text().length();
            for (; k < text.count(); k++) {
                int start = text.start(k);
                if (start < from || !canStart(text, k, other)) {
                    continue;
                }
                if (matcher == null) {
                    matcher = pattern.matcher(text.text()).useTransparentBounds(true).useAnchoringBounds(false);
                }
                matcher.region(start, length);
                if (matcher.lookingAt()) {
                    from = matcher.end();
                    k++;
                    return matcher;
                }
            }
            return null;
        }
    }

    /** Whether a match can begin at the k-th word start: a phrase read, or the other alternatives, match there. */
    private boolean canStart(WordStarts text, int k, OtherStarts other) {
        boolean read = first.get(text.firstChar(k)) && (pairs == null || text.pairIn(k, pairs))
                && (prefixes == null || prefixes.beginsAt(text.text(), text.start(k), text.pair(k)));
        return read || other != null && other.at(text.start(k));
    }

    /** As {@link #canStart(WordStarts, int, OtherStarts)}, the pair and the prefixes told by the index. */
    private boolean canStart(PhrasePairIndex.Lookup lookup, int slot, int k, OtherStarts other) {
        WordStarts text = lookup.text();
        boolean read = (pairs == null || lookup.begins(k, slot)) && first.get(text.firstChar(k));
        return read || other != null && other.at(text.start(k));
    }

    /** The first two characters a match can begin with ({@link PhrasePairs#code}, sorted), or null when not known. */
    int[] pairs() {
        return pairs;
    }

    /** The first characters a match can begin with, or null when not known. */
    PhrasePrefixes prefixes() {
        return prefixes;
    }

    /** Where the other alternatives match in one text, asked at word starts in increasing order. */
    private final class OtherStarts {
        private final Matcher matcher;
        private final int length;
        /** The first match at or after the last position asked (-1: none asked yet). */
        private int next = -1;

        OtherStarts(String text) {
            this.matcher = others.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.length = text.length();
        }

        boolean at(int start) {
            if (next < start) {
                matcher.region(start, length);
                next = matcher.find() ? matcher.start() : NONE;
            }
            return next == start;
        }
    }

    /**
     * A text's word starts (its first character, and each one after a character other than {@code [\w-]}: where the
     * patterns' {@code (?<![\w-])} lets a match begin), in order, with the character there and the two characters
     * from there in lower case ({@link PhrasePairs}).
     */
    static final class WordStarts {
        private final String text;
        private final int[] starts;
        private final char[] firstChars;
        /** The lower-case pair at each start, {@link PhrasePairs} coded; meaningless where {@link #hasPair} is false. */
        private final int[] pairCodes;
        private final boolean[] hasPair;
        private final int count;

        private WordStarts(String text) {
            this.text = text;
            char[] chars = text.toCharArray();
            int n = chars.length;
            int[] at = new int[n];
            int found = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || !isWordOrHyphen(chars[i - 1])) {
                    at[found++] = i;
                }
            }
            this.count = found;
            this.starts = at;
            this.firstChars = new char[found];
            this.pairCodes = new int[found];
            this.hasPair = new boolean[found];
            for (int k = 0; k < found; k++) {
                int i = at[k];
                firstChars[k] = chars[i];
                if (i + 1 < n) {
                    hasPair[k] = true;
                    pairCodes[k] = PhrasePairs.code(Character.toLowerCase(chars[i]), Character.toLowerCase(chars[i + 1]));
                }
            }
        }

        static WordStarts of(String text) {
            return new WordStarts(text);
        }

        String text() {
            return text;
        }

        int count() {
            return count;
        }

        int start(int k) {
            return starts[k];
        }

        char firstChar(int k) {
            return firstChars[k];
        }

        /** The lower-case pair at the k-th start ({@link PhrasePairs#code}); meaningful where {@link #pairIn} can be true. */
        int pair(int k) {
            return pairCodes[k];
        }

        /** Whether the two characters at the k-th start can begin a match of a pattern with these pairs. */
        boolean pairIn(int k, int[] pairs) {
            return hasPair[k] && Arrays.binarySearch(pairs, pairCodes[k]) >= 0;
        }

        /** Whether a character follows the k-th start's (its {@link #pair} is meaningful). */
        boolean hasPair(int k) {
            return hasPair[k];
        }
    }

    /** {@code [\w-]} without Unicode character classes. */
    private static boolean isWordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /**
     * The characters a regular expression's matches can begin with, read from its source; null
     * (any character) for whatever it does not know, so the set is never too small.
     */
    private record FirstChars(String source, boolean ignoreCase) {

        record Result(BitSet chars, boolean nullable) {
        }

        /** Alternatives separated by {@code |} between {@code from} and {@code to}. */
        Result alternation(int from, int to) {
            BitSet chars = new BitSet();
            boolean nullable = false;
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i == to || source.charAt(i) == '|') {
                    Result sequence = sequence(start, i);
                    if (sequence == null) {
                        return null;
                    }
                    chars.or(sequence.chars());
                    nullable |= sequence.nullable();
                    start = i + 1;
                } else {
                    i = RegexAtoms.skip(source, i) - 1;
                }
            }
            return new Result(chars, nullable);
        }

        private Result sequence(int from, int to) {
            BitSet chars = new BitSet();
            int i = from;
            while (i < to) {
                int end = RegexAtoms.skip(source, i);
                Result atom = atom(i, end);
                if (atom == null) {
                    return null;
                }
                int next = end;
                boolean optional = false;
                if (next < to && "?*".indexOf(source.charAt(next)) >= 0) {
                    optional = true;
                    next++;
                } else if (next < to && source.charAt(next) == '+') {
                    next++;
                } else if (next < to && source.charAt(next) == '{') {
                    optional = source.startsWith("{0", next);
                    next = source.indexOf('}', next) + 1;
                    if (next == 0) {
                        return null;
                    }
                }
                if (next < to && "?+".indexOf(source.charAt(next)) >= 0 && next > end) {
                    next++;
                }
                chars.or(atom.chars());
                if (!atom.nullable() && !optional) {
                    return new Result(chars, false);
                }
                i = next;
            }
            return new Result(chars, true);
        }

        /** One atom's first characters: a literal, an escape, a group or a look-around (empty, nullable). */
        private Result atom(int at, int end) {
            char c = source.charAt(at);
            if (c == '(') {
                if (source.startsWith("(?:", at)) {
                    return alternation(at + 3, end - 1);
                }
                if (RegexAtoms.isLookAround(source, at)) {
                    return new Result(new BitSet(), true);
                }
                int caseGroup = RegexAtoms.caseGroupOpening(source, at);
                if (caseGroup > 0) {
                    return new FirstChars(source, true).alternation(at + caseGroup, end - 1);
                }
                return source.startsWith("(?", at) ? null : alternation(at + 1, end - 1);
            }
            if (c == '\\' && "bB".indexOf(source.charAt(at + 1)) >= 0) {
                return new Result(new BitSet(), true);
            }
            if (c == '[' || c == '\\' && Character.isLetterOrDigit(source.charAt(at + 1))) {
                java.util.Set<Character> chars = RegexAtoms.chars(source, at, end);
                return chars == null ? null : literals(chars);
            }
            if (c == '\\') {
                return literal(source.charAt(at + 1));
            }
            if (".^$)|".indexOf(c) >= 0) {
                return null;
            }
            return literal(c);
        }

        private Result literals(java.util.Set<Character> chars) {
            BitSet all = new BitSet();
            chars.forEach(c -> all.or(literal(c).chars()));
            return new Result(all, false);
        }

        private Result literal(char c) {
            BitSet chars = new BitSet();
            chars.set(c);
            if (ignoreCase) {
                chars.set(Character.toLowerCase(c));
                chars.set(Character.toUpperCase(c));
            }
            return new Result(chars, false);
        }
    }
}
