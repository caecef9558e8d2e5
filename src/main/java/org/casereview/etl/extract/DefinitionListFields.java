package org.casereview.etl.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Definition lists used as fields ({@code <dt>Published:</dt><dd><p>2025-06</p></dd>}, the field list docutils puts
 * under a title): a term followed by a single one-line definition is written as one "Label: value" line, so the value
 * does not stand alone as a line of its own (where a date reads as a heading). A term with several definitions, or a
 * definition of more than one block (a summary and labelled lists under a title), stays as it is.
 */
final class DefinitionListFields {
    /** A value under a term without a colon is a field value only when this short: a longer one is prose. */
    private static final int BARE_TERM_VALUE_MAX_WORDS = 6;

    private record Part(boolean term, int start, int end) {
    }

    /** An open list: its terms and definitions so far, and where the open one started writing (-1: none open). */
    private static final class OpenList {
        private final List<Part> parts = new ArrayList<>();
        private int partStart = -1;
    }

    private final Deque<OpenList> lists = new ArrayDeque<>();

    void startList() {
        lists.push(new OpenList());
    }

    /** A {@code dt} or {@code dd} of the innermost open list starts writing at {@code position}. */
    void startPart(int position) {
        if (!lists.isEmpty()) {
            lists.peek().partStart = position;
        }
    }

    void endPart(boolean term, int position) {
        OpenList list = lists.peek();
        if (list != null && list.partStart >= 0) {
            list.parts.add(new Part(term, list.partStart, position));
            list.partStart = -1;
        }
    }

    /** At the end of a list: its field terms and values joined in {@code out}, the last first so places stay right. */
    void endList(StringBuilder out) {
        if (lists.isEmpty()) {
            return;
        }
        List<Part> parts = lists.pop().parts;
        for (int i = parts.size() - 2; i >= 0; i--) {
            Part term = parts.get(i);
            Part value = parts.get(i + 1);
            boolean onlyValue = i + 2 >= parts.size() || parts.get(i + 2).term();
            if (term.term() && !value.term() && onlyValue && term.end() == value.start()
                    && value.end() <= out.length()) {
                join(out, term, value);
            }
        }
    }

    private static void join(StringBuilder out, Part term, Part value) {
        String label = oneLine(out.substring(term.start(), term.end()));
        String text = oneLine(out.substring(value.start(), value.end()));
        if (label == null || text == null) {
            return;
        }
        String bare = label.replace("**", "").strip();
        String joined;
        if (bare.endsWith(":")) {
            joined = label + " " + text;
        } else if (!bare.isEmpty() && !bare.matches(".*[.;!?]$") && isShortValue(text)) {
            joined = label + ": " + text;
        } else {
            return;
        }
        int start = term.start();
        while (start < term.end() && out.charAt(start) == '\n') {
            start++;
        }
        out.replace(start, value.end(), joined);
    }

    /** The block written, when it is one plain line: not a heading, not a list item, not several blocks. */
    private static String oneLine(String written) {
        String block = written.strip();
        if (block.isEmpty() || block.contains("\n") || block.startsWith("#") || block.startsWith("- ")) {
            return null;
        }
        return block;
    }

    private static boolean isShortValue(String text) {
        String bare = text.replace("**", "").strip();
        return bare.split("\\s+").length <= BARE_TERM_VALUE_MAX_WORDS && !bare.matches(".*[.!?]$");
    }
}
