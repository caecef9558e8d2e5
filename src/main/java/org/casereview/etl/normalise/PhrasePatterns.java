package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns vocabulary phrases into regular expressions. */
final class PhrasePatterns {
    private static final String SEPARATOR = "[\\s\\-\u00a0\u2010\u2011\u2013]";
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

    /** A space matches one or more separators; " ?" (an optional space) matches none or more. */
    static String spaced(String fragment) {
        return fragment.replace("'", "['\u2019]").replace(" ?", SEPARATOR + "*").replace(" ", SEPARATOR + "+");
    }
}
