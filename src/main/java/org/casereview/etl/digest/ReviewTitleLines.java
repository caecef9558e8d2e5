package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a line, standing alone, reads as a review's title by the digest grammar: a child's pseudonym first, then
 * only the review's type ("Child AB: Serious case review"). A report's own chapter heads ("Serious case review: Child
 * AB Findings") are not.
 */
public final class ReviewTitleLines {

    private static final DigestGrammar GRAMMAR = DigestGrammar.standard();
    private static final UnitShapes SHAPES = new UnitShapes(GRAMMAR);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?::|[\u2013\u2014]|\\s-)\\s*");

    private ReviewTitleLines() {
    }

    public static boolean isReviewTitle(String line) {
        String t = line.strip();
        Matcher name = GRAMMAR.pseudonym.matcher(t);
        if (!name.lookingAt()) {
            return false;
        }
        Matcher separator = SEPARATOR.matcher(t).region(name.end(), t.length());
        if (!separator.lookingAt()) {
            return false;
        }
        String type = t.substring(separator.end());
        return SHAPES.isReviewTypeLine(type) && SHAPES.namesReviewType(type);
    }
}
