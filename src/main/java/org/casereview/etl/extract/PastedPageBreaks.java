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

    private PastedPageBreaks() {
    }

    /** The text without the feet and heads that cut its sentences; LF line ends expected. */
    static String withoutFurniture(String text) {
        if (text.indexOf('\f') >= 0 || !text.contains("     ")) {
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

    private static boolean isRunningHead(String line, List<String> top) {
        return !line.isEmpty() && line.length() <= MAX_HEAD_CHARS
                && top.stream().anyMatch(t -> t.equals(line) || t.endsWith(" " + line) || t.startsWith(line + " "));
    }
}
