package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences and clauses of a text, with their offsets. */
final class TextScan {
    /** Where a sentence ends, as a regular expression: what {@link #sentences} follows, without running it. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'\u2018\u201c(])|\\n\\s*\\n");
    private static final Pattern CLAUSE_START = Pattern.compile("[.;:!?,()]|\\bbut\\b|\\bwhile\\b|\\bwhilst\\b");
    /** "but" starts a new part, unless a verb follows it at once: "who did not ... but had ..." keeps its subject. */
    private static final Pattern SENTENCE_PART_START = Pattern.compile("[.;:!?]|\\bbut\\b(?!\\s+(?:also\\s+|still\\s+)?"
            + "(?:had|has|have|was|were|is|are|did|does|used|misused|drank|continued)\\b)");
    private static final int WINDOW_WORDS = 8;
    private static final int WIDE_WINDOW_WORDS = 12;
    private static final int LIST_WINDOW_WORDS = 16;
    private static final Pattern LIST_JOIN = Pattern.compile("\\b(?:or|nor)\\b", Pattern.CASE_INSENSITIVE);
    /** Look-behind windows never need more than this; keeps long report texts linear. */
    private static final int MAX_LOOK_BEHIND_CHARS = 400;

    private TextScan() {
    }

    record Sentence(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    /**
     * The text cut where {@link #SENTENCE_END} matches, as {@link Matcher#find()} finds its matches one after another,
     * without the regular expression: a whole report is cut once per reading (code lists, sex, ethnicity), and the
     * pattern's look-behind and alternation, tried at every character, cost more than all that is done with the
     * sentences ({@code TextScanTest} holds the two to the same cuts).
     */
    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int at = 0; at < n; at++) {
            int end = sentenceEndAt(text, at);
            if (end > at) {
                addSentence(sentences, text, start, at);
                start = end;
                at = end - 1;
            }
        }
        addSentence(sentences, text, start, n);
        return sentences;
    }

    /**
     * Where {@link #SENTENCE_END} matching at {@code at} ends, or {@code at} when it does not match there: white space
     * after [.!?] before a capital, a digit, a quote or a bracket (the greedy run of white space, since no white space
     * can be what follows it), else a line break and white space up to the run's last line break.
     */
    static int sentenceEndAt(String text, int at) {
        int n = text.length();
        int run = at;
        while (run < n && isSpace(text.charAt(run))) {
            run++;
        }
        if (run == at) {
            return at;
        }
        if (at > 0 && ".!?".indexOf(text.charAt(at - 1)) >= 0 && run < n && opensSentence(text.codePointAt(run))) {
            return run;
        }
        if (text.charAt(at) == '\n') {
            for (int last = run - 1; last > at; last--) {
                if (text.charAt(last) == '\n') {
                    return last + 1;
                }
            }
        }
        return at;
    }

    /** {@code \s}: white space as the patterns read it (no UNICODE_CHARACTER_CLASS). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code [\p{Lu}\d"'\u2018\u201c(]}: what can open a sentence after a full stop. */
    private static boolean opensSentence(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER || c >= '0' && c <= '9'
                || "\"'\u2018\u201c(".indexOf(c) >= 0;
    }

    private static void addSentence(List<Sentence> sentences, String text, int start, int end) {
        if (end > start && !text.substring(start, end).isBlank()) {
            sentences.add(new Sentence(start, text.substring(start, end)));
        }
    }

    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence sentence = sentences.get(middle);
            if (offset < sentence.start()) {
                high = middle - 1;
            } else if (offset >= sentence.end()) {
                low = middle + 1;
            } else {
                return sentence;
            }
        }
        return new Sentence(offset, "");
    }

    /** The last words before {@code offset} inside its clause (commas, semicolons and "but" end a clause). */
    static String clauseBefore(String text, int offset) {
        return lastWords(text, offset, CLAUSE_START, WINDOW_WORDS);
    }

    /**
     * The words a negation before {@code offset} reaches over: its clause, and a longer stretch when the
     * phrase ends a list ("not subject to a child protection plan or a child in need plan").
     */
    static String negationScope(String text, int offset) {
        String clause = clauseBefore(text, offset);
        return LIST_JOIN.matcher(clause).find() ? lastWords(text, offset, CLAUSE_START, LIST_WINDOW_WORDS) : clause;
    }

    /** The last words before {@code offset} in its sentence part, across commas ("both parents, who had ..."). */
    static String wideBefore(String text, int offset) {
        return lastWords(text, offset, SENTENCE_PART_START, WIDE_WINDOW_WORDS);
    }

    /** All words before {@code offset} in its sentence part (from the sentence start or a "but" with a new subject). */
    static String partBefore(String text, int offset) {
        return lastWords(text, offset, SENTENCE_PART_START, Integer.MAX_VALUE);
    }

    private static String lastWords(String text, int offset, Pattern boundaries, int count) {
        String before = text.substring(Math.max(0, offset - MAX_LOOK_BEHIND_CHARS), offset);
        Matcher boundary = boundaries.matcher(before);
        int start = 0;
        while (boundary.find()) {
            start = boundary.end();
        }
        String[] words = before.substring(start).trim().split("\\s+");
        int from = Math.max(0, words.length - Math.min(count, words.length));
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** The part of {@code clause} after the last match of {@code end} (all of it when none). */
    static String afterLast(Pattern end, String clause) {
        Matcher matcher = end.matcher(clause);
        int from = 0;
        while (matcher.find()) {
            from = matcher.end();
        }
        return clause.substring(from);
    }

    /** The text after {@code offset} up to the end of its clause. */
    static String clauseAfter(String text, int offset) {
        Matcher boundary = CLAUSE_START.matcher(text);
        return boundary.find(offset) ? text.substring(offset, boundary.start()) : text.substring(offset);
    }

    /** The words right before {@code offset} in the same sentence, without clause limits. */
    static String justBefore(String text, int offset, int chars) {
        return text.substring(Math.max(0, offset - chars), offset);
    }
}
