package org.casereview.etl.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closing sentence that announces a list by naming its kind, the kind's word last but for a few words ("The
 * learning points are:", "The review makes three recommendations:") or after "the following" ("The following good
 * practice was seen."); a sentence naming a kind mid-way ("In light of the learning, the review recommends that:")
 * announces none.
 *
 * @param <K> what a kind's words name (an item type)
 */
public final class ClosingLeadIns<K> {

    /** A word of a lead-in, an apostrophe included ("review's"). */
    private static final String WORD = "[\\p{L}'\u2019]+";
    /** Words a lead-in may go on with after the kind it names: "are", "were identified", "for practitioners". */
    private static final int MAX_TAIL_WORDS = 3;
    /** After "the following" and the kind, words naming whom it is for ("for practitioners and agencies across the
     * partnership."): "the following" already marks the list. */
    private static final int MAX_FOLLOWING_TAIL_WORDS = 7;
    /** Runs of non-space characters a lead-in holds besides its kind's words: "the following", two words, the tail
     * and a ':' or '.' standing apart. */
    private static final int MAX_RUNS_BESIDES_KIND = 2 + 2 + MAX_FOLLOWING_TAIL_WORDS + 1;

    /**
     * @param piece the longest part of the kind's words in lower case when ASCII (the patterns fold ASCII case only,
     *              so a text without it holds no match), or null
     */
    private record LeadIn<K>(K kind, Pattern pattern, String piece) {
    }

    private final List<LeadIn<K>> leadIns = new ArrayList<>();
    /** Characters other than letters, apostrophes and spaces the kinds' words hold. */
    private final StringBuilder otherWordCharacters = new StringBuilder();
    private final int maxRuns;

    /** @param words the words naming each kind; where two match from the same place, the earlier wins */
    public ClosingLeadIns(List<Map.Entry<K, String>> words) {
        int maxWordRuns = 0;
        for (Map.Entry<K, String> word : words) {
            leadIns.add(new LeadIn<>(word.getKey(), pattern(word.getValue()), longestAsciiPiece(word.getValue())));
            maxWordRuns = Math.max(maxWordRuns, 1 + (int) word.getValue().chars().filter(ClosingLeadIns::isSpace).count());
            word.getValue().chars().filter(c -> !inWords(c)).forEach(otherWordCharacters::appendCodePoint);
        }
        maxRuns = maxWordRuns + MAX_RUNS_BESIDES_KIND;
    }

    private static Pattern pattern(String word) {
        String phrase = Pattern.quote(word).replace(" ", "\\E\\s+\\Q");
        String tail = "(?:\\s+" + WORD + "){0," + MAX_TAIL_WORDS + "}";
        String followingTail = "(?:\\s+" + WORD + "){0," + MAX_FOLLOWING_TAIL_WORDS + "}";
        return Pattern.compile("(?i)(?:\\b(?:" + phrase + ")s?\\b" + tail + "\\s*:"
                + "|\\bthe\\s+following\\s+(?:" + WORD + "\\s+){0,2}(?:" + phrase + ")s?\\b" + followingTail
                + "\\s*[.:])$");
    }

    private static String longestAsciiPiece(String word) {
        String piece = Arrays.stream(word.split(" ")).max(Comparator.comparingInt(String::length)).orElse("");
        return !piece.isEmpty() && piece.chars().allMatch(c -> c < 128) ? piece.toLowerCase(Locale.ROOT) : null;
    }

    /** The kind the closing lead-in of a text names nearest the text's end, if any. */
    public Optional<K> announced(String text) {
        int mark = closingMark(text);
        if (mark < 0) {
            return Optional.empty();
        }
        // the patterns are tried from where a lead-in could start at the earliest, not from every place of the
        // text (every paragraph of every report); transparent bounds let '\b' see the character before
        int from = earliestStart(text, mark);
        String lowerTail = text.substring(from).toLowerCase(Locale.ROOT);
        int latest = -1;
        K kind = null;
        for (LeadIn<K> leadIn : leadIns) {
            if (leadIn.piece() != null && !lowerTail.contains(leadIn.piece())) {
                continue;
            }
            Matcher m = leadIn.pattern().matcher(text).region(from, text.length()).useTransparentBounds(true);
            // the kind named nearest the end: "The learning and recommendations are:" announces recommendations
            if (m.find() && m.start() > latest) {
                latest = m.start();
                kind = leadIn.kind();
            }
        }
        return Optional.ofNullable(kind);
    }

    /** Where the ':' or '.' a lead-in ends with must be: last, or before a closing line break ('$'). */
    private static int closingMark(String text) {
        int end = text.length();
        if (text.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ":.".indexOf(text.charAt(end - 1)) >= 0 ? end - 1 : -1;
    }

    /**
     * A lead-in holds only letters, apostrophes, spaces and its words' characters before its mark, and no more
     * runs of them between spaces than its parts; so it starts in the last stretch of such characters, within
     * that many runs of the mark.
     */
    private int earliestStart(String text, int mark) {
        int start = mark;
        int runs = 1;
        for (int i = mark - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!inWords(c) && otherWordCharacters.indexOf(String.valueOf(c)) < 0) {
                break;
            }
            if (!isSpace(c) && isSpace(text.charAt(i + 1)) && ++runs > maxRuns) {
                break;
            }
            start = i;
        }
        return start;
    }

    /** A letter (either half of a letter outside the BMP), an apostrophe or a space of the patterns' '\s'. */
    private static boolean inWords(int c) {
        return Character.isLetter(c) || Character.isSurrogate((char) c) || c == '\'' || c == '\u2019' || isSpace(c);
    }

    /** The patterns' '\s': space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
