package org.casereview.etl.normalise;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first characters (in lower case, up to {@value #LONGEST}) every match of a phrase pattern begins with, read from
 * the pattern's source as {@link PhrasePairs} reads its pairs: mostly a phrase's first word, which a separator class
 * ends. A prefix stops where the source has what is not read here (a class, {@code \s}, {@code {n,m}}, a flag group):
 * what was read before it is still where every match begins. An alternative that can begin with fewer than two known
 * characters gives no prefixes, so a position is never skipped wrongly.
 */
final class PhrasePrefixes {

    private static final int LONGEST = 8;
    private static final int PAIR = 2;

    /** A prefix read so far; {@code open} while the characters after it can still be added. */
    private record Prefix(String text, boolean open) {
        Prefix closed() {
            return new Prefix(text, false);
        }
    }

    private static final Prefix EMPTY = new Prefix("", true);

    private final String source;
    /** The pairs of the prefixes, sorted ({@link PhrasePairs#code}), and the prefixes opened by each. */
    private final int[] pairs;
    private final String[][] byPair;

    private PhrasePrefixes(String source, int[] pairs, String[][] byPair) {
        this.source = source;
        this.pairs = pairs;
        this.byPair = byPair;
    }

    /** The prefixes of the pattern's matches from {@code from} on, or null when they cannot be told. */
    static PhrasePrefixes of(String source, int from) {
        Set<Prefix> read = new PhrasePrefixes(source, null, null).alternation(from, source.length());
        if (read == null || read.stream().anyMatch(p -> p.text().length() < PAIR)) {
            return null;
        }
        Map<Integer, Set<String>> grouped = new TreeMap<>();
        for (Prefix p : read) {
            grouped.computeIfAbsent(PhrasePairs.code(p.text().charAt(0), p.text().charAt(1)), c -> new HashSet<>())
                    .add(p.text());
        }
        int[] pairs = grouped.keySet().stream().mapToInt(Integer::intValue).toArray();
        String[][] byPair = grouped.values().stream().map(s -> s.stream().sorted().toArray(String[]::new))
                .toArray(String[][]::new);
        return new PhrasePrefixes(source, pairs, byPair);
    }

    /**
     * Whether the text from {@code start}, whose lower-case pair there is {@code pair}, begins with one of the
     * prefixes (each character compared in lower case, as the pairs are).
     */
    boolean beginsAt(String text, int start, int pair) {
        String[] opened = withPair(pair);
        return opened != null && beginsWithAny(text, start, opened);
    }

    /** The prefixes that open with the pair ({@link PhrasePairs#code}), or null when none does. */
    String[] withPair(int pair) {
        int at = Arrays.binarySearch(pairs, pair);
        return at < 0 ? null : byPair[at];
    }

    /** Whether the text from {@code start}, whose lower-case pair is the prefixes' pair, begins with one of them. */
    static boolean beginsWithAny(String text, int start, String[] prefixes) {
        for (String prefix : prefixes) {
            if (beginsWith(text, start, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean beginsWith(String text, int start, String prefix) {
        if (start + prefix.length() > text.length()) {
            return false;
        }
        for (int j = PAIR; j < prefix.length(); j++) {
            if (Character.toLowerCase(text.charAt(start + j)) != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Every prefix, for tests. */
    Set<String> all() {
        Set<String> all = new HashSet<>();
        Arrays.stream(byPair).forEach(group -> all.addAll(Arrays.asList(group)));
        return all;
    }

    private Set<Prefix> alternation(int from, int to) {
        Set<Prefix> all = new HashSet<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || source.charAt(i) == '|') {
                all.addAll(sequence(start, i));
                start = i + 1;
            } else {
                i = RegexAtoms.skip(source, i) - 1;
            }
        }
        return all;
    }

    private Set<Prefix> sequence(int from, int to) {
        Set<Prefix> partial = Set.of(EMPTY);
        int i = from;
        while (i < to && partial.stream().anyMatch(Prefix::open)) {
            int end = RegexAtoms.skip(source, i);
            Set<Prefix> atom = atom(i, end);
            char quantifier = end < to ? source.charAt(end) : 0;
            if (atom == null || quantifier == '{') {
                return closed(partial); // what follows is not read: the prefixes stop here
            }
            if ("?*+".indexOf(quantifier) >= 0) {
                // one repetition (or none) begins every match of the repeated atom; what follows it is not read
                Set<Prefix> repeated = new HashSet<>(quantifier == '?' ? atom : closed(atom));
                if (quantifier != '+') {
                    repeated.add(EMPTY); // none: the match goes on with what follows
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

    private Set<Prefix> atom(int at, int end) {
        char c = source.charAt(at);
        if (c == '(') {
            if (source.startsWith("(?:", at)) {
                return alternation(at + 3, end - 1);
            }
            if (RegexAtoms.isLookAround(source, at)) {
                return Set.of(EMPTY);
            }
            int caseGroup = RegexAtoms.caseGroupOpening(source, at);
            if (caseGroup > 0) {
                return alternation(at + caseGroup, end - 1); // in lower case, as every prefix is
            }
            return source.startsWith("(?", at) ? null : alternation(at + 1, end - 1);
        }
        if (c == '\\') {
            char escaped = source.charAt(at + 1);
            if (escaped == 'b' || escaped == 'B') {
                return Set.of(EMPTY);
            }
            return Character.isLetterOrDigit(escaped) ? null : literal(escaped);
        }
        if ("[.^$)|".indexOf(c) >= 0) {
            return null;
        }
        return literal(c);
    }

    private static Set<Prefix> literal(char c) {
        return Set.of(new Prefix(String.valueOf(Character.toLowerCase(c)), true));
    }

    private static Set<Prefix> closed(Set<Prefix> prefixes) {
        Set<Prefix> closed = new HashSet<>();
        prefixes.forEach(p -> closed.add(p.closed()));
        return closed;
    }

    private static Set<Prefix> concat(Set<Prefix> heads, Set<Prefix> tails) {
        Set<Prefix> joined = new HashSet<>();
        for (Prefix head : heads) {
            if (!head.open()) {
                joined.add(head);
                continue;
            }
            for (Prefix tail : tails) {
                String both = head.text() + tail.text();
                joined.add(both.length() >= LONGEST ? new Prefix(both.substring(0, LONGEST), false)
                        : new Prefix(both, tail.open()));
            }
        }
        return joined;
    }
}
