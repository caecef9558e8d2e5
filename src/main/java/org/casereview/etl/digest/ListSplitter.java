package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the body of a learning / recommendations / good-practice section into items:
 * bulleted lines ("- ", "• ", "a) "), else parts separated by ";" (a final "; and" too), else
 * capitalised sentences; one sentence with no list is one item. Item numbers of a run-on list
 * ("(1) ...; (2) ...", "a) ...; b) ...") are not part of the text. Prefixes inside an item
 * ("LA1 partnership: ...") stay part of its text.
 */
public final class ListSplitter {

    private static final Pattern LEADING_NUMBER = UnitShapes.NUMBERED;
    /** A number or letter an item was printed with inside a run-on list: "(1) ", "2. ", "b) ", "(iii) ". */
    private static final Pattern ITEM_MARKER = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|[a-z]\\."
            + "|[ivx]{1,4}\\.)\\s+(?=\\S)");
    /**
     * A list number as a word processor prints it with tracked changes shown: the number the entry had, then in brackets
     * the one it has ("[1.] ", "1.[2.] "); group 1 the current number.
     */
    private static final Pattern TRACKED_NUMBER = Pattern.compile("^(?:\\d{1,2}[.)])?\\[(\\d{1,2}[.)])\\]\\s+(?=\\S)");
    private static final Pattern RUN_ON_MARKER = Pattern.compile("[;.!?]\\s*(?:and\\s+)?(?:\\(?\\d{1,2}[.)]|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\))\\s+\\S");
    private static final Pattern INLINE_BULLET = Pattern.compile("(?<=\\S)\\s+([\u2022\u25aa\u25cf\u25a0\uf0b7])\\s+(?=\\S)");
    /** Word's second-level bullet as it comes out in plain text: "  o item"; a bullet only when sibling lines repeat it. */
    private static final Pattern LETTER_O_BULLET = Pattern.compile("^o\\s+(?=\\S)");
    private static final Pattern INDENTED_LETTER_O = Pattern.compile("^(\\s*)o\\s+(?=\\S)");
    private static final int MIN_LETTER_O_LINES = 2;
    private static final Pattern DANGLING_LIST_VERB = Pattern.compile("(?:include|includes|including|are|were)[:.]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile(",\\s+(?![^(]*\\))");
    private static final int MIN_COMMA_ITEM_WORDS = 4;
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:and|or)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[\\s.;,]+$|\\s+(?:and|or)$");
    /** Between two capitalised sentences, or before the number of the next point: "... contact. (2) Ask ...". */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<=[a-z)][.!?])\\s+(?=[A-Z])|(?<=[.!?])\\s+(?=(?:\\(?\\d{1,2}[.)]|\\([a-z]\\))\\s+\\S)");

    public List<String> split(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        // bullets run into one line ("• map services • fund transport") are points of their own
        text = INLINE_BULLET.matcher(text).replaceAll("\n$1 ");
        List<String> lines = letterOBullets(text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> TRACKED_NUMBER.matcher(l).replaceFirst("$1 ")).toList());
        boolean bulleted = lines.stream().anyMatch(this::isListLine);
        List<String> parts = bulleted ? bulletItems(lines) : semicolonItems(String.join(" ", lines));
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String item = clean(part);
            // "Key issues: include" cut short: the list verb alone is no item
            if (!item.isEmpty() && !DANGLING_LIST_VERB.matcher(item).matches()) {
                items.add(item);
            }
        }
        return items;
    }

    /** "o item" lines become "• item" when at least two lines start so; a lone "o" may be a word. */
    private static List<String> letterOBullets(List<String> lines) {
        long marked = lines.stream().filter(l -> LETTER_O_BULLET.matcher(l).find()).count();
        if (marked < MIN_LETTER_O_LINES) {
            return lines;
        }
        return lines.stream().map(l -> LETTER_O_BULLET.matcher(l).replaceFirst("• ")).toList();
    }

    /**
     * The lines of a document with each "o item" line written "• item" where the nearest line before or after it,
     * blank lines and the point's own wrapped lines (indented deeper than its "o") passed over, starts with "o " too
     * (a list of them); a lone "o" line is left as it is.
     */
    static String[] markLetterOBullets(String[] lines) {
        String[] out = lines.clone();
        for (int i = 0; i < lines.length; i++) {
            if (isLetterOLine(lines[i]) && (isLetterOLine(nearestPoint(lines, i, -1)) || isLetterOLine(nearestPoint(lines, i, 1)))) {
                out[i] = INDENTED_LETTER_O.matcher(lines[i]).replaceFirst("$1• ");
            }
        }
        return out;
    }

    private static boolean isLetterOLine(String line) {
        return line != null && INDENTED_LETTER_O.matcher(line).find();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }

    /** The nearest line before or after line {@code from} that is neither blank nor indented deeper than it (no wrapped line of its point). */
    private static String nearestPoint(String[] lines, int from, int step) {
        int indent = indent(lines[from]);
        for (int i = from + step; i >= 0 && i < lines.length; i += step) {
            boolean wrapped = indent(lines[i]) > indent && !isLetterOLine(lines[i]);
            if (!lines[i].isBlank() && !wrapped) {
                return lines[i];
            }
        }
        return null;
    }

    private boolean isListLine(String line) {
        return UnitShapes.BULLET.matcher(line).find() || LEADING_NUMBER.matcher(line).find();
    }

    private List<String> bulletItems(List<String> lines) {
        List<String> items = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (isListLine(line)) {
                if (current != null) {
                    items.add(current.toString());
                }
                String text = UnitShapes.BULLET.matcher(line).replaceFirst("");
                current = new StringBuilder(LEADING_NUMBER.matcher(text).replaceFirst(""));
            } else if (current == null) {
                // a lead-in before the first bullet ("The review found:") is not an item
                if (!line.endsWith(":")) {
                    items.addAll(semicolonItems(line));
                }
            } else {
                current.append(' ').append(line);
            }
        }
        if (current != null) {
            items.add(current.toString());
        }
        // "a) do this; b) do that" or "1. Do this. 2. Do that." on one line is a run-on list, not one item
        List<String> split = new ArrayList<>();
        for (String item : items) {
            split.addAll(RUN_ON_MARKER.matcher(item).find() ? semicolonItems(item) : List.of(item));
        }
        return split;
    }

    /** Parts between top-level semicolons (not inside brackets); one part may hold several sentences. */
    private static List<String> semicolonItems(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        if (parts.size() == 1) {
            List<String> sentences = sentences(parts.get(0));
            return sentences.size() == 1 ? commaItems(sentences.get(0)) : sentences;
        }
        return parts;
    }

    /**
     * A list written with commas and a final "and" ("the impact of X on Y, weak recording by the nursery and
     * reliance on its rating"): one item per part when every part is a phrase of its own (several words),
     * else the whole sentence is one item ("training, supervision and support").
     */
    private static List<String> commaItems(String sentence) {
        String[] commaParts = COMMA.split(sentence.strip());
        if (commaParts.length < 2) {
            return List.of(sentence);
        }
        List<String> parts = new ArrayList<>(List.of(commaParts).subList(0, commaParts.length - 1));
        String last = commaParts[commaParts.length - 1];
        int and = last.lastIndexOf(" and ");
        if (and > 0) {
            parts.add(last.substring(0, and));
            parts.add(last.substring(and + " and ".length()));
        } else {
            parts.add(last);
        }
        boolean phrases = parts.stream().allMatch(p -> LEADING_CONJUNCTION.matcher(p.strip()).replaceFirst("")
                .split("\\s+").length >= MIN_COMMA_ITEM_WORDS);
        return phrases ? parts : List.of(sentence);
    }

    /** Several capitalised sentences without semicolons are taken as one item each. */
    private static List<String> sentences(String text) {
        String[] split = SENTENCE_BREAK.split(text.strip());
        return split.length > 1 ? List.of(split) : List.of(text);
    }

    private static String clean(String part) {
        String s = part.strip().replaceAll("\\s+", " ");
        s = LEADING_CONJUNCTION.matcher(s).replaceFirst("");
        s = ITEM_MARKER.matcher(s).replaceFirst("");
        String previous;
        do {
            previous = s;
            s = TRAILING.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return s;
    }
}
