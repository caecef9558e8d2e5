package org.casereview.etl.digest;

import java.util.regex.Pattern;

/**
 * A letter's or an e-mail's sign-off after the digest: a closing line alone ('Kind regards', 'Best wishes', 'Many
 * thanks,') and the sender's lines under it (a name, a role, an organisation, contact lines) to the end of the text.
 * They are the sender's, not a review's, whatever their shape: a role line 'Officer – Some Partnership' has a dated
 * heading's 'A – B' shape. Only a closing line among the last lines, with a few short lines after it, is read so.
 */
final class SignOffs {

    private static final Pattern CLOSING = Pattern.compile("^[ \\t]*(?:\\*\\*|_)?(?:(?:kind|best|warm|warmest|many)"
            + " (?:regards|wishes|thanks)|regards|with (?:best|kind) (?:regards|wishes)|best|thanks|thank you|"
            + "yours (?:sincerely|faithfully)|all the best)[ \\t]*[,.!]?(?:\\*\\*|_)?[ \\t]*$", Pattern.CASE_INSENSITIVE);
    /** Lines the sender writes under the closing line: a name, a role, an organisation, a phone, an address. */
    private static final int MAX_LINES_AFTER = 8;
    private static final int MAX_WORDS = 16;

    private SignOffs() {
    }

    static String drop(String text) {
        int end = text.length();
        int lines = 0;
        int at = end;
        while (at > 0 && lines <= MAX_LINES_AFTER) {
            int start = text.lastIndexOf('\n', at - 1) + 1;
            String line = text.substring(start, at);
            if (CLOSING.matcher(line).matches()) {
                return lines > 0 ? text.substring(0, start) : text;
            }
            if (!line.isBlank()) {
                if (line.strip().split("\\s+").length > MAX_WORDS || line.strip().startsWith("- ")) {
                    return text;
                }
                lines++;
            }
            at = start - 1;
        }
        return text;
    }
}
