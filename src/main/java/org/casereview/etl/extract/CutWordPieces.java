package org.casereview.etl.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text message whose encoder broke long lines inside words and whose soft breaks were then lost keeps the
 * pieces on two lines ("not treated as safeg" over "uarding"). A line's last word and the next line's first are one
 * word again when neither piece is a word anywhere else in the text and the two together are (the text's own words
 * are the vocabulary: "safeguarding" written whole elsewhere). Words that are words elsewhere never join.
 */
final class CutWordPieces {
    private static final Pattern WORD = Pattern.compile("\\p{L}{1,40}");
    private static final Pattern LAST_PIECE = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019.-])(\\p{L}{1,40})$");
    private static final Pattern FIRST_PIECE = Pattern.compile("^(\\p{L}{1,40})(?![\\p{L}\\p{N}'\u2019-])");
    private static final int MIN_JOINED = 3;

    private CutWordPieces() {
    }

    static String join(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> counts = counts(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i + 1 < lines.length) {
                Matcher last = LAST_PIECE.matcher(line);
                Matcher first = FIRST_PIECE.matcher(lines[i + 1]);
                if (last.find() && first.find() && isCut(last.group(1), first.group(1), counts)) {
                    lines[i + 1] = line + lines[i + 1];
                    continue;
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean isCut(String before, String after, Map<String, Integer> counts) {
        String joined = (before + after).toLowerCase(Locale.ROOT);
        return joined.length() >= MIN_JOINED && counts.getOrDefault(before.toLowerCase(Locale.ROOT), 0) == 1
                && counts.getOrDefault(after.toLowerCase(Locale.ROOT), 0) == 1 && counts.getOrDefault(joined, 0) >= 1;
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            counts.merge(word.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }
}
