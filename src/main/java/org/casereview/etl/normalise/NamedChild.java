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

    NamedChild(Vocabulary vocabulary) {
        this.childNoun = Pattern.compile("^(?:" + String.join("|", vocabulary.words("people", "children").stream()
                .map(PhrasePatterns::spaced).toList()) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    /** {@code text} with each first name of {@code childName} (when it has no child noun) as 'Child Name'. */
    String asChild(String text, String childName) {
        if (text == null || childName == null || childName.isBlank() || childNoun.matcher(childName.strip()).find()) {
            return text;
        }
        String out = text;
        for (String name : JOINERS.split(childName.strip())) {
            if (NAME.matcher(name).matches()) {
                out = Pattern.compile("(?<![\\p{L}\\w-])" + Pattern.quote(name) + "(?![\\p{L}\\w-])").matcher(out)
                        .replaceAll(Matcher.quoteReplacement("Child " + name));
            }
        }
        return out;
    }
}
