package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text selected in a PDF viewer and pasted into a text file: the pages' breaks are gone (no form feed, which
 * {@link FormFeedPages} reads), but a page's foot and the next page's running head stay between the lines, often
 * inside a sentence that goes on over the page. A line is such a foot when it holds a page number apart from its text
 * by a wide gap ('learning.example.org          3', '4          Digest title') or alone, and it stands where a
 * sentence was cut: the line before it does not end one and the text after it (past at most two lines that repeat a
 * line of the page's top, the next page's running head) goes on in lower case. That foot and the head lines after it
 * are taken out, so the two halves of the sentence meet again. A line with a number anywhere else (a table's row, a
 * list's last line, a contents line) stays.
 */
final class PastedPageBreaks {
    private static final Pattern FOOT = Pattern.compile(
            "^(?:\\S.{0,150}?[ \\t]{5,})?(?:(?i:page)[ \\t]?)?\\d{1,4}(?:[ \\t]?(?i:of)[ \\t]?\\d{1,4})?$"
                    + "|^\\d{1,4}[ \\t]{5,}\\S.{0,150}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'\u2019\u201d)]*$");
    private static final Pattern GOES_ON = Pattern.compile("^\\p{Ll}");
    /** Lines of the page's top a running head may repeat. */
    private static final int TOP_LINES = 5;
    private static final int MAX_HEAD_LINES = 2;
    private static final int MAX_HEAD_CHARS = 150;
    private static final Pattern LONE_PAGE_NUMBER = Pattern.compile("(?:(?i:page)[ \\t]?)?\\d{1,4}(?:[ \\t]?(?i:of)[ \\t]?\\d{1,4})?");
    /** A title line a running head may repeat is no short word or number. */
    private static final int MIN_TITLE_CHARS = 12;

    private PastedPageBreaks() {
    }

    /** The text without the feet and heads that cut its sentences; LF line ends expected. */
    static String withoutFurniture(String text) {
        if (text.indexOf('\f') >= 0) {
            return text;
        }
        text = withoutTitledBreaks(text);
        if (!text.contains("     ")) {
            return text;
        }
        List<String> lines = List.of(text.split("\n", -1));
        List<String> top = lines.subList(0, Math.min(TOP_LINES, lines.size())).stream().map(String::strip).toList();
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int next = i > 0 ? furnitureEnd(lines, i, top) : i;
            if (next > i && !out.isEmpty() && !out.get(out.size() - 1).isBlank()
                    && !SENTENCE_END.matcher(out.get(out.size() - 1).stripTrailing()).find()) {
                i = next - 1;
            } else {
                out.add(lines.get(i));
            }
        }
        return String.join("\n", out);
    }

    /**
     * Where the text goes on after a page foot at {@code i} and the running head lines after it; {@code i} when the
     * line is no foot or the text after it does not go on with a sentence.
     */
    private static int furnitureEnd(List<String> lines, int i, List<String> top) {
        if (!FOOT.matcher(lines.get(i).strip()).matches()) {
            return i;
        }
        int j = i + 1;
        while (j < lines.size() && j - i <= MAX_HEAD_LINES && isRunningHead(lines.get(j).strip(), top)) {
            j++;
        }
        return j < lines.size() && GOES_ON.matcher(lines.get(j).strip()).find() ? j : i;
    }

    /**
     * A page number alone on its line (blank lines about it, as a viewer copies a page's foot) followed by one or two
     * lines that repeat the document's title line, the next page's running head ('Partnership | Case reviews published
     * in' / 'April 2026', wrapped where the page's width cut it): the foot and head are taken out wherever they fall,
     * between two points of a list too, and the blank lines about them with them when the text before them ends no
     * sentence. A number alone with anything else after it (a list's or table's own lines) stays.
     */
    static String withoutTitledBreaks(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < lines.size() && titles.size() < TOP_LINES; i++) {
            if (lines.get(i).strip().length() >= MIN_TITLE_CHARS) {
                titles.add(i);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            int end = LONE_PAGE_NUMBER.matcher(lines.get(i).strip()).matches() && i > 0 ? titledHeadEnd(lines, i, titles) : i;
            if (end == i) {
                out.add(lines.get(i));
                continue;
            }
            changed = true;
            int kept = out.size();
            while (kept > 0 && out.get(kept - 1).isBlank()) {
                kept--;
            }
            boolean sentenceGoesOn = kept > 0 && !SENTENCE_END.matcher(out.get(kept - 1).stripTrailing()).find();
            if (sentenceGoesOn) {
                out.subList(kept, out.size()).clear();
                while (end < lines.size() && lines.get(end).isBlank()) {
                    end++;
                }
            }
            i = end - 1;
        }
        return changed ? String.join("\n", out) : text;
    }

    /**
     * The index after a page number's running head (blank lines before it skipped) when it repeats one of the first
     * lines of the text (at {@code titles}) further down; else i.
     */
    private static int titledHeadEnd(List<String> lines, int i, List<Integer> titles) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).isBlank() && j - i <= MAX_HEAD_LINES + 1) {
            j++;
        }
        StringBuilder head = new StringBuilder();
        for (int k = j; k < lines.size() && k < j + MAX_HEAD_LINES && !lines.get(k).isBlank(); k++) {
            head.append(head.isEmpty() ? "" : " ").append(lines.get(k).strip());
            String joined = head.toString();
            int start = j;
            if (joined.length() <= MAX_HEAD_CHARS
                    && titles.stream().anyMatch(t -> t < start && joined.contains(lines.get(t).strip()))) {
                return k + 1;
            }
        }
        return i;
    }

    private static boolean isRunningHead(String line, List<String> top) {
        return !line.isEmpty() && line.length() <= MAX_HEAD_CHARS
                && top.stream().anyMatch(t -> t.equals(line) || t.endsWith(" " + line) || t.startsWith(line + " "));
    }
}
