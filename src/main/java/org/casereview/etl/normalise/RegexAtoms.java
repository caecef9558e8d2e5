package org.casereview.etl.normalise;

/** Steps over one atom of a regular expression's source: a literal, an escape, a class or a group. */
final class RegexAtoms {

    private RegexAtoms() {
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
