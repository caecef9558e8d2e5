package org.casereview.etl.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review written to the child as a letter names the child in its salutation: "Dear Kian," alone on a line of the
 * first pages, the same name printed on the cover ("A letter to Kian"). An addressee that is no name ("Dear colleague",
 * "Dear reader") or a name the cover does not print (a letter quoted in the body) names no child.
 */
final class LetterAddressee {

    private static final Pattern SALUTATION = Pattern.compile("(?i:dear)\\s+(\\p{Lu}\\p{Ll}+)\\s*[,:!]?");
    /** The letter's opening is on the first pages: a letter quoted later in the report is someone else's. */
    private static final int FIRST_PAGES = 3;
    private static final Set<String> NOT_NAMES =
            Set.copyOf(Vocabulary.defaults().lowerWords("layout-words", "salutation_not_names"));

    private LetterAddressee() {
    }

    /**
     * @param pseudonym whether a word reads as a child's pseudonym (no review, partnership or document word)
     */
    static Optional<String> named(List<PageText> rawPages, List<TextLine> coverLines, Predicate<String> pseudonym) {
        for (PageText page : rawPages) {
            if (page.number() > FIRST_PAGES) {
                break;
            }
            for (TextLine line : page.lines()) {
                Matcher salutation = SALUTATION.matcher(TextRepair.clean(line.text()).strip());
                if (salutation.matches() && isName(salutation.group(1), pseudonym) && printedOn(coverLines, salutation.group(1))) {
                    return Optional.of(salutation.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isName(String word, Predicate<String> pseudonym) {
        return !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) && pseudonym.test(word);
    }

    private static boolean printedOn(List<TextLine> coverLines, String name) {
        Pattern word = Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(name) + "($|[^\\p{L}])");
        return coverLines.stream().filter(l -> l.page() == 1).anyMatch(l -> word.matcher(TextRepair.clean(l.text())).find());
    }
}
