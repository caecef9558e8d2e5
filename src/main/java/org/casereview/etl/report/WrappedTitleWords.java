package org.casereview.etl.report;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Two title lines joined, a word broken by a hyphen at the first line's end made whole ("Local Child Safeguarding
 * Practice Re-" / "view: Baby R", TeX hyphenating a cover title): only when the whole word makes the text name a
 * review type the hyphenated form does not, so a compound wrapped at its own hyphen ("Multi-" / "agency") keeps it.
 */
final class WrappedTitleWords {

    private static final Pattern BROKEN_END = Pattern.compile("\\p{L}-$");

    private WrappedTitleWords() {
    }

    /** The two lines as one text: the broken word whole, else the lines joined by a space. */
    static String join(String line, String next, Predicate<String> namesReviewType) {
        String spaced = line + " " + next;
        if (!BROKEN_END.matcher(line).find() || next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
            return spaced;
        }
        String whole = line.substring(0, line.length() - 1) + next;
        return namesReviewType.test(whole) && !namesReviewType.test(spaced) ? whole : spaced;
    }
}
