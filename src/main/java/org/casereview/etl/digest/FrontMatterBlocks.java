package org.casereview.etl.digest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static site's 'print all' joins one markdown file per review, each opening with its own YAML front matter: a
 * '---' line after a blank line, 'key: value' lines, a closing '---'. Read as plain markdown the rules go and the keys
 * stay as a paragraph, so no line opens the review. Such a block is the review's structured heading: its title key
 * becomes a heading line, its date, area and report keys detail and link lines the grammar reads, and its other keys
 * go. A block at the top of the text is the digest's own front matter and is left alone. Lines keep their numbers.
 */
final class FrontMatterBlocks {

    private static final int MAX_KEYS = 30;
    private static final int MAX_VALUE = 300;
    private static final Pattern OPEN = Pattern.compile("^---[ \\t]*$");
    private static final Pattern CLOSE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$");
    /**
     * A key as static sites write them, a lower-case identifier ('title', 'review_type'): not a record's field name
     * ('Title:', 'Learning includes:'), whose '---'-ruled records are text.
     */
    private static final Pattern KEY = Pattern.compile("^([a-z][a-z0-9_-]{0,40}):(?:[ \\t]+(.{0," + MAX_VALUE + "}))?$");
    /** A nested value (a list's '- item', a map's indented key) under a key: part of the block, not read. */
    private static final Pattern NESTED = Pattern.compile("^[ \\t]+\\S.{0," + MAX_VALUE + "}$");
    private static final Pattern URL = Pattern.compile("(?:https?://|/)[^\\s<>()\"']{1,2000}");

    private final DigestGrammar grammar;
    private final DetailLines details;

    FrontMatterBlocks(DigestGrammar grammar) {
        this.grammar = grammar;
        this.details = new DetailLines(grammar);
    }

    String asHeadings(String text) {
        if (!text.contains("\n---")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        boolean textBefore = false;
        for (int i = 0; i < lines.length; i++) {
            if (textBefore && OPEN.matcher(lines[i]).matches() && lines[i - 1].isBlank()) {
                int close = closingLine(lines, i + 1);
                if (close > 0 && rewrite(lines, i, close, text)) {
                    i = close;
                    continue;
                }
            }
            textBefore = textBefore || !lines[i].isBlank();
        }
        return String.join("\n", lines);
    }

    /** The line closing a block of keys opened at {@code from - 1}, or -1 when the lines there are not such a block. */
    private static int closingLine(String[] lines, int from) {
        for (int i = from; i < lines.length && i <= from + MAX_KEYS; i++) {
            if (CLOSE.matcher(lines[i]).matches()) {
                return i > from ? i : -1;
            }
            boolean key = KEY.matcher(lines[i]).matches();
            if (!key && (i == from || !NESTED.matcher(lines[i]).matches())) {
                return -1;
            }
        }
        return -1;
    }

    /** Rewrites the block's lines when it has a title key; false (and nothing changed) when it has none. */
    private boolean rewrite(String[] lines, int open, int close, String text) {
        String title = null;
        List<String> read = new ArrayList<>();
        for (int i = open + 1; i < close; i++) {
            Matcher key = KEY.matcher(lines[i]);
            String value = key.matches() && key.group(2) != null ? unquoted(key.group(2).strip()) : "";
            String name = key.matches() ? key.group(1).replace('_', ' ').replace('-', ' ').strip() : "";
            if (value.isEmpty()) {
                read.add("");
            } else if (title == null && grammar.titleField.matcher(name).matches()) {
                title = value;
                read.add("");
            } else {
                read.add(detailLine(name, value, text));
            }
        }
        if (title == null) {
            return false;
        }
        lines[open] = "## " + title;
        for (int i = open + 1; i < close; i++) {
            lines[i] = read.get(i - open - 1);
        }
        lines[close] = "";
        return true;
    }

    /**
     * The key as a line the grammar reads: an area line, a date line ('Published 11 January 2031'), or the report link
     * when the review's text does not give the same target; empty for any other key.
     */
    private String detailLine(String name, String value, String text) {
        String area = name + ": " + value;
        if (details.areaOf(area) != null) {
            return area;
        }
        String dated = (name.equalsIgnoreCase("date") ? "Published" : name) + " " + asWords(value);
        if (details.dateLineYear(dated) != null) {
            return dated;
        }
        if (grammar.linkColumn.matcher(name).matches() && URL.matcher(value).matches()
                && text.indexOf(value) == text.lastIndexOf(value)) {
            return "[" + name + "](" + value + ")";
        }
        return "";
    }

    /** An ISO date ('2031-01-11') as a date line prints it ('11 January 2031'); any other value as it is. */
    private static String asWords(String value) {
        try {
            LocalDate date = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return value.charAt(0) == '"' ? inner.replace("\\\"", "\"") : inner.replace("''", "'");
        }
        return value;
    }
}
