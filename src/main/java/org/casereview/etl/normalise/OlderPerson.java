package org.casereview.etl.normalise;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence about someone older than the child: opened by a pronoun ("She had self-harmed since the age of 15", "She
 * had been excluded from school at 14 and had been on a child protection plan as a teenager") and stating an age the
 * child has not reached. Beside an 8-year-old or a 13-year-old such a sentence tells a parent's or step-parent's past,
 * whoever the pronoun seems to point to; beside a 19-year-old care leaver it may be the young person's own.
 */
final class OlderPerson {
    private static final Pattern LEADING_PRONOUN = Pattern.compile("^\\W*(?:he|she)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    /** "since the age of 15", "from 14", "at 14", "when she was 16": group 1 the age. */
    private static final Pattern STATED_AGE = Pattern.compile("(?<![\\w-])(?:(?:since|from|at|after|until|before) (?:the age of |age )?"
            + "|when (?:she|he) was (?:aged )?)(\\d{1,2})(?![\\w-])(?!\\s*(?:%|per ?cent|weeks?|months?|days?|hours?|minutes?|times?"
            + "|years?(?! old)|miles?|[ap]\\.?m|o'clock|[\\w-]+ (?:street|road|lane)))", Pattern.CASE_INSENSITIVE);
    /** "as a teenager", "in her teens", "since his teens": an age of 13 or more. */
    private static final Pattern TEENS = Pattern.compile("(?<![\\w-])(?:as an? (?:teenager|adolescent)|(?:in|since|from) (?:her|his|their|the) "
            + "(?:early |mid |late )?teens)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final int TEEN = 13;

    private OlderPerson() {
    }

    static boolean pronounSentenceOlderThan(String sentence, BigDecimal childAge) {
        if (childAge == null || !LEADING_PRONOUN.matcher(sentence).lookingAt()) {
            return false;
        }
        int stated = TEENS.matcher(sentence).find() ? TEEN : 0;
        Matcher age = STATED_AGE.matcher(sentence);
        while (age.find()) {
            stated = Math.max(stated, Integer.parseInt(age.group(1)));
        }
        return stated > 0 && childAge.compareTo(BigDecimal.valueOf(stated)) < 0;
    }
}
