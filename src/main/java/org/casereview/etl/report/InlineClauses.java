package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph's inline enumeration of lettered clauses after a lead-in ('The Board recommends that: (a) ...; (b) ...;
 * and (c) ...'): the letters in their sequence from (a), each clause but the last closed by a semicolon or comma
 * (perhaps then 'and' / 'or'). The sequence is the evidence: a wrapped line that opens with '(c)' goes on the paragraph
 * that holds '(b)' inline ({@link #continues}) instead of starting a list entry, and the paragraph gives one item per
 * clause ({@link #of}). A reference in prose ('paragraphs (a) and (b) of the guidance') has no closing semicolons.
 */
final class InlineClauses {

    /** A clause letter in brackets, inline: after a space or a colon, a space after it. Group 1 the letter. */
    private static final Pattern MARK = Pattern.compile("(?<=[\\s:])\\(([a-z])\\)\\s+");
    /** A line opening with a clause letter after (a): '(c) the Board ...'. Group 1 the letter. */
    private static final Pattern LINE_MARK = Pattern.compile("^\\(([b-z])\\)\\s+");
    /** How a clause before the next one ends: a semicolon or comma, perhaps then 'and' / 'or'. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*[;,](?:\\s+(?:and|or))?\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words of the shortest clause: a clause asks or tells something, it is no one-word option. */
    private static final int MIN_CLAUSE_WORDS = 3;
    private static final int MIN_CLAUSES = 2;

    private InlineClauses() {
    }

    /**
     * Whether {@code line}, opening with a clause letter after (a), goes on the paragraph of {@code lines} (its lines so
     * far): the paragraph holds the letter before it inline, not at its start (a lettered list's own entry).
     */
    static boolean continues(List<String> lines, String line) {
        Matcher opening = LINE_MARK.matcher(line);
        if (!opening.lookingAt()) {
            return false;
        }
        String before = TextRepair.join(lines);
        String previous = "(" + (char) (opening.group(1).charAt(0) - 1) + ")";
        Matcher mark = MARK.matcher(before);
        while (mark.find()) {
            if (mark.start() > 0 && before.startsWith(previous, mark.start())) {
                return true;
            }
        }
        return false;
    }

    /** The clauses of the text's inline enumeration, in order; empty when it holds none. */
    static List<String> of(String text) {
        if (!text.contains("(a)")) {
            return List.of(); // the enumeration opens with (a): most paragraphs have none, and are not matched
        }
        List<int[]> marks = new ArrayList<>();
        Matcher mark = MARK.matcher(text);
        char expected = 'a';
        while (mark.find()) {
            if (mark.group(1).charAt(0) == expected) {
                marks.add(new int[] {mark.start(), mark.end()});
                expected++;
            }
        }
        if (marks.size() < MIN_CLAUSES || marks.get(0)[0] == 0) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            boolean last = k + 1 == marks.size();
            String clause = text.substring(marks.get(k)[1], last ? text.length() : marks.get(k + 1)[0]);
            Matcher end = CLAUSE_END.matcher(clause);
            if (!last && !end.find()) {
                return List.of();
            }
            clause = (last ? clause : clause.substring(0, end.start())).strip();
            if (SPACES.split(clause).length < MIN_CLAUSE_WORDS) {
                return List.of();
            }
            clauses.add(clause);
        }
        return clauses;
    }
}
