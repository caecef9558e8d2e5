package org.casereview.etl.digest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown footnotes (PHP Markdown Extra, pandoc, GitHub): a reference {@code [^id]} and its definition
 * {@code [^id]: note} on a line of its own, wrapped lines indented under it. A note that is only a URL is the link of
 * the words before its reference ("Read the overview report (PDF)[^r1]" becomes "[Read the overview report
 * (PDF)](url)"), back to the line's start, its list marker, or a sentence or label end before them. Any other note is
 * not text of a review: its reference and definition go. Definition lines are emptied, so line numbers stay.
 */
final class MarkdownFootnotes {

    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[\\^([^\\]\\s]{1,100})\\]:[ \\t]*(.*)$"
            + "((?:\\n(?: {4}|\\t).*)*)");
    private static final Pattern URL_NOTE = Pattern.compile("<?(https?://[^\\s<>]+)>?");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]{1,100})\\](?!:)");
    /** A quote mark, heading mark or list marker at the line start: the linked words start after it. */
    private static final Pattern LINE_LEAD = Pattern.compile("^[ \\t]*(?:>[ \\t]*)?(?:(?:#{1,6}|[-*+\u2022]|\\d{1,2}[.)])[ \\t]+)?");
    /** A sentence or label end: the linked words start after the last one. */
    private static final Pattern WORDS_BREAK = Pattern.compile("[.!?:;][ \\t]+");

    private MarkdownFootnotes() {
    }

    static String inline(String text) {
        if (!text.contains("[^")) {
            return text;
        }
        Map<String, String> notes = new HashMap<>();
        Matcher definition = DEFINITION.matcher(text);
        StringBuilder withoutNotes = new StringBuilder(text.length());
        while (definition.find()) {
            String note = (definition.group(2) + definition.group(3)).strip();
            Matcher url = URL_NOTE.matcher(note);
            notes.putIfAbsent(key(definition.group(1)), url.matches() ? url.group(1) : "");
            definition.appendReplacement(withoutNotes, "\n".repeat((int) definition.group().chars().filter(c -> c == '\n').count()));
        }
        if (notes.isEmpty()) {
            return text;
        }
        definition.appendTail(withoutNotes);
        StringBuilder out = new StringBuilder(withoutNotes.length());
        for (String line : withoutNotes.toString().split("\n", -1)) {
            out.append(linked(line, notes)).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String linked(String line, Map<String, String> notes) {
        if (!line.contains("[^")) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        Matcher reference = REFERENCE.matcher(line);
        int done = 0;
        while (reference.find()) {
            String target = notes.get(key(reference.group(1)));
            if (target == null) {
                continue;
            }
            String before = line.substring(done, reference.start());
            int wordsStart = wordsStart(before, done == 0);
            String words = before.substring(wordsStart).strip();
            out.append(before, 0, wordsStart);
            if (target.isEmpty()) {
                out.append(before.substring(wordsStart).stripTrailing());
            } else if (words.isEmpty() || words.contains("[") || words.contains("]")) {
                out.append(before.substring(wordsStart)).append(words.isEmpty() ? target : "");
            } else {
                out.append('[').append(words).append("](").append(target).append(')');
            }
            done = reference.end();
        }
        return out.append(line.substring(done)).toString();
    }

    private static int wordsStart(String before, boolean lineStart) {
        Matcher lead = LINE_LEAD.matcher(before);
        int start = lineStart && lead.lookingAt() ? lead.end() : 0;
        if (lineStart && before.stripLeading().startsWith("#")) {
            return start; // a heading is one title, its colon no label end
        }
        Matcher end = WORDS_BREAK.matcher(before);
        while (end.find(start)) {
            start = end.end();
        }
        return start;
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
