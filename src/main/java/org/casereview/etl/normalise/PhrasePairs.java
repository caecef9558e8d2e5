package org.casereview.etl.normalise;

import java.util.HashSet;
import java.util.Set;

/**
 * The first two characters (in lower case) every match of a phrase pattern begins with, read from the
 * pattern's source: literals, groups, alternations, look-arounds, {@code \b}, the quantifiers
 * {@code ? * +}, classes of literals and ranges ({@link RegexAtoms#chars}) and groups that set case
 * sensitivity. Whatever it does not know ({@code \w}, {@code {n,m}}, another flag group, an
 * alternative shorter than two characters) gives no pairs, so a position is never skipped wrongly.
 */
final class PhrasePairs {

    private static final int NEED = 2;
    /** More pairs than this narrow next to nothing (classes after classes): none are given. */
    private static final int MOST = 2_000;

    private final String source;

    private PhrasePairs(String source) {
        this.source = source;
    }

    /** The pairs as sorted {@code first << 16 | second} codes, or null when they cannot be told. */
    static int[] of(String source, int from) {
        Set<String> pairs = new PhrasePairs(source).alternation(from, source.length());
        if (pairs == null || pairs.size() > MOST || pairs.stream().anyMatch(p -> p.length() < NEED)) {
            return null;
        }
        return pairs.stream().mapToInt(p -> code(p.charAt(0), p.charAt(1))).sorted().distinct().toArray();
    }

    /** A pair as looked up in the sorted codes. */
    static int code(char first, char second) {
        return first << 16 | second;
    }

    /** Prefixes of at most two characters of the alternatives between {@code from} and {@code to}; shorter = the whole match. */
    private Set<String> alternation(int from, int to) {
        Set<String> all = new HashSet<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || source.charAt(i) == '|') {
                Set<String> sequence = sequence(start, i);
                if (sequence == null) {
                    return null;
                }
                all.addAll(sequence);
                start = i + 1;
            } else {
                i = RegexAtoms.skip(source, i) - 1;
            }
        }
        return all;
    }

    private Set<String> sequence(int from, int to) {
        Set<String> partial = Set.of("");
        int i = from;
        while (i < to && partial.stream().anyMatch(p -> p.length() < NEED)) {
            int end = RegexAtoms.skip(source, i);
            Set<String> atom = atom(i, end);
            if (atom == null) {
                return null;
            }
            char quantifier = end < to ? source.charAt(end) : 0;
            if (quantifier == '{') {
                return null;
            }
            if ("?*+".indexOf(quantifier) >= 0) {
                Set<String> repeated = new HashSet<>(quantifier == '?' ? atom : concat(atom, atom));
                repeated.addAll(atom);
                if (quantifier != '+') {
                    repeated.add("");
                }
                atom = repeated;
                end++;
                if (end < to && "?+".indexOf(source.charAt(end)) >= 0) {
                    end++; // lazy or possessive: the same strings
                }
            }
            partial = concat(partial, atom);
            i = end;
        }
        return partial;
    }

    private Set<String> atom(int at, int end) {
        char c = source.charAt(at);
        if (c == '(') {
            if (source.startsWith("(?:", at)) {
                return alternation(at + 3, end - 1);
            }
            if (RegexAtoms.isLookAround(source, at)) {
                return Set.of("");
            }
            int caseGroup = RegexAtoms.caseGroupOpening(source, at);
            if (caseGroup > 0) {
                return alternation(at + caseGroup, end - 1); // in lower case, as every pair is
            }
            return source.startsWith("(?", at) ? null : alternation(at + 1, end - 1);
        }
        if (c == '\\') {
            char escaped = source.charAt(at + 1);
            if (escaped == 'b' || escaped == 'B') {
                return Set.of("");
            }
            return Character.isLetterOrDigit(escaped) ? lowerCase(RegexAtoms.chars(source, at, end))
                    : Set.of(String.valueOf(Character.toLowerCase(escaped)));
        }
        if (c == '[') {
            return lowerCase(RegexAtoms.chars(source, at, end));
        }
        if (".^$)|".indexOf(c) >= 0) {
            return null;
        }
        return Set.of(String.valueOf(Character.toLowerCase(c)));
    }

    /** A class's characters as one-character strings in lower case, or null when it was not read. */
    private static Set<String> lowerCase(Set<Character> chars) {
        if (chars == null) {
            return null;
        }
        Set<String> lower = new HashSet<>();
        chars.forEach(ch -> lower.add(String.valueOf(Character.toLowerCase(ch))));
        return lower;
    }

    private static Set<String> concat(Set<String> heads, Set<String> tails) {
        Set<String> joined = new HashSet<>();
        for (String head : heads) {
            if (head.length() >= NEED) {
                joined.add(head);
                continue;
            }
            for (String tail : tails) {
                String both = head + tail;
                joined.add(both.length() > NEED ? both.substring(0, NEED) : both);
            }
        }
        return joined;
    }
}
