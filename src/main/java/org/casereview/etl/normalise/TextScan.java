package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences and clauses of a text, with their offsets. */
final class TextScan {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'\u2018\u201c(])|\\n\\s*\\n");
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

    static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            addSentence(sentences, text, start, end.start());
            start = end.end();
        }
        addSentence(sentences, text, start, text.length());
        return sentences;
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
