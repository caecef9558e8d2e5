package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BulletGlyphs;

/**
 * Items typed one a line, indented under their label with no bullet or number (Notepad: 'LEARNING:' one TAB in, each
 * point two TABs in). In a text whose writer did not wrap lines (its prose lines run far past any width a mail program
 * or editor wraps at), a line under a label is never the wrapped rest of the one above: each line of an indented run is
 * an item, and gets the '- ' a list item has. The evidence is the pair of lines itself as well: a line is the first
 * part of a wrapped one only when the next line's first word would not have fitted on it. A run in a text wrapped at a
 * usual width, one line long, or with a bullet of its own is left as it is.
 */
final class IndentedItemLines {

    /** Wider than any hard wrap (72, 76, 80 columns; 100 at most): prose lines this long were never wrapped. */
    static final int UNWRAPPED_WIDTH = 120;
    private static final int TAB_WIDTH = 8;
    private static final int MIN_RUN = 2;
    private static final Pattern LEAD = Pattern.compile("^[ \\t]*");
    /** A line that opens with its own mark: a bullet (the shared glyphs, a dash), a quote, a number, a letter, a box. */
    static final Pattern MARKED = Pattern.compile(
            "^(?:[-*+\u2013\u2014>" + BulletGlyphs.GLYPHS + "]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)]|\\[)");

    private IndentedItemLines() {
    }

    static String marked(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int widest = widestProse(lines);
        if (widest < UNWRAPPED_WIDTH) {
            return text;
        }
        for (int i = 0; i < lines.length - MIN_RUN; i++) {
            if (lines[i].strip().endsWith(":")) {
                markRun(lines, i, widest);
            }
        }
        return String.join("\n", lines);
    }

    /** The lines after label line {@code label}, one indent deeper than it, each an item when no pair is wrapped. */
    private static void markRun(String[] lines, int label, int widest) {
        String lead = lead(lines[label + 1]);
        if (width(lead) <= width(lead(lines[label]))) {
            return;
        }
        List<Integer> run = new ArrayList<>();
        for (int i = label + 1; i < lines.length && !lines[i].isBlank() && lead(lines[i]).equals(lead); i++) {
            String item = lines[i].substring(lead.length());
            if (item.isEmpty() || Character.isWhitespace(item.charAt(0)) || MARKED.matcher(item).find()) {
                return;
            }
            if (!run.isEmpty() && width(lines[i - 1]) + 1 + firstWord(item).length() > widest) {
                return; // the word would not have fitted: a wrapped line
            }
            run.add(i);
        }
        if (run.size() >= MIN_RUN) {
            run.forEach(i -> lines[i] = lead + "- " + lines[i].substring(lead.length()));
        }
    }

    /** The widest line of words (no web address, which no one wraps): how far the writer let a line run. */
    static int widestProse(String[] lines) {
        int widest = 0;
        for (String line : lines) {
            if (!line.contains("://") && line.strip().indexOf(' ') > 0) {
                widest = Math.max(widest, width(line.stripTrailing()));
            }
        }
        return widest;
    }

    private static String lead(String line) {
        var m = LEAD.matcher(line);
        return m.find() ? m.group() : "";
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** Columns a line takes, a TAB to the next multiple of {@link #TAB_WIDTH}. */
    private static int width(String line) {
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            column = line.charAt(i) == '\t' ? (column / TAB_WIDTH + 1) * TAB_WIDTH : column + 1;
        }
        return column;
    }
}
