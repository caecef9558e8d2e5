package org.casereview.etl.normalise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns vocabulary phrases into regular expressions. */
final class PhrasePatterns {
    private static final String SEPARATOR = "[\\s\\-\u00a0\u2010\u2011\u2013]";
    private static final int LOOK_BEHIND_SEPARATORS = 3;
    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9]{2,}");

    private PhrasePatterns() {
    }

    /**
     * A phrase on word boundaries; a space matches spaces, hyphens and line breaks.
     * Acronyms (FGM, SEND) are matched case-sensitively so that ordinary words do not trigger them.
     */
    static Pattern phrase(String fragment) {
        int flags = ACRONYM.matcher(fragment).matches() ? 0 : Pattern.CASE_INSENSITIVE;
        return Pattern.compile("(?<![\\w-])(?:" + spaced(fragment) + ")(?![\\w-])", flags);
    }

    /** One pattern matching any of the phrases. */
    static Pattern anyOf(List<String> fragments) {
        String alternation = String.join("|", fragments.stream().map(PhrasePatterns::spaced).toList());
        return Pattern.compile("(?<![\\w-])(?:" + alternation + ")(?![\\w-])",
                Pattern.CASE_INSENSITIVE);
    }

    /** Any of the phrases at the end of a text, optionally followed by a few more words ("by a 15-year-old"). */
    static Pattern endingWith(List<String> fragments, int wordsAfter) {
        String alternation = String.join("|", fragments.stream().map(PhrasePatterns::spaced).toList());
        return Pattern.compile("(?<![\\w-])(?:" + alternation + ")(?:\\s+[\\w-]+){0," + wordsAfter + "}\\W*$",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * The phrases as few patterns as possible (one pass over a long text instead of one per phrase):
     * all ordinary phrases in one alternation, each case-sensitive acronym on its own.
     */
    static List<Pattern> phrases(List<String> fragments) {
        List<String> words = fragments.stream().filter(f -> !ACRONYM.matcher(f).matches()).toList();
        List<Pattern> patterns = new ArrayList<>();
        if (!words.isEmpty()) {
            patterns.add(anyOf(words));
        }
        fragments.stream().filter(f -> ACRONYM.matcher(f).matches()).map(PhrasePatterns::phrase).forEach(patterns::add);
        return patterns;
    }

    /**
     * A space matches one or more separators; " ?" (an optional space) matches none or more. Inside a
     * look-behind at most {@value #LOOK_BEHIND_SEPARATORS}: an unbounded look-behind is tried back to the
     * text's start at every position, which makes one long paragraph cost the square of its length.
     */
    static String spaced(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length() * 2);
        int lookBehindDepth = 0;
        ArrayDeque<Boolean> groups = new ArrayDeque<>();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            boolean inLookBehind = lookBehindDepth > 0;
            if (c == '\\' && i + 1 < fragment.length()) {
                out.append(c).append(fragment.charAt(++i));
            } else if (c == '(') {
                boolean lookBehind = fragment.startsWith("(?<!", i) || fragment.startsWith("(?<=", i);
                groups.push(lookBehind);
                lookBehindDepth += lookBehind ? 1 : 0;
                out.append(c);
            } else if (c == ')' && !groups.isEmpty()) {
                lookBehindDepth -= groups.pop() ? 1 : 0;
                out.append(c);
            } else if (c == '\'') {
                out.append("['\u2019]");
            } else if (c == ' ' && i + 1 < fragment.length() && fragment.charAt(i + 1) == '?') {
                out.append(SEPARATOR).append(inLookBehind ? "{0," + LOOK_BEHIND_SEPARATORS + "}" : "*");
                i++;
            } else if (c == ' ') {
                out.append(SEPARATOR).append(inLookBehind ? "{1," + LOOK_BEHIND_SEPARATORS + "}" : "+");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
