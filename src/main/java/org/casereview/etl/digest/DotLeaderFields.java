package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a record export laid out as a form: a field's name in a left column, padded to the value's column
 * with a dot leader instead of a colon ("Learning ......... - the father was never asked", "Recommendations .. - ...").
 * The leader is a colon there, so a label keeps its shape; a field that holds the review's title
 * ({@code title_field} of digest-grammar.yml) leaves only its value, the title line. Only a text with two field lines
 * or more is such a form; a contents line ("Introduction ........ 3") has a page number for its value and is no field.
 */
final class DotLeaderFields {

    private static final int MIN_FIELDS = 2;
    private static final Pattern LEADER_START = Pattern.compile("[.\u2024\u2026][ \\t]?[.\u2024\u2026]");
    /**
     * A short name at the line start (up to four words, letters only), a leader of two dots or more, the value; the
     * value never starts with the leader's last dot, so a spaced leader ('Child A . . . 3') cannot give way to one.
     */
    private static final Pattern FIELD = Pattern.compile("^[ \\t]{0,3}(\\p{Lu}[\\p{L}'\u2019-]*(?:[ \\t][\\p{L}'\u2019-]+){0,3})"
            + "[ \\t]*(?:[.\u2024\u2026][ \\t]?){2,}(?:[ \\t]+|$)(?![.\u2024\u2026]|[\\divxlc]{1,4}[ \\t]*$)(.*)$");

    private final Pattern titleField;

    DotLeaderFields(DigestGrammar grammar) {
        this.titleField = grammar.titleField;
    }

    String asFields(String text) {
        if (!LEADER_START.matcher(text).find()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int fields = 0;
        for (String line : lines) {
            fields += FIELD.matcher(line).matches() ? 1 : 0;
        }
        if (fields < MIN_FIELDS) {
            return text;
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher field = FIELD.matcher(lines[i]);
            if (field.matches()) {
                String name = field.group(1);
                String value = field.group(2).strip();
                lines[i] = titleField.matcher(name).matches() ? value : (name + ": " + value).strip();
            }
        }
        return String.join("\n", lines);
    }
}
