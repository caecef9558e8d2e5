package org.casereview.etl.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word spaces the page lines found on a tight justified line ({@link LineWordGaps}) given to the same line of
 * Tika's text, which parts words as PDFBox does: a text line that differs from a respaced page line only in its
 * spaces takes the page line's words.
 */
final class WordSpaces {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A list or heading mark the text line may carry before the printed words. */
    private static final Pattern MARK = Pattern.compile("^(\\s*(?:[-*] |#{1,6} )?)(.*)$");

    private WordSpaces() {
    }

    /** A line's text without its spaces: the same for a line however its words are parted. */
    static String key(CharSequence line) {
        return SPACES.matcher(line).replaceAll("");
    }

    static String restore(String markdown, Map<String, String> respaced) {
        if (respaced.isEmpty()) {
            return markdown;
        }
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher line = MARK.matcher(lines[i]);
            if (line.matches()) {
                String words = respaced.get(key(line.group(2)));
                if (words != null) {
                    lines[i] = line.group(1) + words;
                }
            }
        }
        return String.join("\n", lines);
    }
}
