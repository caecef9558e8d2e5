package org.casereview.etl.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page's jump list ('On this page' and under it '- Summary', '- What we learned', '- Recommendations', each a link
 * to a heading further down): navigation, not a digest's labels. A run of at least {@value #MIN_LINES} marked lines,
 * each only a short name (capitalised, a few words, no sentence end), printed before the sections they name: at least
 * {@value #MIN_REPEATED} of the names, and half of them, stand again later alone on a line, unmarked (the section
 * headings the links jump to). Such a run holding a marked label ('- Recommendations', which {@link UnitShapes} reads
 * as a label alone after its marker) is blanked before units are read, its lines kept as empty lines. A digest's label
 * after a marker ('- Learning') opens points that are sentences, not names, and its points are printed nowhere else.
 */
final class JumpLists {

    static final int MIN_LINES = 3;
    static final int MIN_REPEATED = 2;
    /** Words of a jump list's line: a section's name ("Child T and her family"), never a point of a list. */
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 60;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:,!?]$");
    /** A later line's marks around a heading's words: markdown hashes, bold stars, a closing colon. */
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+|^\\*\\*|\\*\\*$|\\s*:$");

    private JumpLists() {
    }

    /**
     * The text with each jump list holding a line {@code label} accepts blanked.
     *
     * @param label whether a marked line reads as a label (checked only on the lines of a run found)
     */
    static String blank(String text, Predicate<String> label) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        int i = 0;
        while (i < lines.length) {
            int end = runEnd(lines, i);
            if (end - i >= MIN_LINES && isJumpList(lines, i, end, label)) {
                for (int j = i; j < end; j++) {
                    lines[j] = "";
                }
                changed = true;
            }
            i = Math.max(end, i + 1);
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** The end (exclusive, after its last named line) of the run of marked names starting at {@code start}. */
    private static int runEnd(String[] lines, int start) {
        int end = start;
        int k = start;
        while (k < lines.length) {
            if (name(lines[k]) != null) {
                end = ++k;
            } else if (lines[k].isBlank() && k > start && k + 1 < lines.length && name(lines[k + 1]) != null) {
                k++; // one blank line between two items, as a page's list items may be printed
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isJumpList(String[] lines, int start, int end, Predicate<String> label) {
        List<String> names = java.util.stream.IntStream.range(start, end).mapToObj(k -> name(lines[k]))
                .filter(n -> n != null).toList();
        Set<String> later = new HashSet<>();
        for (int k = end; k < lines.length; k++) {
            String line = lines[k].strip();
            if (!line.isEmpty() && line.length() <= MAX_CHARS + 8) {
                later.add(key(HEADING_MARKS.matcher(line).replaceAll("")));
            }
        }
        long repeated = names.stream().filter(n -> later.contains(key(n))).count();
        if (repeated < MIN_REPEATED || repeated * 2 < names.size()) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (!lines[k].isBlank() && label.test(lines[k].strip())) {
                return true;
            }
        }
        return false;
    }

    /** The name a marked line holds ("- What we learned" gives "What we learned"), or null for any other line. */
    private static String name(String line) {
        String t = line.strip();
        Matcher marker = UnitShapes.BULLET.matcher(t);
        if (t.length() > MAX_CHARS || !marker.lookingAt()) {
            return null;
        }
        String name = t.substring(marker.end()).strip();
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || SENTENCE_END.matcher(name).find()
                || SPACES.split(name).length > MAX_WORDS) {
            return null;
        }
        return name;
    }

    private static String key(String words) {
        return SPACES.matcher(words.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
