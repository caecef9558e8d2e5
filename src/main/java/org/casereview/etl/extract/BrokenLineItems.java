package org.casereview.etl.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * Items an HTML or Word author wrote one a line under their label, each line broken off with a line break ({@code <br>},
 * Shift+Enter) and none with a bullet or number: '**Learning includes:**' over 'the phone was not seen as a sign of
 * grooming' and 'the police did not use what her mother said'. Markup text keeps such a break as a line end inside its
 * block, but the digest's line reader cannot tell it from a wrapped line and joins a line that starts in lower case to
 * the one above. In markup a line inside a block is one the author broke, never one a width wrapped, unless the text was
 * wrapped before it became markup (a plain-text message turned into HTML with a {@code <br>} at each line end); its prose
 * lines tell which: a writer's paragraphs run far past any width a mail program wraps at ({@link IndentedItemLines}).
 * So in such a text, the lines of the block under a line ending with a colon (in the label's own block or the next one),
 * two or more, with no mark of their own and none but the last ending a sentence, are items and get the '- ' a list item
 * has; a line after one cut mid-phrase (ending on 'the', 'and', 'aged', ... or a hyphen) stays the rest of it. A summary
 * cut into sentences, and items that already have a bullet, stay as they are.
 */
final class BrokenLineItems {
    private static final int MIN_RUN = 2;
    private static final int MAX_LABEL = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201d)*_]*$");
    private static final Pattern NOT_AN_ITEM = Pattern.compile("^(?:[#|]|\\*\\*)");
    private static final Set<String> CONTINUATION_WORDS = Set.copyOf(
            Vocabulary.bundled().strings("digest-grammar", "continuation_words"));

    private BrokenLineItems() {
    }

    static String marked(String text) {
        if (text.indexOf(":\n") < 0 && text.indexOf(":**\n") < 0 && text.indexOf(":*\n") < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        if (IndentedItemLines.widestProse(lines) < IndentedItemLines.UNWRAPPED_WIDTH) {
            return text;
        }
        boolean changed = false;
        for (int i = 0; i < lines.length - MIN_RUN; i++) {
            if (isLabelLine(lines[i])) {
                int start = lines[i + 1].isBlank() ? i + 2 : i + 1;
                changed |= markRun(lines, start);
            }
        }
        return changed ? String.join("\n", lines) : text;
    }

    /** The lines of the block from {@code start} marked as items when they are a run of them; whether they were. */
    private static boolean markRun(String[] lines, int start) {
        int end = start;
        while (end < lines.length && !lines[end].isBlank() && !isLabelLine(lines[end])) {
            String line = lines[end].strip();
            if (IndentedItemLines.MARKED.matcher(line).find() || NOT_AN_ITEM.matcher(line).find()) {
                return false;
            }
            end++;
        }
        if (end - start < MIN_RUN) {
            return false;
        }
        for (int i = start; i < end - 1; i++) {
            if (SENTENCE_END.matcher(lines[i].stripTrailing()).find()) {
                return false; // prose cut into sentences
            }
        }
        for (int i = start; i < end; i++) {
            if (i == start || !isCutMidPhrase(lines[i - 1])) {
                lines[i] = "- " + lines[i].strip();
            }
        }
        return true;
    }

    /** A line ending with a colon, its bold or italic marks aside: a label, or a sentence opening a list. */
    private static boolean isLabelLine(String line) {
        if (line.length() > MAX_LABEL || line.indexOf(':') < 0) {
            return false;
        }
        String s = line.strip();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '*' || s.charAt(end - 1) == '_')) {
            end--;
        }
        return end > 1 && s.charAt(end - 1) == ':' && !s.startsWith("- ");
    }

    private static boolean isCutMidPhrase(String line) {
        String s = line.stripTrailing();
        if (s.endsWith("-") && !s.endsWith(" -")) {
            return true;
        }
        int space = s.lastIndexOf(' ');
        return CONTINUATION_WORDS.contains(s.substring(space + 1).toLowerCase(Locale.ROOT));
    }
}
