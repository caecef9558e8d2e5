package org.casereview.etl.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry's named child is the child, whatever the form of the name. A review titled with a first name ('Kacper:
 * Serious case review') calls the child by it where another calls it 'Child KE'; the rules that tell the child from
 * the people around it ({@link PhraseOwner}, the sibling cues) know the child by a child noun. For the code lists, a
 * first name that is the entry's child's name is written as 'Child Kacper', so that it is read as 'Child KE' is.
 */
final class NamedChild {

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]{1,30}");
    private static final Pattern JOINERS = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

    /** A child noun at a name's start: the name is already a child's ('Child KE', 'Baby Kate'). */
    private final Pattern childNoun;
    /** "referred to as Max in the report": a name the summary gives the child; group 1 the name. */
    private final Pattern pseudonym;

    NamedChild(Vocabulary vocabulary) {
        this.childNoun = Pattern.compile("^(?:" + String.join("|", vocabulary.words("people", "children").stream()
                .map(PhrasePatterns::spaced).toList()) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.pseudonym = Pattern.compile(PhrasePatterns.spaced(vocabulary.text("people", "pseudonym")), Pattern.CASE_INSENSITIVE);
    }

    /**
     * {@code text} with each first name of {@code childName} (when it has no child noun), and a name the text gives the
     * child for the review ("referred to as Max in the report"), as 'Child Name'.
     */
    String asChild(String text, String childName) {
        if (text == null) {
            return null;
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        if (childName != null && !childName.isBlank() && !childNoun.matcher(childName.strip()).find()) {
            names.addAll(java.util.Arrays.asList(JOINERS.split(childName.strip())));
        }
        Matcher given = pseudonym.matcher(text);
        if (given.find()) {
            names.add(given.group(1));
        }
        String out = text;
        for (String name : names) {
            if (NAME.matcher(name).matches()) {
                out = Pattern.compile("(?<![\\p{L}\\w-])(?<!Child )" + Pattern.quote(name) + "(?![\\p{L}\\w-])").matcher(out)
                        .replaceAll(Matcher.quoteReplacement("Child " + name));
            }
        }
        return out;
    }
}
