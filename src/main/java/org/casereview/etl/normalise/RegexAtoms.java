package org.casereview.etl.normalise;

import java.util.HashSet;
import java.util.Set;

/** Steps over one atom of a regular expression's source: a literal, an escape, a class or a group. */
final class RegexAtoms {

    /** A range wider than this (any character, say) is not read. */
    private static final int WIDEST_RANGE = 128;

    private RegexAtoms() {
    }

    /**
     * The group at {@code at} turns case sensitivity on or off for its inside ({@code (?-i:Prevent)}): its characters
     * are read as a plain group's, in both cases (a superset of what it matches). The length of its opening, or 0.
     */
    static int caseGroupOpening(String source, int at) {
        if (source.startsWith("(?-i:", at)) {
            return 5;
        }
        return source.startsWith("(?i:", at) ? 4 : 0;
    }

    /**
     * Every character the class or escape from {@code at} to {@code end} can match, as the source writes them (a
     * case-insensitive pattern matches their other case too): a class of literals, ranges, escaped punctuation,
     * {@code \d}, {@code \s} and classes inside it ({@code [['’]x]}), or {@code \d} and {@code \s} alone. Null for
     * anything else (a negated class, an intersection, {@code \w}, {@code \p{..}}, a wide range), so that no caller
     * reads a set too small.
     */
    static Set<Character> chars(String source, int at, int end) {
        if (source.charAt(at) == '\\') {
            return escaped(source.charAt(at + 1));
        }
        if (source.charAt(at) != '[' || end - at < 3 || source.charAt(end - 1) != ']' || source.charAt(at + 1) == ']') {
            return null;
        }
        Set<Character> chars = new HashSet<>();
        Character previous = null;
        for (int i = at + 1; i < end - 1; i++) {
            char c = source.charAt(i);
            if (c == '^' || c == '&' || (c == '[' || c == ']') && "[]^".indexOf(source.charAt(i + 1)) >= 0) {
                return null;
            }
            if (c == '[' || c == ']') {
                previous = null;
            } else if (c == '\\') {
                char e = source.charAt(++i);
                Set<Character> set = escaped(e);
                if (set == null && Character.isLetterOrDigit(e)) {
                    return null;
                }
                previous = set == null ? e : null;
                chars.addAll(set == null ? Set.of(e) : set);
            } else if (c == '-' && previous != null && "\\[]".indexOf(source.charAt(i + 1)) < 0) {
                char last = source.charAt(++i);
                if (last < previous || last - previous > WIDEST_RANGE) {
                    return null;
                }
                for (char r = previous; r <= last; r++) {
                    chars.add(r);
                }
                previous = null;
            } else {
                chars.add(c);
                previous = c;
            }
        }
        return chars;
    }

    /** The characters of {@code \d} and {@code \s} (without UNICODE_CHARACTER_CLASS); null for other letters. */
    private static Set<Character> escaped(char e) {
        if (e == 'd') {
            Set<Character> digits = new HashSet<>();
            for (char d = '0'; d <= '9'; d++) {
                digits.add(d);
            }
            return digits;
        }
        return e == 's' ? Set.of(' ', '\t', '\n', '\u000B', '\f', '\r') : null;
    }

    /** A look-ahead or look-behind group starts at {@code at}: it matches no characters. */
    static boolean isLookAround(String source, int at) {
        return source.startsWith("(?=", at) || source.startsWith("(?!", at)
                || source.startsWith("(?<=", at) || source.startsWith("(?<!", at);
    }

    /** The index just after the atom at {@code at} (a group with its closing bracket, a class, an escape). */
    static int skip(String source, int at) {
        char c = source.charAt(at);
        if (c == '\\') {
            return Math.min(source.length(), at + 2);
        }
        if (c == '[') {
            return skipClass(source, at);
        }
        if (c != '(') {
            return at + 1;
        }
        int depth = 0;
        int i = at;
        while (i < source.length()) {
            char d = source.charAt(i);
            if (d == '\\') {
                i += 2;
                continue;
            }
            if (d == '[') {
                i = skipClass(source, i);
                continue;
            }
            if (d == '(') {
                depth++;
            } else if (d == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return source.length();
    }

    private static int skipClass(String source, int at) {
        int depth = 0;
        int i = at;
        while (i < source.length()) {
            char d = source.charAt(i);
            if (d == '\\') {
                i += 2;
                continue;
            }
            if (d == '[') {
                depth++;
            } else if (d == ']' && i > at + 1 && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return source.length();
    }
}
