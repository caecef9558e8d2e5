package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A label / value table of an entry's facts beside its flow ('Review type | Child safeguarding practice review', 'Age |
 * 13 years', 'Area | Caldermoor'; an untagged word processor's layout table): each row a short label in bold at one x
 * and its short value after it on the same baseline, a value's wrapped lines under it right of the label. The stream
 * writes the table after the entry's flow, so the text has its rows after the entry's link, label and value often on
 * lines of their own: read so, the rows end the entry (a value alone is no entry) and the next entry's title, a name
 * alone, is lost among them. The rows are put where the table starts on the page: before the paragraph of the flow
 * level with its first row (the entry's summary, under its title), each as 'Label: value' on a line of its own, as a
 * digest prints an entry's facts. A table is told by its structure alone, not by its labels' words: the grammar
 * decides which rows are facts it knows.
 */
final class DetailTables {

    /** Rows a table has at least: a table of facts, not a run-in heading or two. */
    private static final int MIN_ROWS = 3;
    private static final int MAX_LABEL_WORDS = 4;
    /** Words a row's value has at most, its wrapped lines included: a fact, not prose. */
    private static final int MAX_VALUE_WORDS = 8;
    /** Share of the page's width within which the labels start at one x. */
    private static final float SAME_X = 0.005f;
    /** A flow line at most this many of its font sizes under the one before goes on in its paragraph. */
    private static final float LINE_STEP = 1.8f;

    /** A table's lines in page order, its rows as 'Label: value', and the flow line where its rows are read. */
    private record Table(List<PdfPageLines.Line> lines, List<String> rows, PdfPageLines.Line readBefore) {
    }

    private DetailTables() {
    }

    /** The text lines with each table of facts beside the flow read as its rows where the table starts. */
    static List<String> moved(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        List<String> out = lines;
        int from = 0;
        for (List<PdfPageLines.Line> page : pages) {
            for (Table table : tables(page)) {
                int start = start(out, from, table.lines());
                if (start < 0) {
                    continue;
                }
                int end = end(out, start, table.lines());
                int before = lastIndexOf(out, table.readBefore().text(), from, start);
                out = out == lines ? new ArrayList<>(lines) : out;
                out.subList(start, end).clear();
                List<String> rows = new ArrayList<>();
                table.rows().forEach(row -> rows.addAll(List.of("", row)));
                rows.add("");
                out.addAll(before < 0 ? start : before, rows);
                from = start + rows.size();
            }
        }
        return out;
    }

    /** The page's tables of facts, each beside lines of the flow. */
    private static List<Table> tables(List<PdfPageLines.Line> page) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!isRow(page.get(i), page.get(i).left())) {
                continue;
            }
            int end = tableEnd(page, i);
            List<PdfPageLines.Line> lines = page.subList(i, end);
            List<String> rows = rows(lines);
            PdfPageLines.Line level = rows.size() >= MIN_ROWS ? levelWith(page, lines) : null;
            if (level != null) {
                tables.add(new Table(List.copyOf(lines), rows, paragraphStart(page, level)));
                i = end - 1;
            }
        }
        return tables;
    }

    /** A row's line: a short label in bold at the table's x, then its value. */
    private static boolean isRow(PdfPageLines.Line line, float x) {
        String label = line.boldLead().strip();
        return !label.isEmpty() && words(label).length <= MAX_LABEL_WORDS && Math.abs(line.left() - x) <= SAME_X
                && line.text().strip().length() > label.length();
    }

    /** A value's wrapped line: no bold, right of the labels, under the line before. */
    private static boolean goesOn(PdfPageLines.Line line, PdfPageLines.Line before, float x) {
        return line.boldLead().isEmpty() && !line.bold() && line.left() > x + SAME_X && line.top() > before.top()
                && line.top() - before.top() <= LINE_STEP * Math.max(line.size(), before.size());
    }

    private static int tableEnd(List<PdfPageLines.Line> page, int start) {
        float x = page.get(start).left();
        int end = start + 1;
        while (end < page.size() && (isRow(page.get(end), x) && page.get(end).top() > page.get(end - 1).top()
                || goesOn(page.get(end), page.get(end - 1), x))) {
            end++;
        }
        return end;
    }

    /** The rows as 'Label: value'; none when a value is prose. */
    private static List<String> rows(List<PdfPageLines.Line> lines) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = null;
        int valueWords = 0;
        for (PdfPageLines.Line line : lines) {
            String text = line.text().strip();
            String value = text;
            if (!line.boldLead().isEmpty()) {
                String label = line.boldLead().strip();
                value = text.substring(label.length()).strip();
                row = new StringBuilder(label.replaceFirst("\\s*:$", "")).append(':');
                rows.add("");
                valueWords = 0;
            }
            valueWords += words(value).length;
            if (valueWords > MAX_VALUE_WORDS) {
                return List.of();
            }
            row.append(' ').append(value);
            rows.set(rows.size() - 1, row.toString());
        }
        return rows;
    }

    /**
     * The first line of the flow level with or under the table's first row, left of it, when a line of the flow stands
     * beside the table (between its first and last lines); else null: the table stands alone, not beside the flow.
     */
    private static PdfPageLines.Line levelWith(List<PdfPageLines.Line> page, List<PdfPageLines.Line> table) {
        PdfPageLines.Line first = table.get(0);
        float x = first.left();
        float top = first.top() - first.size();
        float bottom = table.get(table.size() - 1).top();
        PdfPageLines.Line level = null;
        for (PdfPageLines.Line line : page) {
            if (!table.contains(line) && line.right() < x && line.top() >= top && line.top() <= bottom
                    && (level == null || line.top() < level.top())) {
                level = line;
            }
        }
        return level;
    }

    /** The first line of the paragraph the line is in: the lines above it at its x, a line's step apart, no bold. */
    private static PdfPageLines.Line paragraphStart(List<PdfPageLines.Line> page, PdfPageLines.Line line) {
        int at = page.indexOf(line);
        while (at > 0) {
            PdfPageLines.Line above = page.get(at - 1);
            PdfPageLines.Line current = page.get(at);
            if (above.bold() || Math.abs(above.left() - current.left()) > SAME_X || above.top() >= current.top()
                    || current.top() - above.top() > LINE_STEP * current.size()) {
                break;
            }
            at--;
        }
        return page.get(at);
    }

    /** Where the table's words start in the text from {@code from} on, line by line; -1 when the text has them not. */
    private static int start(List<String> text, int from, List<PdfPageLines.Line> table) {
        String first = words(table.get(0).text())[0];
        for (int i = from; i < text.size(); i++) {
            String[] words = words(text.get(i));
            if (words.length > 0 && words[0].equals(first) && end(text, i, table) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** The end of the text's lines from {@code start} that hold the table's words in order, whole lines; -1 if none. */
    private static int end(List<String> text, int start, List<PdfPageLines.Line> table) {
        List<String> wanted = new ArrayList<>();
        table.forEach(line -> wanted.addAll(Arrays.asList(words(line.text()))));
        int k = 0;
        int at = start;
        while (k < wanted.size()) {
            if (at >= text.size()) {
                return -1;
            }
            String[] words = words(text.get(at++));
            if (words.length == 0) {
                continue;
            }
            if (k + words.length > wanted.size() || !Arrays.asList(words).equals(wanted.subList(k, k + words.length))) {
                return -1;
            }
            k += words.length;
        }
        return at;
    }

    /** The last line between {@code from} and {@code to} that is the given line's text; -1 when none is. */
    private static int lastIndexOf(List<String> text, String line, int from, int to) {
        List<String> words = Arrays.asList(words(line));
        for (int i = to - 1; i >= from; i--) {
            if (!words.isEmpty() && Arrays.asList(words(text.get(i))).equals(words)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] words(String text) {
        String t = text.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
